// Google Benchmark: every pipeline stage alone and the whole extraction, on a
// generated corpus (bench/corpus_gen.h) held in memory (warm cache). Bytes/s
// are bytes of article text. Arg 0: the dense corpus (30% of sentences carry
// an event), arg 1: the sparse one (3%).
//
//   build-perf/bench/diplograph_bench --benchmark_filter=Extract
//   DIPLOGRAPH_BENCH_MB=8 build-perf/bench/diplograph_bench   (corpus size, default 2 MB)
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <string>
#include <vector>

#include "actions/action_rules.h"
#include "actors/actor_recognizer.h"
#include "corpus_gen.h"
#include "diplograph/batch.h"
#include "diplograph/extractor.h"
#include "diplograph/input.h"
#include "diplograph/temporal.h"
#include "events/event_builder.h"
#include "normalize/normalizer.h"
#include "split/sentence_splitter.h"
#include "split/tokenizer.h"

namespace {

using namespace diplograph;
using namespace diplograph::internal;

struct Corpus {
  std::vector<std::string> lines;
  std::vector<Document> docs;
  std::size_t text_bytes = 0, line_bytes = 0;
  // Precomputed stage inputs, per document.
  std::vector<NormalizedText> norm;
  std::vector<std::vector<SentenceSpan>> spans;
};

const Corpus& GetCorpus(int sparse) {
  static Corpus corpora[2];
  Corpus& c = corpora[sparse];
  if (!c.docs.empty()) return c;
  bench::CorpusOptions o;
  o.density = sparse ? 0.03 : 0.30;
  const char* mb = std::getenv("DIPLOGRAPH_BENCH_MB");
  o.bytes = static_cast<std::uint64_t>((mb ? std::atof(mb) : 2.0) * (1 << 20));
  bench::GenerateCorpus(o, [&](const std::string& l) { c.lines.push_back(l); });
  for (std::size_t i = 0; i < c.lines.size(); ++i) {
    Result<Document> d = ParseJsonlLine(c.lines[i], "gen", i + 1);
    c.line_bytes += c.lines[i].size() + 1;
    c.text_bytes += d->text.size();
    c.docs.push_back(std::move(d).value());
    c.norm.push_back(Normalizer::Default().Normalize(c.docs.back().text));
    c.spans.push_back(SentenceSplitter::Default().Split(c.norm.back().text));
  }
  return c;
}

const Extractor& GetExtractor() {
  static Extractor* ex = [] {
    Extractor::Options o;
    return new Extractor(std::move(Extractor::Create(std::move(o))).value());
  }();
  return *ex;
}

// Calls f(doc index, sentence) for every non-boilerplate sentence.
template <typename F>
void ForSentences(const Corpus& c, F&& f) {
  for (std::size_t d = 0; d < c.docs.size(); ++d)
    for (const SentenceSpan& s : c.spans[d])
      if (!s.boilerplate) f(d, std::string_view(c.norm[d].text).substr(s.begin, s.end - s.begin));
}

void BM_ReadJsonl(benchmark::State& state) {
  const Corpus& c = GetCorpus(static_cast<int>(state.range(0)));
  for (auto _ : state)
    for (std::size_t i = 0; i < c.lines.size(); ++i) benchmark::DoNotOptimize(ParseJsonlLine(c.lines[i], "gen", i + 1));
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * c.line_bytes));
}

void BM_Normalize(benchmark::State& state) {
  const Corpus& c = GetCorpus(static_cast<int>(state.range(0)));
  for (auto _ : state)
    for (const Document& d : c.docs) benchmark::DoNotOptimize(Normalizer::Default().Normalize(d.text));
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * c.text_bytes));
}

void BM_Split(benchmark::State& state) {
  const Corpus& c = GetCorpus(static_cast<int>(state.range(0)));
  for (auto _ : state)
    for (const NormalizedText& n : c.norm) benchmark::DoNotOptimize(SentenceSplitter::Default().Split(n.text));
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * c.text_bytes));
}

void BM_Tokenize(benchmark::State& state) {
  const Corpus& c = GetCorpus(static_cast<int>(state.range(0)));
  std::vector<Token> tokens;
  for (auto _ : state) ForSentences(c, [&](std::size_t, std::string_view s) { Tokenize(s, &tokens); });
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * c.text_bytes));
}

void BM_Actors(benchmark::State& state) {
  const Corpus& c = GetCorpus(static_cast<int>(state.range(0)));
  const Lexicon& lex = GetExtractor().lexicon();
  auto rec = ActorRecognizer::Create(lex);
  std::vector<Token> tokens;
  for (auto _ : state) {
    ArticleMemory memory;
    std::size_t last = SIZE_MAX;
    ForSentences(c, [&](std::size_t d, std::string_view s) {
      if (d != last) memory = ArticleMemory(), last = d;
      Tokenize(s, &tokens);
      benchmark::DoNotOptimize((*rec)->Recognize(s, tokens, c.docs[d].published, &memory));
    });
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * c.text_bytes));
}

