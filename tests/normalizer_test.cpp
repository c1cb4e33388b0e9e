#include <catch2/catch.hpp>

#include "normalize/normalizer.h"
#include "util/utf8.h"

using diplograph::internal::Normalizer;

TEST_CASE("normaliser turns typographic punctuation into plain ASCII", "[normalize]") {
  auto n = Normalizer::Default().Normalize("\u201CToo early\u201D \u2014 it\u2019s\u00A0late");
  CHECK(n.text == "\"Too early\" - it's late");
}

TEST_CASE("normaliser composes decomposed accented letters (NFC)", "[normalize]") {
  // "López" with a combining acute accent becomes the precomposed letter.
  auto n = Normalizer::Default().Normalize("Lo\u0301pez Obrador");
  CHECK(n.text == "L\u00F3pez Obrador");
  // Offsets map back to the original bytes: "p" is byte 4 in the original (L, o, U+0301 = 2 bytes).
  std::size_t p = n.text.find('p');
  CHECK(n.OrigOffset(p) == 4);
  CHECK(n.OrigOffset(n.text.size()) == std::string("Lo\u0301pez Obrador").size());
}

TEST_CASE("normaliser keeps a byte map for every change", "[normalize]") {
  std::string in = "a\u2026b\r\nc\u200Bd";  // ellipsis grows, CR and zero-width space vanish
  auto n = Normalizer::Default().Normalize(in);
  CHECK(n.text == "a...b\ncd");
  REQUIRE(n.to_orig.size() == n.text.size() + 1);
  CHECK(n.OrigOffset(n.text.find('b')) == in.find('b'));
  CHECK(n.OrigOffset(n.text.find('d')) == in.find('d'));
}

TEST_CASE("fold removes accents for matching only", "[normalize]") {
  CHECK(Normalizer::Default().Fold("Andr\u00E9s L\u00F3pez Erdo\u011Fan") == "Andres Lopez Erdogan");
}

TEST_CASE("broken normalisation data is an error, not a crash", "[normalize]") {
  auto r = Normalizer::FromJson("{\"replace\": {\"ab\": \"x\"}}", "bad.json");
  REQUIRE_FALSE(r.ok());
  CHECK(r.status().ToString().find("bad.json") != std::string::npos);
  auto r2 = Normalizer::FromJson("{\"replace\": ", "trunc.json");
  REQUIRE_FALSE(r2.ok());
  CHECK(r2.status().where().line == 1);
}

TEST_CASE("invalid UTF-8 is repaired with U+FFFD", "[normalize]") {
  std::string s = "ok \xC3\x28 and \xE2\x82 end \xC0\xAF";
  std::size_t n = diplograph::internal::RepairUtf8(&s);
  CHECK(n >= 3);
  CHECK(s.find("\xEF\xBF\xBD") != std::string::npos);
  std::string again = s;
  CHECK(diplograph::internal::RepairUtf8(&again) == 0);  // repaired text is valid
}
