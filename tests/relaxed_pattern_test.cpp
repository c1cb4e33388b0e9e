// The relaxed form of a trigger pattern (lib/actions/relaxed_pattern): its
// matches no longer than the bound are the pattern's, and where it does not
// match, neither does the pattern.
#include <catch2/catch.hpp>
#include <re2/re2.h>

#include <memory>
#include <string>
#include <vector>

#include "actions/action_rules.h"
#include "actions/relaxed_pattern.h"
#include "test_support.h"

using namespace diplograph::internal;

TEST_CASE("counted runs of a class are made unbounded", "[actions]") {
  RelaxedPattern r = RelaxClassRuns(R"(\bcalled\b[^.;]{1,60}?\bto\b)");
  CHECK(r.pattern == R"(\bcalled\b[^.;]{1,}?\bto\b)");
  CHECK(r.bound == 60);
  r = RelaxClassRuns(R"(a[^;]{0,70}?b[\w' -]{1,40}c)");  // the smallest bound, greedy runs too
  CHECK(r.pattern == R"(a[^;]{0,}?b[\w' -]{1,}c)");
  CHECK(r.bound == 40);
  CHECK(r.measured == R"(a([^;]{0,}?)b([\w' -]{1,})c)");  // each run in a group of its own, laziness inside
  REQUIRE(r.runs.size() == 2);
  CHECK((r.runs[0].group == 1 && r.runs[0].max == 70 && r.runs[1].group == 2 && r.runs[1].max == 40));
  r = RelaxClassRuns(R"((a)(?:b|(?P<c>c))[x]{1,5}(d))");  // groups of the pattern counted before it
  CHECK(r.measured == R"((a)(?:b|(?P<c>c))([x]{1,})(d))");
  CHECK((r.runs.size() == 1 && r.runs[0].group == 3));
  r = RelaxClassRuns(R"((?:a[x]{1,5})+b)");  // a repeated group captures its last repetition: not measured
  CHECK(r.pattern == R"((?:a[x]{1,})+b)");
  CHECK(r.measured.empty());
  CHECK(RelaxClassRuns(R"((?:a[x]{1,5})?b)").measured == R"((?:a([x]{1,}))?b)");  // once at most: measured
  CHECK(RelaxClassRuns(R"([]x]{2,5})").pattern == R"([]x]{2,})");  // "]" first is a character
  CHECK(RelaxClassRuns(R"([^]x]{2,5})").pattern == R"([^]x]{2,})");
  CHECK(RelaxClassRuns(R"([[:alpha:]\]]{0,9})").pattern == R"([[:alpha:]\]]{0,})");
  // Nothing to relax: an escaped bracket, quoted text, a group, an exact count.
  CHECK(RelaxClassRuns(R"(\[x]{1,3})").pattern.empty());
  CHECK(RelaxClassRuns(R"(\Q[a]{1,2}\E)").pattern.empty());
  CHECK(RelaxClassRuns(R"((?:a|b){1,3})").pattern.empty());
  CHECK(RelaxClassRuns(R"([ab]{3}x)").pattern.empty());
  CHECK(RelaxClassRuns(R"(\bvisit(?:ed|s)?\b)").pattern.empty());
}

