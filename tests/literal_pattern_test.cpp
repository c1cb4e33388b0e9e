// Trigger patterns that are lists of words (lib/actions/literal_pattern): the
// match anchored at a place, found by comparing bytes, is RE2's.
#include <catch2/catch.hpp>
#include <re2/re2.h>

#include <memory>
#include <string>
#include <vector>

#include "actions/action_rules.h"
#include "actions/literal_pattern.h"
#include "test_support.h"

using namespace diplograph::internal;

TEST_CASE("patterns that are lists of words are read, others are not", "[actions]") {
  CHECK(LiteralPattern::Read(R"(\bcongratulat(?:e|es|ed|ing)\b)")->ways() == 4);
  CHECK(LiteralPattern::Read(R"(\b(?:a|the)\s+(?:first|second)\s+round\b)")->ways() == 4);
  CHECK(LiteralPattern::Read(R"(\brecogni[sz]e\b)")->ways() == 1);  // a class is one step
  CHECK(LiteralPattern::Read(R"(\bshook\s+hands\b(?:\s+with\b)?)")->ways() == 2);
  CHECK(LiteralPattern::Read(R"(co-?chair(x)??)")->ways() == 4);
  CHECK(LiteralPattern::Read(R"(n't\.)")->ways() == 1);
  for (const char* other : {R"(\bsen[dt]s?\s+(?:[\w.'-]+\s+){0,4}?a)", R"(met\w*)", R"(a.b)", R"(\bmet\s*with)",
                            R"(a\s+\s+b)", R"((?:a\s+)?\s+b)", R"((?-i:[A-Z])x)", R"([^.;]x)", R"([a-z]x)", R"(^met)",
                            R"(met$)", R"(a b)", R"(\d)", R"(\s)", R"(’s)", R"((?:a|b)+)", R"(a{2})", R"(\s+?x)"})
    CHECK_FALSE(LiteralPattern::Read(other).has_value());
  std::string many = "(?:a|b|c|d|e|f|g|h)(?:a|b|c|d|e|f|g|h)(?:a|b)";  // 128 ways
  CHECK_FALSE(LiteralPattern::Read(many).has_value());
}

namespace {

struct Pair {
  std::string pattern;
  std::unique_ptr<RE2> re2;
  LiteralPattern literal;
};

// RE2's anchored match against the literal reading at every byte of `text`.
void Compare(const std::vector<Pair>& pairs, const std::string& text, std::size_t* matches) {
  const re2::StringPiece whole(text);
  for (const Pair& p : pairs) {
    for (std::size_t at = 0; at <= text.size(); ++at) {
      re2::StringPiece found;
      const bool matched = p.re2->Match(whole, at, text.size(), RE2::ANCHOR_START, &found, 1);
      const std::size_t length = p.literal.MatchAt(text, at);
      INFO(p.pattern << " at " << at << " in: " << text);
      CHECK(length == (matched ? found.size() : std::string::npos));
      *matches += matched;
    }
  }
}

}  // namespace

TEST_CASE("a literal pattern's match is RE2's, at every place", "[actions]") {
  RE2::Options opt;
  opt.set_case_sensitive(false);
  std::vector<std::string> patterns = {
      R"((?:a|ab)c?)",        R"((?:ab|a)\b)",           R"(x\s+)",          R"(x(?:\s+y)?)",     R"(x(?:\s+y)??)",
      R"((?:the|th)e?\s+end)", R"(\b(?:can|can't)\b)", R"(n't)",           R"([.,;]\s+and\b)", R"(\bA(b)C\b|\bab)",
      R"((?:)x|y)",           R"(\b-\b)",               R"(x?)"};
  for (const TriggerRule& t : ActionRules::Default().triggers()) patterns.push_back(t.pattern);
  std::vector<Pair> pairs;
  for (const std::string& pattern : patterns) {
    std::optional<LiteralPattern> literal = LiteralPattern::Read(pattern);
    if (!literal) continue;
    pairs.push_back({pattern, std::make_unique<RE2>(pattern, opt), *literal});
    REQUIRE(pairs.back().re2->ok());
  }
  CHECK(pairs.size() >= 40);
  std::size_t matches = 0;
  for (const std::string& s : std::vector<std::string>{
           "ABC abc ab a x  y x\ty x  The end the  end thee end. Can't can can't-do n't", "x", "", " ", "x ",
           "-x- a-b - y", "They shook hands  with  him and SHOOK HANDS; they Met, meets, MEETING with him.",
           "Co-chaired cochairs the; co-chair a", "\xC3\xA9met met\xC3\xA9 \xE2\x80\x9Cmet\xE2\x80\x9D"}) {
    Compare(pairs, s, &matches);
  }
  REQUIRE(diplograph::testing::ForEachCorpusPiece(150, [&](const std::string& piece) { Compare(pairs, piece, &matches); }));
  CHECK(matches > 500);
}
