// The temporal tagger against the table in tests/fixtures/dates/cases.jsonl
// (made by make_cases.py beside it: expected values from Python's calendar),
// plus unit checks of pieces the table does not isolate.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <cstdio>
#include <fstream>

#include "diplograph/temporal.h"
#include "test_support.h"

using namespace diplograph;
using nlohmann::json;

TEST_CASE("every case of the date table", "[temporal]") {
  std::ifstream in(testing::SourcePath("tests/fixtures/dates/cases.jsonl"));
  REQUIRE(in);
  const TemporalTagger& tagger = TemporalTagger::Default();
  std::string line;
  int n = 0, failed = 0;
  std::string report;
  while (std::getline(in, line)) {
    ++n;
    json c = json::parse(line);
    TemporalContext ctx;
    if (!c["published"].is_null()) ctx.published = CivilDate::Parse(c["published"].get<std::string>());
    std::string sentence = c["sentence"];
    std::vector<Timex> got = tagger.Tag(sentence, ctx);
    std::vector<std::string> problems;
    if (got.size() != c["expect"].size())
      problems.push_back("expected " + std::to_string(c["expect"].size()) + " expression(s), got " + std::to_string(got.size()));
    for (const auto& e : c["expect"]) {
      const Timex* t = nullptr;
      for (const auto& g : got)
        if (g.surface == e["surface"].get<std::string>()) t = &g;
      if (!t) {
        problems.push_back("no expression '" + e["surface"].get<std::string>() + "'");
        continue;
      }
      auto check = [&](const char* key, const std::string& actual) {
        if (e.contains(key) && e[key].get<std::string>() != actual)
          problems.push_back(std::string(key) + " '" + actual + "' != '" + e[key].get<std::string>() + "'");
      };
      check("value", t->value);
      check("earliest", t->earliest ? t->earliest->ToString() : "");
      check("latest", t->latest ? t->latest->ToString() : "");
      check("granularity", std::string(GranularityName(t->granularity)));
      check("type", std::string(TimexTypeName(t->type)));
      check("mod", std::string(TimexModName(t->mod)));
      check("reason", t->reason);
    }
    if (!problems.empty()) {
      ++failed;
      std::string all;
      for (const auto& p : problems) all += "\n    " + p;
      report += "\ncases.jsonl:" + std::to_string(n) + ": " + sentence + " (published " + c["published"].dump() + ")" + all;
    }
  }
  CHECK(n >= 300);
  INFO(report);
  CHECK(failed == 0);
}

TEST_CASE("offsets are bytes into the sentence", "[temporal]") {
  TemporalContext ctx;
  ctx.published = CivilDate{2020, 11, 10};
  std::string s = "L\u00F3pez Obrador said Saturday it was too early.";
  auto got = TemporalTagger::Default().Tag(s, ctx);
  REQUIRE(got.size() == 1);
  CHECK(s.substr(got[0].begin, got[0].end - got[0].begin) == "Saturday");
  CHECK(got[0].value == "2020-11-07");
  CHECK(got[0].rule == "weekday.past");
}

TEST_CASE("anaphora resolve against the last date of the article", "[temporal]") {
  TemporalContext ctx;
  ctx.published = CivilDate{2024, 4, 9};
  ctx.anchor = CivilDate{2024, 3, 20};
  auto got = TemporalTagger::Default().Tag("He had arrived the previous day.", ctx);
  REQUIRE(got.size() == 1);
  CHECK(got[0].value == "2024-03-19");
}

TEST_CASE("'the next morning', 'the following evening', 'the previous morning' are anaphoric days", "[temporal]") {
  TemporalContext ctx;
  ctx.published = CivilDate{2025, 5, 6};
  ctx.anchor = CivilDate{2025, 5, 3};
  for (const auto& [s, v] : std::vector<std::pair<std::string, std::string>>{
           {"The next morning he received Faye.", "2025-05-04"},
           {"He left the following evening.", "2025-05-04"},
           {"He had landed the previous morning.", "2025-05-02"}}) {
    auto got = TemporalTagger::Default().Tag(s, ctx);
    REQUIRE(got.size() == 1);
    CHECK(got[0].value == v);
  }
}

