#include <catch2/catch.hpp>

#include "split/tokenizer.h"

using namespace diplograph::internal;

static std::vector<std::string> Texts(std::string_view s) {
  std::vector<Token> toks;
  Tokenize(s, &toks);
  std::vector<std::string> out;
  for (const auto& t : toks) out.emplace_back(t.text(s));
  return out;
}

TEST_CASE("tokenizer keeps acronyms, hyphenated titles and numbers whole", "[tokenize]") {
  CHECK(Texts("U.S. President-elect Joe Biden, 2,000 troops.") ==
        std::vector<std::string>{"U.S.", "President-elect", "Joe", "Biden", ",", "2,000", "troops", "."});
}

TEST_CASE("tokenizer splits the possessive 's but not inner apostrophes", "[tokenize]") {
  CHECK(Texts("Xi's talks; O'Brien didn't") == std::vector<std::string>{"Xi", "'s", "talks", ";", "O'Brien", "didn't"});
  std::vector<Token> toks;
  Tokenize("Putin's visit", &toks);
  REQUIRE(toks.size() == 3);
  CHECK(toks[1].possessive);
  CHECK(toks[0].cap);
}

TEST_CASE("tokenizer treats an initial as a word and its period apart", "[tokenize]") {
  CHECK(Texts("Joseph R. Biden") == std::vector<std::string>{"Joseph", "R", ".", "Biden"});
}

TEST_CASE("tokenizer marks accented capitals as capitalised", "[tokenize]") {
  std::vector<Token> toks;
  Tokenize("\u00C9lys\u00E9e said", &toks);
  REQUIRE(toks.size() == 2);
  CHECK(toks[0].cap);
  CHECK_FALSE(toks[1].cap);
}
