// Trigger patterns' "\w" widened to the letters outside ASCII
// (lib/actions/word_class): what is rewritten and what is copied. (The
// default rules matching names written with accents: event_builder_test.cpp.)
#include <catch2/catch.hpp>
#include <re2/re2.h>

#include <string>

#include "actions/word_class.h"

using namespace diplograph::internal;

namespace {
bool FullMatch(const std::string& pattern, const std::string& text) {
  RE2 re(WidenWordClasses(pattern));
  REQUIRE(re.ok());
  return RE2::FullMatch(text, re);
}
}  // namespace

TEST_CASE("a word character in a trigger pattern takes the letters of Latin, Greek and Cyrillic words outside ASCII", "[actions]") {
  CHECK(FullMatch(R"(\w+)", "Erdoğan"));
  CHECK(FullMatch(R"(\w+)", "Brasília"));
  CHECK(FullMatch(R"([\w'-]+)", "Díaz-Canel"));
  CHECK(FullMatch(R"(\w+)", "Nguyễn"));
  CHECK(FullMatch(R"(\w+)", "Зеленский"));
  CHECK(FullMatch(R"(sent\s+(?:[\w.'-]+\s+){0,3}?a\s+message)", "sent Erdoğan a message"));
  // Punctuation outside ASCII is still no letter, and \W still takes it.
  CHECK_FALSE(FullMatch(R"(\w+)", "“quoted”"));
  CHECK_FALSE(FullMatch(R"(\w+)", "a—b"));
  CHECK(FullMatch(R"(\W+)", " “—"));
  CHECK_FALSE(FullMatch(R"(\W+)", "é"));
  // Unchanged without the rewriting: RE2's \w is ASCII.
  CHECK_FALSE(RE2::FullMatch("Erdoğan", RE2(R"(\w+)")));
}

TEST_CASE("only word classes are rewritten, escapes, quoting and named classes are copied", "[actions]") {
  CHECK(WidenWordClasses(R"(\bmet\b)") == R"(\bmet\b)");
  CHECK(WidenWordClasses(R"(\\w)") == R"(\\w)");  // an escaped backslash, then "w"
  CHECK(WidenWordClasses(R"(\Q\w\E\w)").starts_with(R"(\Q\w\E[\w)"));
  CHECK(WidenWordClasses(R"([[:alpha:]\w])").starts_with(R"([[:alpha:]\w)"));
  CHECK(WidenWordClasses(R"([^\Wd])") == R"([^\Wd])");  // \W inside a class: as it was
  CHECK(WidenWordClasses(R"([]\w])").starts_with(R"([]\w)"));  // "]" first is a character
  // The rewritten pattern still compiles and still rejects what it rejected.
  CHECK(FullMatch(R"(had\s+[\w'-]*[^\Wd])", "had talks"));
  CHECK_FALSE(FullMatch(R"(had\s+[\w'-]*[^\Wd])", "had invited"));
}
