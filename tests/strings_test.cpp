// The hot-path string helpers: lower-cased token views, the flat string map,
// the capped edit distance.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include "split/tokenizer.h"
#include "util/edit_distance.h"
#include "util/strings.h"
#include "util/word_table.h"

using namespace diplograph::internal;

TEST_CASE("LowerTokens: one lower-cased view per token, offsets kept", "[strings]") {
  std::string s = "President XI met Olaf Scholz's ÉLITE guard.";
  std::vector<Token> toks;
  Tokenize(s, &toks);
  LowerTokens low;
  low.Build(s, toks);
  REQUIRE(low.size() == toks.size());
  CHECK(low[0] == "president");
  CHECK(low[1] == "xi");
  CHECK(low[5] == "'s");
  CHECK(low[6] == "Élite");  // only ASCII letters change
  CHECK(low[toks.size()] == "");  // past the end
  low.Build("A b", {Token{0, 1, true}, Token{2, 3, true}});  // reused
  CHECK(low.size() == 2);
  CHECK(low[0] == "a");
}

TEST_CASE("StringMap: insert, find with a view, insertion order, growth", "[strings]") {
  StringMap<int> m;
  CHECK(m.find("x") == m.end());
  CHECK(m.count("x") == 0);
  for (int i = 0; i < 1000; ++i) m[std::to_string(i)] = i;  // many growths
  REQUIRE(m.size() == 1000);
  for (int i = 0; i < 1000; ++i) {
    std::string key = std::to_string(i);
    auto it = m.find(std::string_view(key));
    REQUIRE(it != m.end());
    CHECK(it->second == i);
  }
  CHECK(m.count("1000") == 0);
  CHECK(m.begin()->first == "0");  // insertion order
  CHECK((m.end() - 1)->first == "999");
  auto [it, inserted] = m.Insert("5", 42);
  CHECK_FALSE(inserted);
  CHECK(it->second == 5);
  m["5"] += 1;
  CHECK(m.find("5")->second == 6);
  // Keys that differ only past a shared prefix, and the empty key.
  m[""] = -1;
  CHECK(m.find("")->second == -1);
  CHECK(m.count("10") == 1);
  CHECK(m.count("10 ") == 0);
  m.clear();
  CHECK(m.empty());
  CHECK(m.find("5") == m.end());
}

TEST_CASE("WordTable: dense ids in order of addition, every length", "[strings]") {
  WordTable t;
  CHECK(t.empty());
  CHECK(t.Find("the") == WordTable::kNone);
  CHECK(t.Find("") == WordTable::kNone);
  // Words of 0-20 bytes, sharing first bytes, last bytes and lengths (the
  // slot holds only the first eight bytes of a long word).
  std::vector<std::string> words = {"", "a", ",", "\xC3", "ab", "ba", "abc", "acb", "abcd", "abce", "abcdefg", "abcdefh",
                                    "abcdefgh", "abcdefgi", "abcdefghi", "abcdefghj", "xbcdefghi",
                                    "abcdefghijklmnopqrst", "abcdefghijklmnopqrsu", "minister", "ministers"};
  for (int i = 0; i < 500; ++i) words.push_back("w" + std::to_string(i * 7919));  // growth
  for (std::size_t i = 0; i < words.size(); ++i) REQUIRE(t.Add(words[i]) == i);
  CHECK(t.size() == words.size());
  for (std::size_t i = 0; i < words.size(); ++i) {
    CHECK(t.Find(words[i]) == i);
    CHECK(t.Add(words[i]) == i);  // not added twice
    CHECK(t.word(static_cast<std::uint32_t>(i)) == words[i]);
  }
  CHECK(t.size() == words.size());
  for (std::string_view missing : {"b", "abd", "abcf", "abcdefgj", "abcdefghk", "abcdefghijklmnopqrsv", "Minister", "w1"})
    CHECK(t.Find(missing) == WordTable::kNone);
  // Found through a view into a longer buffer (reads stay inside the view).
  std::string buffer = "xx minister yy";
  CHECK(t.Find(std::string_view(buffer).substr(3, 8)) == t.Find("minister"));
  CHECK(t.reader().Find("abc") == 6);
  CHECK(t.Find(".") == WordTable::kNone);
}

TEST_CASE("StringSet", "[strings]") {
  StringSet s;
  CHECK(s.insert("the"));
  CHECK_FALSE(s.insert("the"));
  std::vector<std::string> more = {"a", "an", "the"};
  s.insert(more.begin(), more.end());
  CHECK(s.size() == 3);
  CHECK(s.count("an") == 1);
  CHECK(s.count("The") == 0);
}

TEST_CASE("StringMap keys that share 8-byte blocks and lengths", "[strings]") {
  // The hash folds eight bytes at a time: keys equal in their first blocks,
  // or only in length, must stay apart.
  StringMap<int> m;
  std::vector<std::string> keys = {"abcdefgh", "abcdefghi", "abcdefghj", "abcdefgh\0", "abcdefg", "hgfedcba",
                                   "abcdefghabcdefgh", "abcdefghabcdefgi", std::string(3, '\0'), std::string(4, '\0')};
  keys[3] = std::string("abcdefgh\0", 9);
  for (std::size_t i = 0; i < keys.size(); ++i) CHECK(m.Insert(keys[i], static_cast<int>(i)).second);
  CHECK(m.size() == keys.size());
  for (std::size_t i = 0; i < keys.size(); ++i) CHECK(m.find(keys[i])->second == static_cast<int>(i));
  CHECK(m.count("abcdefgh ") == 0);
  CHECK(m.count(std::string(2, '\0')) == 0);
}

