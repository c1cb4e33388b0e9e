#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <map>

#include "normalize/normalizer.h"
#include "util/embedded_data.h"
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

TEST_CASE("normalising into a used buffer gives what a fresh one does", "[normalize]") {
  diplograph::internal::NormalizedText reused;
  Normalizer::Default().Normalize("A much longer first text \u2014 with a dash \u2026 and more", &reused);
  for (const char* in : {"a\u2026b\r\nc\u200Bd", "Lo\u0301pez", ""}) {
    Normalizer::Default().Normalize(in, &reused);
    auto fresh = Normalizer::Default().Normalize(in);
    CHECK(reused.text == fresh.text);
    CHECK(reused.to_orig == fresh.to_orig);
  }
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
  CHECK(Normalizer::Default().Fold("") == "");
  CHECK(Normalizer::Default().Fold("plain ASCII, kept as it is") == "plain ASCII, kept as it is");
  CHECK(Normalizer::Default().Fold("\u00E9\u00E9 ab \u4E2D cd \u00F3") == "ee ab \u4E2D cd o");
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

namespace {

// The normaliser as it was first written, one character at a time, over the
// same data: the reference the run-copying Normalize must match byte for byte.
struct ReferenceNormalizer {
  std::map<char32_t, std::string> replace;
  std::map<std::uint64_t, std::string> compose;

  explicit ReferenceNormalizer(std::string_view json) {
    auto j = nlohmann::json::parse(json);
    using diplograph::internal::DecodeUtf8;
    for (const auto& [k, v] : j["replace"].items()) {
      std::size_t len;
      replace[DecodeUtf8(k, 0, &len)] = v.get<std::string>();
    }
    for (const auto& [k, v] : j["compose"].items()) {
      std::size_t l1, l2;
      char32_t a = DecodeUtf8(k, 0, &l1);
      char32_t b = DecodeUtf8(k, l1, &l2);
      compose[(static_cast<std::uint64_t>(a) << 32) | b] = v.get<std::string>();
    }
  }

  diplograph::internal::NormalizedText Normalize(std::string_view in) const {
    diplograph::internal::NormalizedText out;
    auto emit = [&](std::string_view s, std::size_t orig) {
      for (char c : s) {
        out.text.push_back(c);
        out.to_orig.push_back(static_cast<std::uint32_t>(orig));
      }
    };
    auto mark = [&](std::size_t k) {
      return k < in.size() && (static_cast<unsigned char>(in[k]) == 0xCC || static_cast<unsigned char>(in[k]) == 0xCD);
    };
    std::size_t i = 0;
    while (i < in.size()) {
      std::size_t len;
      char32_t cp = diplograph::internal::DecodeUtf8(in, i, &len);
      if (static_cast<unsigned char>(in[i]) < 0x80) len = 1;
      if (mark(i + len)) {
        std::size_t len2;
        char32_t m = diplograph::internal::DecodeUtf8(in, i + len, &len2);
        auto it = compose.find((static_cast<std::uint64_t>(cp) << 32) | m);
        if (it != compose.end()) {
          emit(it->second, i);
          i += len + len2;
          continue;
        }
      }
      auto r = replace.find(cp);
      emit(r != replace.end() ? std::string_view(r->second) : in.substr(i, len), i);
      i += len;
    }
    out.to_orig.push_back(static_cast<std::uint32_t>(in.size()));
    return out;
  }
};

}  // namespace

TEST_CASE("normaliser copies plain runs whole and agrees with the character-by-character reference",
          "[normalize]") {
  const std::string_view data = diplograph::internal::EmbeddedData("text/normalize.json");
  REQUIRE_FALSE(data.empty());
  const ReferenceNormalizer ref(data);
  const Normalizer& norm = Normalizer::Default();
  // Pieces around the run boundaries: marks after plain, special and
  // non-ASCII letters, marks at the start and the end, replaced characters,
  // CR, tabs, backticks, and bytes of broken sequences.
  const std::string pieces[] = {"a", "e", "Lo", " plain words ", "\t", "\r", "\r\n", "`", "\x0B",
                                "\u0301", "\u0327", "\u0308", "\u0340", "\u2019", "\u201C", "\u2014", "\u2026",
                                "\u00A0", "\u200B", "\u00E9", "\u00F3", "\u4E2D", "\U0001F600", "\xCC", "\xCD",
                                "\xC3", "n\u0303", "c\u0327", "A\u030A", "\t\u0301", "`\u0301", "\u00E9\u0301"};
  std::uint64_t state = 7;
  auto next = [&](std::uint64_t n) {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return (state >> 33) % n;
  };
  for (int round = 0; round < 3000; ++round) {
    std::string in;
    for (std::uint64_t k = 0, parts = next(12); k < parts; ++k) in += pieces[next(std::size(pieces))];
    INFO("input: " << in);
    auto got = norm.Normalize(in);
    auto want = ref.Normalize(in);
    CHECK(got.text == want.text);
    CHECK(got.to_orig == want.to_orig);
  }
  // The reference composes, replaces and maps offsets as the first tests say.
  CHECK(ref.Normalize("Lo\u0301pez\t\u2026").text == "L\u00F3pez ...");
}