namespace {

struct Pair {
  std::string id;
  std::unique_ptr<RE2> pattern, relaxed, measured;
  RelaxedPattern form;
};

// Whether the measured form, asked to match exactly `found`, shows every
// relaxed run within its bound (as ActionRules does it, but over the whole text).
bool RunsWithinBounds(const Pair& p, const re2::StringPiece& text, const re2::StringPiece& found) {
  if (!p.measured) return false;
  std::vector<re2::StringPiece> sub(1 + p.measured->NumberOfCapturingGroups());
  const std::size_t begin = found.data() - text.data();
  if (!p.measured->Match(text, begin, begin + found.size(), RE2::ANCHOR_BOTH, sub.data(), static_cast<int>(sub.size())))
    return false;
  for (const RelaxedPattern::Run& run : p.form.runs)
    if (sub[run.group].size() > run.max) return false;
  return true;
}

// Checks the relaxed form against the pattern in `text`, searching from every
// word start, anchored and not; counts the relaxed matches that answered by
// their length, those that answered once their runs were measured, and those
// that did not.
void Compare(const std::vector<Pair>& pairs, const std::string& text, std::size_t* answered, std::size_t* measured,
             std::size_t* asked) {
  const re2::StringPiece whole(text);
  for (const Pair& p : pairs) {
    for (std::size_t at = 0; at <= text.size(); ++at) {
      if (at > 0 && !(text[at - 1] == ' ' && text[at] != ' ')) continue;
      for (RE2::Anchor anchor : {RE2::ANCHOR_START, RE2::UNANCHORED}) {
        if (anchor == RE2::UNANCHORED && at > 0) continue;
        re2::StringPiece a, b;
        const bool exact = p.pattern->Match(whole, at, text.size(), anchor, &a, 1);
        const bool cheap = p.relaxed->Match(whole, at, text.size(), anchor, &b, 1);
        INFO(p.id << " from " << at << (anchor == RE2::UNANCHORED ? " unanchored" : " anchored") << " in: " << text);
        if (!cheap) {
          CHECK_FALSE(exact);
        } else if (b.size() <= p.form.bound) {
          ++*answered;
          CHECK(exact);
          CHECK((exact && a.data() == b.data() && a.size() == b.size()));
        } else if (RunsWithinBounds(p, whole, b)) {
          ++*measured;
          CHECK(exact);
          CHECK((exact && a.data() == b.data() && a.size() == b.size()));
        } else {
          ++*asked;  // the pattern itself must be asked
        }
      }
    }
  }
}

}  // namespace

TEST_CASE("a relaxed match within the bound is the pattern's match", "[actions]") {
  RE2::Options opt;
  opt.set_case_sensitive(false);
  std::vector<Pair> pairs;
  for (const TriggerRule& t : ActionRules::Default().triggers()) {
    RelaxedPattern r = RelaxClassRuns(t.pattern);
    if (r.pattern.empty()) continue;
    std::unique_ptr<RE2> measured;
    if (!r.measured.empty()) measured = std::make_unique<RE2>(r.measured, opt);
    pairs.push_back({t.id, std::make_unique<RE2>(t.pattern, opt), std::make_unique<RE2>(r.pattern, opt),
                     std::move(measured), r});
    REQUIRE(pairs.back().relaxed->ok());
    REQUIRE((!pairs.back().measured || pairs.back().measured->ok()));
  }
  CHECK(pairs.size() >= 8);
  std::size_t answered = 0, measured = 0, asked = 0;
  // Gaps just within and just beyond the bounds (60 for "called ... to").
  const std::string gap59(59 - 2, 'x'), gap60(60 - 2, 'x'), gap61(61 - 2, 'x');
  for (const std::string& s : std::vector<std::string>{
           "He called " + gap59 + " to congratulate him.", "He called " + gap60 + " to congratulate him.",
           "He called " + gap61 + " to congratulate him.", "He called " + gap61 + " to discuss it, then called to thank her.",
           "He called the leader of the opposition party of the neighbouring country yesterday to congratulate her.",
           "He called; then he wrote to congratulate her.", "It is too early to congratulate anyone.",
           "It is far too early, as the count goes on and on in every province of the country, to congratulate anyone.",
           "They shook hands but did not hold a meeting.", "He sent greetings to all, and then, much later, for the anniversary.",
           "He sent his warmest greetings on the occasion of the anniversary."}) {
    Compare(pairs, s, &answered, &measured, &asked);
  }
  REQUIRE(diplograph::testing::ForEachCorpusPiece(
      300, [&](const std::string& piece) { Compare(pairs, piece, &answered, &measured, &asked); }));
  CHECK(answered > 100);
  CHECK(measured > 10);
  CHECK(asked > 0);
}
