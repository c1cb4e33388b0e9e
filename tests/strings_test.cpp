// The hot-path string helpers: lower-cased token views and the flat string map.
#include <catch2/catch.hpp>

#include <string>

#include "split/tokenizer.h"
#include "util/strings.h"

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