TEST_CASE("after a month or a year in the same sentence, 'the following day' stays within it", "[temporal]") {
  TemporalContext ctx;
  ctx.published = CivilDate{2024, 11, 5};
  ctx.anchor = CivilDate{2024, 11, 5};
  for (const char* s : {"In September he saw Harris and the following day met Trump.",
                        "He flew to Washington in September 2024 and met Trump the next day."}) {
    auto got = TemporalTagger::Default().Tag(s, ctx);
    REQUIRE(got.size() == 2);
    CHECK(got[1].value == "2024-09");
  }
  // A day named after the month is the anchor again; a day before it still counts.
  auto got = TemporalTagger::Default().Tag("In September, on Monday he met Harris and the next day Trump.", ctx);
  REQUIRE(got.size() == 3);
  CHECK(got[2].value != "2024-09");
  got = TemporalTagger::Default().Tag("He met Harris on Thursday and the following day Trump.", ctx);
  REQUIRE(got.size() == 2);
  CHECK(got[1].value == "2024-11-01");
}

TEST_CASE("'a day earlier', 'one day earlier' count from the last date", "[temporal]") {
  TemporalContext ctx;
  ctx.published = CivilDate{2008, 1, 1};
  ctx.anchor = CivilDate{2007, 12, 31};
  for (const char* s : {"A day earlier, Casey had told reporters that Washington congratulated Kibaki.",
                        "One day earlier the two had spoken by phone."}) {
    auto got = TemporalTagger::Default().Tag(s, ctx);
    REQUIRE(got.size() == 1);
    CHECK(got[0].value == "2007-12-30");
  }
  // Hard negatives: "earlier" alone, "days earlier" without a count.
  CHECK(TemporalTagger::Default().Tag("He had spoken earlier.", ctx).empty());
  CHECK(TemporalTagger::Default().Tag("Days earlier, he had spoken.", ctx).empty());
}

TEST_CASE("'the evening before', 'the night before' are the day before the last date", "[temporal]") {
  TemporalContext ctx;
  ctx.published = CivilDate{2019, 3, 25};
  ctx.anchor = CivilDate{2019, 3, 24};
  for (const char* s : {"The ministers had met the evening before to prepare the agenda.",
                        "The ministers had met the night before.", "They had dined the previous evening."}) {
    auto got = TemporalTagger::Default().Tag(s, ctx);
    REQUIRE(got.size() == 1);
    CHECK(got[0].value == "2019-03-23");
  }
  // Hard negatives: "before" or "the evening" alone is no day.
  CHECK(TemporalTagger::Default().Tag("The ministers had met before.", ctx).empty());
  for (const auto& x : TemporalTagger::Default().Tag("The ministers met in the evening.", ctx))
    CHECK(x.value != "2019-03-23");
}

TEST_CASE("numeric dates follow the configured order", "[temporal]") {
  auto us = TemporalTagger::FromJson(
      R"({"months": {"march": 3}, "capitalised_only": [], "bare_month_cues": [], "weekdays": {}, "ordinals": {},
          "numbers": {}, "relative_days": {}, "units": {}, "seasons": {}, "modifiers": {}, "anaphora": {},
          "future_markers": [], "vague": [], "non_year_followers": [], "non_year_preceders": [], "year_range": [1900, 2099]})",
      "t.json", TemporalTagger::Options{true});
  REQUIRE(us.ok());
  auto eu = TemporalTagger::FromJson(
      R"({"months": {"march": 3}, "capitalised_only": [], "bare_month_cues": [], "weekdays": {}, "ordinals": {},
          "numbers": {}, "relative_days": {}, "units": {}, "seasons": {}, "modifiers": {}, "anaphora": {},
          "future_markers": [], "vague": [], "non_year_followers": [], "non_year_preceders": [], "year_range": [1900, 2099]})",
      "t.json", TemporalTagger::Options{false});
  REQUIRE(eu.ok());
  CHECK(us->Tag("Signed 03/04/2020 in Paris.", {})[0].value == "2020-03-04");
  CHECK(eu->Tag("Signed 03/04/2020 in Paris.", {})[0].value == "2020-04-03");
}

