// Linear time: each benchmark doubles its input; the time per byte must stay
// flat (Google Benchmark's Complexity fit reports O(N)). Covers the temporal
// tagger on news text and on adversarial text (a sentence of hundreds of
// month-like and capitalised words, long quotations) and the whole extraction
// on one long unpunctuated sentence.
#include <benchmark/benchmark.h>

#include <string>

#include "diplograph/extractor.h"
#include "diplograph/temporal.h"

namespace {

std::string Repeat(const std::string& unit, std::size_t n) {
  std::string s;
  s.reserve(unit.size() * n);
  for (std::size_t i = 0; i < n; ++i) s += unit;
  return s;
}

void Tag(benchmark::State& state, const std::string& unit) {
  std::string text = Repeat(unit, static_cast<std::size_t>(state.range(0)));
  diplograph::TemporalContext ctx;
  ctx.published = diplograph::CivilDate{2020, 11, 10};
  for (auto _ : state) benchmark::DoNotOptimize(diplograph::TemporalTagger::Default().Tag(text, ctx));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
  state.SetComplexityN(state.range(0));
}

void BM_DatesNews(benchmark::State& s) {
  Tag(s, "Pompeo said on Thursday that the talks of Dec. 15, 2020 and last week went well, ");
}
void BM_DatesAdversarial(benchmark::State& s) { Tag(s, "May March Monday the 5th of 2020 \"May\" "); }

void BM_ExtractLongSentence(benchmark::State& state) {
  static const diplograph::Extractor ex = diplograph::Extractor::Create({}).value();
  diplograph::Document d;
  d.id = "long";
  d.published = diplograph::CivilDate{2024, 4, 9};
  d.text = Repeat("Chinese President Xi Jinping met Russian Foreign Minister Sergei Lavrov and \"Putin\" ",
                  static_cast<std::size_t>(state.range(0)));
  for (auto _ : state) benchmark::DoNotOptimize(ex.Extract(d, nullptr));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * d.text.size()));
  state.SetComplexityN(state.range(0));
}

}  // namespace

BENCHMARK(BM_DatesNews)->RangeMultiplier(2)->Range(64, 4096)->Complexity();
BENCHMARK(BM_DatesAdversarial)->RangeMultiplier(2)->Range(64, 4096)->Complexity();
BENCHMARK(BM_ExtractLongSentence)->RangeMultiplier(2)->Range(16, 8192)->Complexity()->Unit(benchmark::kMillisecond);
BENCHMARK_MAIN();
