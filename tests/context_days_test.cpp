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
// the results of tagging all of them in order (each with the year context
// the sentences before it leave: ContextDays::ApplyYears).
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
    std::optional<CivilDate> year;  // the year context the sentences so far leave
    for (std::size_t i = 0; i < text.size(); ++i) {
      before[i] = ctx.anchor;
      if (skipped[i]) continue;
      timexes[i] = tagger.Tag(text[i], ctx);
      ContextDays::ApplyYears(year, published, &timexes[i]);
      year = ContextDays::YearEnd(timexes[i]);
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

// A day or month told without its year takes the year the story has reached
// (ContextDays::FixYears); what names no context leaves it as publication has it.
TEST_CASE("days told without their year take the year of the story's context", "[temporal]") {
  const TemporalTagger& tagger = TemporalTagger::Default();
  // The values of sentence `ask`'s expressions, every sentence added.
  auto values = [&](const std::vector<std::string>& text, std::size_t ask, CivilDate published) {
    std::vector<std::vector<internal::Token>> tokens(text.size());
    ContextDays days;
    days.Reset(&tagger, published, text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
      internal::Tokenize(text[i], &tokens[i]);
      days.Add(i, text[i], &tokens[i]);
    }
    std::vector<Timex> got;
    days.Tag(ask, &got);
    std::vector<std::string> out;
    for (const Timex& t : got) out.push_back(t.value);
    return out;
  };
  using V = std::vector<std::string>;
  const CivilDate pub{2020, 8, 29};
  // In the same sentence, after a month with its year.
  CHECK(values({"In late June 2016 Erdogan wrote, and the two spoke by telephone on June 29."}, 0, pub) ==
        V{"2016-06", "2016-06-29"});
  // From the sentence before, and its anaphora move with it.
  CHECK(values({"Abe returned the visit in December 2015.",
                "On the evening of December 12 they sat by the river; earlier that day they had signed a deal."},
               1, pub) == V{"2015-12-12", "2015-12-12"});
  // Of the context's year and the next, the nearer day.
  CHECK(values({"They met in December 2015.", "On January 5 they spoke."}, 1, pub) == V{"2016-01-05"});
  CHECK(values({"Modi arrived in Kyiv on 23 August 2024.", "He had met Tusk on 22 August."}, 1, CivilDate{2024, 8, 25}) ==
        V{"2024-08-22"});
  // Through a sentence whose days took their year this way, past an anaphora.
  CHECK(values({"Abe welcomed him on August 30, 2014, and the next morning showed him a temple.",
                "Back in Tokyo on September 1, they held talks.", "On September 3 they parted."},
               2, pub) == V{"2014-09-03"});
  // "That September" is of the context's year, "the following October" of the year after.
  CHECK(values({"Putin was Erdogan's guest in April 2018.", "That September they met again."}, 1, pub) == V{"2018-09"});
  CHECK(values({"Abe was in Gujarat in September 2017.", "The following October, Abe received Modi."}, 1, pub) ==
        V{"2018-10"});
  // Hard negatives: a bare year names no context ("a 2018 agreement", "since
  // 1959"); a relative expression in between ends it; never past publication.
  CHECK(values({"The government suspended a 2018 military agreement.", "They met on January 10."}, 1,
               CivilDate{2023, 1, 28}) == V{"2023-01-10"});
  CHECK(values({"They first met in May 2019.", "Last week, on March 3, they spoke."}, 1, CivilDate{2020, 3, 6}) ==
        V{"2020-W09", "2020-03-03"});
  CHECK(values({"The summit is set for May 2021.", "On June 1 they met."}, 1, pub) == V{"2020-06-01"});
  // ("that May" is no month: it is as often the prime minister.)
  CHECK(values({"Trump met her in July 2018.", "He said that May would come."}, 1, pub).empty());
}
