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

TEST_CASE("tokenizer reads the apostrophe after a name in s as a possessive, not a closing quote elsewhere", "[tokenize]") {
  std::vector<Token> toks;
  Tokenize("Honduras' Xiomara Castro and the Philippines' ministry", &toks);
  REQUIRE(toks.size() == 9);
  CHECK(toks[1].possessive);
  CHECK(toks[7].possessive);
  // Hard negatives: not after a word in another letter, not at the end, not before punctuation.
  Tokenize("'good' Xi", &toks);
  REQUIRE(toks.size() == 4);
  for (const Token& t : toks) CHECK_FALSE(t.possessive);
  Tokenize("talks' end", &toks);
  CHECK(toks[1].possessive);  // any word in s: harmless where no actor is named
  Tokenize("the 'Brothers',", &toks);
  for (const Token& t : toks) CHECK_FALSE(t.possessive);
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

namespace {
std::string Flags(const Token& t, std::string_view s) {
  return std::string(t.text(s)) + (t.word ? " word" : "") + (t.cap ? " cap" : "") + (t.upper ? " upper" : "") +
         (t.digit ? " digit" : "") + (t.possessive ? " possessive" : "");
}
}  // namespace

TEST_CASE("tokenizer marks all-capital words, with and without 16 bytes left after them", "[tokenize]") {
  // A word with at least 16 bytes from its start to the end of the sentence
  // is scanned 16 bytes at a time; the same word at the end byte by byte.
  const std::string words[] = {"NATO", "Nato", "NATO-led", "N", "UK", "U.S.", "U.S", "EU's", "USA2", "2UK", "2", "A1",
                               "OPEC+", "ABCDEFGHIJKLMNOP", "ABCDEFGHIJKLMNOPQRSTUVWXYZ", "ABCDEFGHIJKLMNOPq",
                               "aBCDEFGHIJKLMNOPQ", "\u00C9LYS\u00C9E", "\u00C9lys\u00E9e", "X\u00C9", "\u00C9X",
                               "3.5", "2,000", "O'NEIL", "WHO'S", "AT&T", "a-B", "Kiev-based", "I"};
  const std::string pad = " and more words after it";
  for (const std::string& w : words) {
    INFO("word: " << w);
    std::vector<Token> alone, padded;
    const std::string long_s = w + pad;
    Tokenize(w, &alone);
    Tokenize(long_s, &padded);
    REQUIRE_FALSE(alone.empty());
    REQUIRE(padded.size() > alone.size());
    for (std::size_t k = 0; k < alone.size(); ++k) CHECK(Flags(alone[k], w) == Flags(padded[k], long_s));
  }
  std::vector<Token> toks;
  const std::string s = "NATO and the EU met OPEC in the U.S. with ABCDEFGHIJKLMNOPQRS and Ab";
  Tokenize(s, &toks);
  REQUIRE(toks.size() == 13);
  CHECK(Flags(toks[0], s) == "NATO word cap upper");
  CHECK(Flags(toks[1], s) == "and word");
  CHECK(Flags(toks[3], s) == "EU word cap upper");
  CHECK(Flags(toks[5], s) == "OPEC word cap upper");
  CHECK(Flags(toks[8], s) == "U.S. word cap upper");
  CHECK(Flags(toks[10], s) == "ABCDEFGHIJKLMNOPQRS word cap upper");
  CHECK(Flags(toks[12], s) == "Ab word cap");
}

TEST_CASE("tokenizer reads words across 64-byte blocks and in texts past 4 KB", "[tokenize]") {
  // Words starting at every offset around the block boundary, all capitals or
  // not, joined by a hyphen or not; the same far into a long text.
  for (std::size_t lead : {0, 50, 60, 63, 64, 65, 120, 4090, 5000}) {
    for (const std::string w : {"NATOAAAAAAAAAAA", "NATO-LED", "Natoooooooooo", "NATOa", "AB", "A", "2,000", "O'NEIL"}) {
      for (std::size_t shift = 0; shift < 16; ++shift) {
        const std::string s = std::string(lead + shift, ' ') + w + " x";
        std::vector<Token> toks;
        Tokenize(s, &toks);
        INFO("lead " << lead + shift << " word " << w);
        REQUIRE(toks.size() == 2);
        std::vector<Token> alone;
        Tokenize(w, &alone);
        REQUIRE(alone.size() == 1);
        CHECK(toks[0].text(s) == w);
        CHECK(toks[0].begin == lead + shift);
        CHECK(toks[0].upper == alone[0].upper);
        CHECK(toks[0].cap == alone[0].cap);
      }
    }
  }
  std::string run(200, 'A');  // one word of four blocks
  std::vector<Token> toks;
  Tokenize(run, &toks);
  REQUIRE(toks.size() == 1);
  CHECK(toks[0].end == 200);
  CHECK(toks[0].upper);
  run[199] = 'a';
  Tokenize(run, &toks);
  CHECK_FALSE(toks[0].upper);
  run[199] = 'A';
  run[0] = 'a';
  Tokenize(run, &toks);
  CHECK_FALSE(toks[0].upper);
}

TEST_CASE("tokenizer's lower-cased copy is the text with its ASCII capitals lower-cased, at every length", "[tokenize]") {
  // Lengths around the 16- and 64-byte pieces (and past 4 KB), with a byte
  // past ASCII nowhere, first, last and in the middle.
  const std::string pattern = "Xi Met BIDEN in Z-town; 2,000 AT&T O'Neil @[`{ ";
  for (std::size_t n : {0, 1, 2, 15, 16, 17, 31, 32, 33, 63, 64, 65, 100, 127, 128, 129, 200, 4100, 5000}) {
    std::string s;
    while (s.size() < n) s += pattern;
    s.resize(n);
    for (int accent = 0; accent < 4; ++accent) {
      std::string t = s;
      if (accent == 1 && n > 0) t[0] = static_cast<char>(0xC9);
      if (accent == 2 && n > 0) t[n - 1] = static_cast<char>(0xE9);
      if (accent == 3 && n > 0) t[n / 2] = static_cast<char>(0x80);
      INFO("length " << n << " accent " << accent);
      std::string expected = t;
      bool ascii = true;
      for (char& c : expected) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        if (static_cast<unsigned char>(c) >= 0x80) ascii = false;
      }
      std::vector<Token> with, without;
      std::string lower = "left over from a longer sentence before this one, to be overwritten";
      CHECK(Tokenize(t, &with, &lower) == ascii);
      CHECK(lower == expected);
      Tokenize(t, &without);
      REQUIRE(with.size() == without.size());
      for (std::size_t k = 0; k < with.size(); ++k) {
        CHECK(with[k].begin == without[k].begin);
        CHECK(with[k].end == without[k].end);
        CHECK(with[k].upper == without[k].upper);
        CHECK(with[k].cap == without[k].cap);
      }
    }
  }
}