TEST_CASE("StringMap turns away lengths no key has, long keys and cleared maps included", "[strings]") {
  // Lookups first ask whether any key has the word's length (one bit per
  // length, lengths from 63 on sharing the last): it must never turn away a key.
  StringMap<int> m;
  const std::string long_a(63, 'a'), long_b(200, 'b');
  m.Insert("", 0);
  m.Insert("met", 1);
  m.Insert(long_b, 2);
  CHECK(m.count("") == 1);
  CHECK(m.count("met") == 1);
  CHECK(m.find(long_b)->second == 2);
  CHECK(m.count("meet") == 0);              // a length no key has
  CHECK(m.count("mat") == 0);               // a length some key has
  CHECK(m.count(long_a) == 0);              // shares the last bit with long_b
  CHECK(m.count(std::string(64, 'b')) == 0);
  m.clear();
  CHECK(m.count("met") == 0);
  m.Insert("meet", 3);
  CHECK(m.count("met") == 0);
  CHECK(m.find("meet")->second == 3);
  const StringMap<int>& view = m;
  CHECK(view.find("meets") == view.end());
  CHECK(view.find("meet")->second == 3);
}

TEST_CASE("HoldsBytes finds a part anywhere in a text, as find does", "[strings]") {
  const std::string text = "an independence referendum";
  for (std::string_view part : {"eferend", "ndependence", "an", "dum", "", "eclaration", "Referend", "dumb"})
    CHECK(HoldsBytes(text, part) == (text.find(part) != std::string::npos));
  CHECK_FALSE(HoldsBytes("", "a"));
}

TEST_CASE("WordList keeps the file's order and answers membership", "[strings]") {
  WordList w({"of", "in", "at"});
  CHECK(w.size() == 3);
  CHECK(w.words().front() == "of");
  CHECK(*(w.end() - 1) == "at");
  CHECK(w.contains("in"));
  CHECK_FALSE(w.contains("In"));
  CHECK_FALSE(w.contains("on"));
  CHECK_FALSE(WordList().contains(""));
}

TEST_CASE("PhraseList knows which words can start and end a phrase", "[strings]") {
  PhraseList p({{"the", "two", "leaders"}, {"both", "sides"}});
  CHECK(p.size() == 2);
  CHECK(p.MayStartWith("the"));
  CHECK(p.MayStartWith("both"));
  CHECK_FALSE(p.MayStartWith("two"));
  CHECK(p.MayEndWith("leaders"));
  CHECK(p.MayEndWith("sides"));
  CHECK_FALSE(p.MayEndWith("the"));
  // An empty phrase matches at any start (the loops that ask treat it so) and
  // ends nowhere.
  PhraseList with_empty({{}, {"allies"}});
  CHECK(with_empty.MayStartWith("anything"));
  CHECK(with_empty.MayEndWith("allies"));
  CHECK_FALSE(with_empty.MayEndWith("anything"));
}

namespace {
// The whole table, no band, no early stop: the reference.
std::size_t PlainEditDistance(const std::string& a, const std::string& b) {
  std::vector<std::vector<std::size_t>> d(a.size() + 1, std::vector<std::size_t>(b.size() + 1));
  for (std::size_t i = 0; i <= a.size(); ++i) d[i][0] = i;
  for (std::size_t j = 0; j <= b.size(); ++j) d[0][j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i)
    for (std::size_t j = 1; j <= b.size(); ++j)
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
  return d[a.size()][b.size()];
}
}  // namespace

TEST_CASE("EditDistance is the Levenshtein distance, capped at limit + 1", "[strings]") {
  CHECK(EditDistance("lobez abrador", "lopez obrador", 2) == 2);
  CHECK(EditDistance("lobez abrador", "lopez obrador", 1) == 2);  // over the limit: limit + 1
  CHECK(EditDistance("", "abc", 3) == 3);
  CHECK(EditDistance("abc", "", 2) == 3);
  CHECK(EditDistance("kitten", "sitting", 5) == 3);
  CHECK(EditDistance("same", "same", 0) == 0);
  // Random strings over a small alphabet (many near misses), every limit,
  // both orders, lengths across the 128-byte stack buffer: the banded,
  // early-stopping version agrees with the whole table.
  std::uint32_t seed = 12345;
  auto next = [&] { return seed = seed * 1103515245u + 12345u, (seed >> 16) & 0x7fff; };
  for (int round = 0; round < 3000; ++round) {
    std::size_t la = next() % (round % 100 == 0 ? 200 : 14), lb = next() % (round % 100 == 0 ? 200 : 14);
    std::string a, b;
    for (std::size_t k = 0; k < la; ++k) a += static_cast<char>('a' + next() % 3);
    for (std::size_t k = 0; k < lb; ++k) b += static_cast<char>('a' + next() % 3);
    if (round % 2) b = a.substr(0, a.size() / 2) + b.substr(0, 2) + a.substr(a.size() / 2);  // near copies
    const std::size_t want = PlainEditDistance(a, b);
    for (std::size_t limit : {0u, 1u, 2u, 3u, 5u, 8u, 250u}) {
      INFO(a << " / " << b << " limit " << limit);
      REQUIRE(EditDistance(a, b, limit) == std::min(want, limit + 1));
      REQUIRE(EditDistance(b, a, limit) == std::min(want, limit + 1));
    }
  }
}