void BM_Actions(benchmark::State& state) {
  const Corpus& c = GetCorpus(static_cast<int>(state.range(0)));
  for (auto _ : state)
    ForSentences(c, [&](std::size_t, std::string_view s) { benchmark::DoNotOptimize(ActionRules::Default().Match(s)); });
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * c.text_bytes));
}

void BM_Dates(benchmark::State& state) {
  const Corpus& c = GetCorpus(static_cast<int>(state.range(0)));
  for (auto _ : state) {
    TemporalContext ctx;
    ForSentences(c, [&](std::size_t d, std::string_view s) {
      ctx.published = c.docs[d].published;
      benchmark::DoNotOptimize(TemporalTagger::Default().Tag(s, ctx));
    });
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * c.text_bytes));
}

// Events: role assignment and per-document merging, on precomputed stage outputs.
void BM_Events(benchmark::State& state) {
  const Corpus& c = GetCorpus(static_cast<int>(state.range(0)));
  auto rec = ActorRecognizer::Create(GetExtractor().lexicon());
  EventBuilder builder(ActionRules::Default(), **rec);
  struct Sent {
    std::string_view text;
    std::vector<Token> tokens;
    std::vector<ActorMention> mentions;
    std::vector<TriggerMatch> triggers;
    std::vector<Timex> timexes;
  };
  std::vector<std::vector<Sent>> docs(c.docs.size());
  ArticleMemory memory;
  std::size_t last = SIZE_MAX;
  ForSentences(c, [&](std::size_t d, std::string_view s) {
    if (d != last) memory = ArticleMemory(), last = d;
    Sent x{s, {}, {}, {}, {}};
    Tokenize(s, &x.tokens);
    x.mentions = (*rec)->Recognize(s, x.tokens, c.docs[d].published, &memory);
    x.triggers = ActionRules::Default().Match(s);
    TemporalContext ctx;
    ctx.published = c.docs[d].published;
    x.timexes = TemporalTagger::Default().Tag(s, ctx);
    docs[d].push_back(std::move(x));
  });
  for (auto _ : state) {
    for (std::size_t d = 0; d < docs.size(); ++d) {
      ArticleMemory mem;
      std::vector<CandidateEvent> out;
      for (const Sent& x : docs[d]) {
        Evidence ev;
        ev.document = c.docs[d].id;
        ev.sentence = x.text;
        SentenceContext ctx{x.text, &x.tokens, &x.mentions, &x.triggers, &x.timexes, ev};
        builder.AddSentence(ctx, &mem, &out);
      }
      benchmark::DoNotOptimize(builder.Finish(out));
    }
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * c.text_bytes));
}

// The whole extraction of every document into one fresh Graph.
void BM_Extract(benchmark::State& state) {
  const Corpus& c = GetCorpus(static_cast<int>(state.range(0)));
  const Extractor& ex = GetExtractor();
  for (auto _ : state) {
    Graph g;
    for (const Document& d : c.docs) benchmark::DoNotOptimize(ex.Extract(d, &g));
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * c.text_bytes));
}

// Read (JSONL parsing) and extract with the BatchExtractor; arg 1: threads.
// Real time: with several threads, CPU time of the main thread means nothing.
void BM_ReadAndExtractBatch(benchmark::State& state) {
  const Corpus& c = GetCorpus(static_cast<int>(state.range(0)));
  const Extractor& ex = GetExtractor();
  for (auto _ : state) {
    Graph g;
    g.SetThreads(static_cast<unsigned>(state.range(1)));  // events() below groups across documents
    BatchExtractor::Options o;
    o.threads = static_cast<unsigned>(state.range(1));
    BatchExtractor batch(ex, &g, o);
    for (std::size_t i = 0; i < c.lines.size(); ++i) batch.Add(std::move(ParseJsonlLine(c.lines[i], "gen", i + 1)).value());
    batch.Finish();
    benchmark::DoNotOptimize(g.events().size());
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * c.line_bytes));
}

#define STAGE(fn) BENCHMARK(fn)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond)
STAGE(BM_ReadJsonl);
STAGE(BM_Normalize);
STAGE(BM_Split);
STAGE(BM_Tokenize);
STAGE(BM_Actors);
STAGE(BM_Actions);
STAGE(BM_Dates);
STAGE(BM_Events);
STAGE(BM_Extract);
BENCHMARK(BM_ReadAndExtractBatch)->Args({0, 1})->Args({0, 2})->Args({1, 1})->Args({1, 2})->UseRealTime()->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
