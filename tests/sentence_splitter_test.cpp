#include <catch2/catch.hpp>

#include "split/sentence_splitter.h"

using namespace diplograph::internal;

static std::vector<std::string> Sentences(std::string_view text, bool with_junk = false) {
  std::vector<std::string> out;
  for (const auto& s : SentenceSplitter::Default().Split(text))
    if (with_junk || !s.boilerplate) out.emplace_back(text.substr(s.begin, s.end - s.begin));
  return out;
}

TEST_CASE("abbreviations and initials do not end a sentence", "[split]") {
  auto s = Sentences("Mr. Biden met Gen. Smith on Nov. 3 in the U.S. capital. Joseph R. Biden spoke later.");
  REQUIRE(s.size() == 2);
  CHECK(s[1] == "Joseph R. Biden spoke later.");
}

TEST_CASE("a headline without a period is its own sentence", "[split]") {
  auto s = Sentences("Xi meets Lavrov in Beijing\n\nChinese leader Xi Jinping met Lavrov on Tuesday.");
  REQUIRE(s.size() == 2);
  CHECK(s[0] == "Xi meets Lavrov in Beijing");
  auto spans = SentenceSplitter::Default().Split("Xi meets Lavrov in Beijing\n\nText.");
  CHECK(spans[0].headline);
}

TEST_CASE("a quotation spanning sentences stays whole", "[split]") {
  auto s = Sentences("\"We are pleased. We will work together,\" Xi said. Then he left.");
  REQUIRE(s.size() == 2);
  CHECK(s[0] == "\"We are pleased. We will work together,\" Xi said.");
}

TEST_CASE("datelines are cut off the first sentence", "[split]") {
  CHECK(Sentences("BEIJING - Chinese leader Xi Jinping met Lavrov.") ==
        std::vector<std::string>{"Chinese leader Xi Jinping met Lavrov."});
  CHECK(Sentences("MOSCOW (Reuters) - Putin spoke.") == std::vector<std::string>{"Putin spoke."});
  CHECK(Sentences("WASHINGTON, Nov 9 (AP) - Biden spoke.") == std::vector<std::string>{"Biden spoke."});
}

TEST_CASE("site junk lines are marked as boilerplate and never merge sentences", "[split]") {
  std::string text =
      "Putin met Xi.\nSee also  Mayor joins police raids\nAdvertisement\nBy Jane Smith\nLeave a Reply\n"
      "Your email address will not be published. Required fields are marked *\nXi met Modi";
  auto all = SentenceSplitter::Default().Split(text);
  auto kept = Sentences(text);
  CHECK(kept == std::vector<std::string>{"Putin met Xi.", "Xi met Modi"});
  std::size_t junk = 0;
  for (const auto& s : all) junk += s.boilerplate;
  CHECK(junk == 5);
}

TEST_CASE("sentences never cross a line break", "[split]") {
  CHECK(Sentences("first line without period\nsecond line").size() == 2);
}