TEST_CASE("broken temporal data is an error", "[temporal]") {
  auto r = TemporalTagger::FromJson(R"({"months": {}})", "bad.json");
  REQUIRE_FALSE(r.ok());
  CHECK(r.status().ToString().find("bad.json") != std::string::npos);
}

TEST_CASE("MayReadAnchor finds the anaphora phrases anywhere in a text, in any case", "[temporal]") {
  const TemporalTagger& t = TemporalTagger::Default();
  CHECK(t.MayReadAnchor("The talks began on March 3. The NEXT   day the ministers met."));
  CHECK(t.MayReadAnchor("He had left the day\nbefore."));
  CHECK(t.MayReadAnchor("The talks began on March 3. Two days later the ministers met."));
  CHECK_FALSE(t.MayReadAnchor("The talks began on March 3. Days later the ministers met."));
  CHECK_FALSE(t.MayReadAnchor(""));
  // A tagger whose data has no anaphora never reads the anchor.
  auto none = TemporalTagger::FromJson(
      R"({"months": {"march": 3}, "capitalised_only": [], "bare_month_cues": [], "weekdays": {}, "ordinals": {},
          "numbers": {}, "relative_days": {}, "units": {}, "seasons": {}, "modifiers": {}, "anaphora": {},
          "future_markers": [], "vague": [], "non_year_followers": [], "non_year_preceders": [], "year_range": [1900, 2099]})");
  REQUIRE(none.ok());
  CHECK_FALSE(none->MayReadAnchor("the next day"));
}

TEST_CASE("dates format as printf's %04d-%02d-%02d would, also out of range", "[dates]") {
  for (int y : {-12, 0, 7, 999, 2024, 9999, 10000, 123456})
    for (int m : {0, 1, 9, 10, 12, 99, 100})
      for (int d : {0, 1, 31, 99, 100}) {
        char want[64];
        std::snprintf(want, sizeof want, "%04d-%02d-%02d", y, m, d);
        CHECK(CivilDate{y, m, d}.ToString() == want);
      }
  CHECK(DateSpan::Month(2024, 3).value == "2024-03");
  CHECK(DateSpan::Month(812, 11).value == "0812-11");
  CHECK(DateSpan::Year(33).value == "0033");
  CHECK(DateSpan::Year(12345).value == "12345");
}

TEST_CASE("'this morning' is the publication day, 'the same day' is the anchor's day", "[temporal]") {
  const TemporalTagger& t = TemporalTagger::Default();
  TemporalContext ctx;
  ctx.published = CivilDate::Parse("2023-09-06");
  auto one = [&](const std::string& s) -> std::string {
    std::vector<Timex> got = t.Tag(s, ctx);
    return got.size() == 1 ? got[0].value : "(" + std::to_string(got.size()) + ")";
  };
  CHECK(one("Kishida and Marcos held a bilateral meeting this morning.") == "2023-09-06");
  CHECK(one("Harris is due to hold talks with Widodo this afternoon.") == "2023-09-06");
  // Hard negatives: "this" before other nouns is no date; "morning" alone is none.
  CHECK(t.Tag("The morning session was closed to the press.", ctx).empty());
  CHECK(t.Tag("This week's meeting was postponed.", ctx).size() == 1);  // "this week" is a week, not the day
  CHECK(t.MayReadAnchor("On the same day, Li sent a message."));
  TemporalContext anchored = ctx;
  anchored.anchor = CivilDate::Parse("2021-03-23");
  std::vector<Timex> got = t.Tag("On the same day, Li Keqiang sent a congratulatory message.", anchored);
  REQUIRE(got.size() == 1);
  CHECK(got[0].value == "2021-03-23");
}

