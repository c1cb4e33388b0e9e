// The lazily found temporal anchor (dates/context_days.h) against the plain
// way: every sentence tagged in order, the anchor moved after each.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <fstream>
#include <optional>
#include <string>
#include <vector>

#include "dates/context_days.h"
#include "diplograph/temporal.h"
#include "split/tokenizer.h"
#include "test_support.h"

using namespace diplograph;
using diplograph::internal::ContextDays;

namespace {

// One article: its sentences, which of them are left out (boilerplate), and
// the results of tagging all of them in order.
struct Article {
  std::vector<std::string> text;
  std::vector<bool> skipped;
  std::optional<CivilDate> published;
  std::vector<std::vector<Timex>> timexes;          // per sentence, in-order tagging
  std::vector<std::optional<CivilDate>> before;     // the anchor before each sentence

  void Eager() {
    const TemporalTagger& tagger = TemporalTagger::Default();
    TemporalContext ctx;
    ctx.published = published;
    timexes.assign(text.size(), {});
    before.assign(text.size(), std::nullopt);
    for (std::size_t i = 0; i < text.size(); ++i) {
      before[i] = ctx.anchor;
      if (skipped[i]) continue;
      timexes[i] = tagger.Tag(text[i], ctx);
      // A sentence's first single day is the anchor after it.
      for (const Timex& t : timexes[i])
        if (ContextDays::SetsAnchor(text[i], t)) {
          ctx.anchor = t.earliest;
          break;
        }
    }
  }
};

bool SameTimexes(const std::vector<Timex>& a, const std::vector<Timex>& b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (a[i].begin != b[i].begin || a[i].end != b[i].end || a[i].value != b[i].value || a[i].rule != b[i].rule ||
        a[i].earliest != b[i].earliest || a[i].latest != b[i].latest)
      return false;
  return true;
}

}  // namespace

TEST_CASE("the lazy anchor is the anchor of tagging every sentence in order", "[temporal]") {
  const std::vector<std::string> pool = {
      "Leaders hurried to congratulate him on Wednesday.",
      "Analysts expected growth in the third quarter.",
      "The two met the next day in Paris.",
      "Markets closed lower, according to figures released on the same day.",
      "Officials said nothing new.",
      "He flew to Berlin on November 6 and left the following day.",
      "The talks in September, when the following day brought a deal, went well.",
      "Trade rose 4.5 percent last week.",
      "He had called him two days ago.",
      "Merkel congratulated Trump but warned him.",
  };
  const TemporalTagger& tagger = TemporalTagger::Default();
  int articles = 0;
  // Articles of six sentences drawn from the pool, each with and without a
  // publication date, with one sentence left out or none; in each, a set of
  // "trigger" sentences tagged as they come, then the anchor asked before
  // every sentence in order (as Finish asks) and once more out of order.
  for (std::size_t seed = 0; seed < 200; ++seed) {
    Article a;
    std::size_t x = seed * 2654435761u + 7;
    for (std::size_t i = 0; i < 6; ++i) {
      x = x * 6364136223846793005ull + 1442695040888963407ull;
      a.text.push_back(pool[(x >> 33) % pool.size()]);
    }
    a.skipped.assign(6, false);
    if (seed % 3 == 1) a.skipped[(seed / 3) % 6] = true;
    if (seed % 2 == 0) a.published = CivilDate{2024, 11, 13};
    a.Eager();
    const std::size_t triggers = (x >> 20) & 63;

    std::vector<std::vector<internal::Token>> tokens(a.text.size());
    ContextDays days;
    days.Reset(&tagger, a.published, a.text.size());
    for (std::size_t i = 0; i < a.text.size(); ++i) {
      if (a.skipped[i]) continue;
      internal::Tokenize(a.text[i], &tokens[i]);
      days.Add(i, a.text[i], &tokens[i]);
      if (triggers & (1u << i)) {
        std::vector<Timex> got;
        days.Tag(i, &got);
        INFO("seed " << seed << ", sentence " << i << ": " << a.text[i]);
        CHECK(SameTimexes(got, a.timexes[i]));
      }
    }
    for (std::size_t i = 0; i < a.text.size(); ++i) {
      if (a.skipped[i]) continue;
      INFO("seed " << seed << ", anchor before sentence " << i);
      CHECK(days.Before(i) == a.before[i]);
    }
    for (std::size_t i = a.text.size(); i-- > 0;)
      if (!a.skipped[i]) CHECK(days.Before(i) == a.before[i]);
    ++articles;
  }
  CHECK(articles == 200);
}

// Every sentence of the date table between a sentence that sets a day and one
// that asks for the anchor: the walk back passes over it only if it sets no
// single day and reads no anchor (TemporalTagger::MaySetDay must never clear
// one that does).
TEST_CASE("the lazy anchor over every sentence of the date table", "[temporal]") {
  std::ifstream in(testing::SourcePath("tests/fixtures/dates/cases.jsonl"));
  REQUIRE(in);
  const TemporalTagger& tagger = TemporalTagger::Default();
  std::string line;
  int n = 0;
  while (std::getline(in, line)) {
    nlohmann::json c = nlohmann::json::parse(line);
    Article a;
    a.text = {"Leaders met on Wednesday, Jan. 3, 2018.", c["sentence"].get<std::string>(), "Nothing else."};
    a.skipped.assign(3, false);
    if (!c["published"].is_null()) a.published = CivilDate::Parse(c["published"].get<std::string>());
    a.Eager();
    std::vector<std::vector<internal::Token>> tokens(3);
    ContextDays days;
    days.Reset(&tagger, a.published, 3);
    for (std::size_t i = 0; i < 3; ++i) {
      internal::Tokenize(a.text[i], &tokens[i]);
      days.Add(i, a.text[i], &tokens[i]);
    }
    INFO(a.text[1]);
    CHECK(days.Before(2) == a.before[2]);
    ++n;
  }
  CHECK(n > 300);
}