TEST_CASE("'the same night', 'that evening', 'later that night' are the anchor's day", "[temporal]") {
  const TemporalTagger& t = TemporalTagger::Default();
  TemporalContext ctx;
  ctx.published = CivilDate::Parse("2022-11-01");
  ctx.anchor = CivilDate::Parse("2022-10-30");
  for (const char* s : {"Maduro said he had telephoned the president-elect the same night to congratulate him.",
                        "Boric called him that evening.", "Later that night, Petro wrote to him.",
                        "Abdo sent his message that same night."}) {
    std::vector<Timex> got = t.Tag(s, ctx);
    REQUIRE(got.size() == 1);
    CHECK(got[0].value == "2022-10-30");
  }
  for (const char* s : {"Lula received him that afternoon.", "Later that afternoon, Boric called him.",
                        "Petro met him the same afternoon.", "Earlier that evening, Arce wrote to him."}) {
    std::vector<Timex> got = t.Tag(s, ctx);
    REQUIRE(got.size() == 1);
    CHECK(got[0].value == "2022-10-30");
  }
  for (const auto& [s, day] : std::vector<std::pair<const char*, const char*>>{
           {"Boric met him the following afternoon.", "2022-10-31"},
           {"Two days later, Boric met him.", "2022-11-01"},
           {"Two days earlier, Boric had called him.", "2022-10-28"}}) {
    std::vector<Timex> got = t.Tag(s, ctx);
    REQUIRE(got.size() == 1);
    CHECK(got[0].value == day);
  }
  // Hard negative: "night" alone, or "the night" of something, is no date.
  CHECK(t.Tag("The night was calm in Caracas.", ctx).empty());
}

TEST_CASE("'over the weekend', 'last weekend', 'this weekend' are a Saturday and Sunday", "[temporal]") {
  const TemporalTagger& t = TemporalTagger::Default();
  TemporalContext ctx;
  ctx.published = CivilDate::Parse("2016-09-05");  // a Monday
  auto one = [&](const std::string& s, TemporalContext c) -> std::vector<Timex> { return t.Tag(s, c); };
  std::vector<Timex> got = one("Kerry and Lavrov held two rounds of talks over the weekend.", ctx);
  REQUIRE(got.size() == 1);
  CHECK(got[0].value == "2016-W35-WE");
  CHECK(got[0].earliest == CivilDate::Parse("2016-09-03"));
  CHECK(got[0].latest == CivilDate::Parse("2016-09-04"));
  CHECK(!got[0].future);
  got = one("The ministers met last weekend in Geneva.", ctx);
  REQUIRE(got.size() == 1);
  CHECK(got[0].value == "2016-W35-WE");
  got = one("The ministers will meet this weekend.", ctx);
  REQUIRE(got.size() == 1);
  CHECK(got[0].value == "2016-W36-WE");
  CHECK(got[0].future);
  // A weekend article: "the weekend" is the current one.
  TemporalContext sunday = ctx;
  sunday.published = CivilDate::Parse("2016-09-11");
  got = one("Abe met Putin at the weekend.", sunday);
  REQUIRE(got.size() == 1);
  CHECK(got[0].value == "2016-W36-WE");
  // Hard negatives: "weekend" without a determiner or as a modifier of another noun phrase.
  CHECK(one("Weekend talks are rare.", ctx).empty());
  CHECK(one("A weekend of talks ended without a deal.", ctx).empty());
}

TEST_CASE("'will' after a determiner is a noun, not a future marker", "[temporal]") {
  TemporalContext ctx;
  ctx.published = CivilDate{2020, 9, 24};
  auto day = [&](const char* s) {
    auto got = TemporalTagger::Default().Tag(s, ctx);
    return got.empty() ? std::string("?") : got.back().value;
  };
  CHECK(day("Borrell said the inauguration contradicts the will of the people and that the EU did not recognise "
            "the Aug. 9 vote.") == "2020-08-09");
  CHECK(day("The result defied their will, the opposition said of the Aug. 9 vote.") == "2020-08-09");
  // Hard negatives: the modal still makes the day the coming one.
  CHECK(day("The EU will not recognise the Oct. 9 vote.") == "2020-10-09");
  CHECK(day("Borrell said the bloc will review the Aug. 9 decision.") == "2021-08-09");
}

TEST_CASE("a future marker does not reach past a participle going on with the report", "[temporal]") {
  TemporalContext ctx;
  ctx.published = CivilDate{2021, 1, 21};
  auto month = [&](const char* s) {
    auto got = TemporalTagger::Default().Tag(s, ctx);
    return got.size() == 1 ? got[0].value : std::string("?");
  };
  CHECK(month("Peskov said Putin had no plans to send a new message, noting that the Russian leader had already "
              "congratulated Biden in December.") == "2020-12");
  CHECK(month("Putin has no plans to call Biden, adding that he wrote to him in December.") == "2020-12");
  // Hard negatives: the marker in the date's own clause still makes it the coming one.
  CHECK(month("Putin plans to send a message in December.") == "2021-12");
  CHECK(month("Peskov said, noting the delay, that Putin plans to visit in December.") == "2021-12");
}

TEST_CASE("'three weeks later', 'eight months later', 'a year earlier' count in their unit from the last date",
          "[temporal]") {
  TemporalContext ctx;
  ctx.published = CivilDate{2020, 1, 6};
  ctx.anchor = CivilDate{2019, 2, 14};
  const TemporalTagger& t = TemporalTagger::Default();
  auto one = [&](const char* s) {
    auto got = t.Tag(s, ctx);
    REQUIRE(got.size() == 1);
    return got[0];
  };
  CHECK(one("Three days later, Putin met Macron.").value == "2019-02-17");
  CHECK(one("Three weeks later, Putin met Macron.").value == "2019-W10");
  CHECK(one("Three weeks later, Putin met Macron.").granularity == Granularity::kWeek);
  CHECK(one("Two months later, Putin met Macron.").value == "2019-04");
  CHECK(one("Eleven months later, Putin met Macron.").value == "2020-01");
  CHECK(one("A month earlier, Putin had met Macron.").value == "2019-01");
  CHECK(one("A year later, Putin met Macron.").value == "2020");
  CHECK(one("One week earlier the two had spoken.").value == "2019-W06");
  // From a coarser date of the same sentence, that span moved by the count.
  auto got = t.Tag("In June 2018 Trump met Kim, and eight months later the two met again.", ctx);
  REQUIRE(got.size() == 2);
  CHECK(got[1].value == "2019-02");
  got = t.Tag("They met in 2017 and a year later in Ankara.", ctx);
  REQUIRE(got.size() == 2);
  CHECK(got[1].value == "2018");
  // Counted in weeks, months or years, publication is no anchor: unresolved.
  TemporalContext pub_only;
  pub_only.published = CivilDate{2020, 1, 6};
  got = t.Tag("Two weeks later, Putin met Macron.", pub_only);
  REQUIRE(got.size() == 1);
  CHECK_FALSE(got[0].earliest.has_value());
  // Set off by a comma before a date of its own, the count is restated by it.
  got = t.Tag("He had landed in Beijing a week earlier, on February 21, 1972, and met Zhou.", ctx);
  REQUIRE(got.size() == 1);
  CHECK(got[0].value == "1972-02-21");
  got = t.Tag("He had landed a week earlier and on February 21, 1972 met Zhou.", ctx);
  CHECK(got.size() == 2);
  // Hard negatives: a count without a direction, and a wrong-number unit.
  CHECK(t.Tag("Putin stayed three weeks in Sochi.", ctx).empty());
  for (const auto& x : t.Tag("Three week later the talks resumed.", ctx)) CHECK(x.value != "2019-W10");
}
