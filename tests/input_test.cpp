#include <catch2/catch.hpp>

#include <sstream>

#include "diplograph/input.h"
#include "input/jsonl_line.h"

using namespace diplograph;

TEST_CASE("a JSONL line becomes a document, unknown keys are ignored", "[input]") {
  auto d = ParseJsonlLine(R"({"id": "x", "text": "T", "published": "2020-11-10", "source": "s", "extra": [1]})", "f", 1);
  REQUIRE(d.ok());
  CHECK(d->id == "x");
  CHECK(d->published == CivilDate{2020, 11, 10});
  CHECK(d->source == "s");
  auto ts = ParseJsonlLine(R"({"id": "y", "text": "T", "published": "2020-11-10T08:00:00Z"})", "f", 1);
  REQUIRE(ts.ok());
  CHECK(ts->published == CivilDate{2020, 11, 10});
}

TEST_CASE("bad JSONL lines say file, line, column and what was expected", "[input]") {
  auto missing = ParseJsonlLine(R"({"id": "x"})", "corpus.jsonl", 7);
  REQUIRE_FALSE(missing.ok());
  CHECK(missing.status().ToString() == "corpus.jsonl:7:1: missing \"text\" (a string)");
  auto type = ParseJsonlLine(R"({"id": "x", "text": 5})", "corpus.jsonl", 2);
  REQUIRE_FALSE(type.ok());
  CHECK(type.status().where().column == 13);
  CHECK(type.status().message().find("\"text\" must be a string") != std::string::npos);
  auto date = ParseJsonlLine(R"({"id": "x", "text": "t", "published": "10/11/2020"})", "c", 3);
  REQUIRE_FALSE(date.ok());
  CHECK(date.status().message().find("YYYY-MM-DD") != std::string::npos);
  auto trunc = ParseJsonlLine(R"({"id": "x", "text": "t)", "c", 4);
  REQUIRE_FALSE(trunc.ok());
  CHECK(trunc.status().where().line == 4);
}

TEST_CASE("a bad line is reported and skipped, the rest is read, the counts reconcile", "[input]") {
  std::istringstream in(
      "\xEF\xBB\xBF{\"id\": \"a\", \"text\": \"one\"}\r\n"
      "not json\n"
      "\n"
      "{\"id\": \"a\", \"text\": \"dup\"}\n"
      "{\"id\": \"b\", \"text\": \"bad \xC3\x28 utf8\"}\n"
      "{\"id\": \"c\", \"text\": \"trunc");
  std::vector<std::string> ids, problems;
  ReadStats st;
  Status s = ReadJsonl(
      in, "c.jsonl", [&](Document d) { ids.push_back(d.id); },
      [&](const Status& p) { problems.push_back(p.ToString()); }, &st);
  REQUIRE(s.ok());
  CHECK(ids == std::vector<std::string>{"a", "b"});
  CHECK(st.lines == 5);
  CHECK(st.read == 2);
  CHECK(st.rejected == 3);
  CHECK(st.repaired == 1);
  CHECK(st.lines == st.read + st.rejected);
  REQUIRE(problems.size() == 4);
  CHECK(problems[0].rfind("c.jsonl:2:", 0) == 0);
  CHECK(problems[1].find("duplicate id") != std::string::npos);
  CHECK(problems[2].find("warning") != std::string::npos);
  CHECK(problems[3].rfind("c.jsonl:6:", 0) == 0);
}

TEST_CASE("a missing text file is a NotFound error naming the path", "[input]") {
  auto d = ReadTextFile("/nonexistent/article.txt", std::nullopt);
  REQUIRE_FALSE(d.ok());
  CHECK(d.status().code() == StatusCode::kNotFound);
  CHECK(d.status().ToString().find("/nonexistent/article.txt") != std::string::npos);
}

namespace {

// One line through ParseJsonlLine (fast reader first) and through the
// reference reader (nlohmann::json): the same document or the same error.
std::string Describe(const Result<Document>& r) {
  if (!r.ok()) return "error " + r.status().ToString();
  std::string pub = r->published ? std::to_string(r->published->year) + "-" + std::to_string(r->published->month) + "-" +
                                       std::to_string(r->published->day)
                                 : "none";
  return "id[" + r->id + "] text[" + r->text + "] title[" + r->title + "] url[" + r->url + "] source[" + r->source +
         "] published[" + pub + "]";
}

void CheckAgrees(const std::string& line) {
  INFO("line: " << line);
  CHECK(Describe(ParseJsonlLine(line, "f.jsonl", 3)) ==
        Describe(internal::ParseJsonlLineReference(line, "f.jsonl", 3)));
  // Whatever the fast reader alone accepts, the reference reads the same way.
  if (auto fast = internal::ParseJsonlLineFast(line, "f.jsonl", 3))
    CHECK(Describe(*fast) == Describe(internal::ParseJsonlLineReference(line, "f.jsonl", 3)));
}

// Every line agrees, and the fast reader takes each one (or leaves each one).
template <std::size_t N>
void CheckAllAgree(const std::string (&lines)[N], bool fast_reader_takes_them) {
  for (const std::string& line : lines) {
    INFO("line: " << line);
    CHECK(internal::ParseJsonlLineFast(line, "f.jsonl", 3).has_value() == fast_reader_takes_them);
    CheckAgrees(line);
  }
}

}  // namespace

TEST_CASE("the fast JSONL reader takes plain lines, escapes and unicode escapes included", "[input]") {
  const std::string plain[] = {
      R"({"id": "a", "text": "one\ntwo \"q\" back\\slash \/ \b\f\r\t end"})",
      R"({"text":"T","id":"b","published":"2021-03-04","title":"Ti","url":"u","source":"s"})",
      R"(  { "id" : "c" , "text" : "caf\u00e9 \u00C9 \u4e2d \ud83d\ude00 \u0041" }  )",
      "{\"id\": \"d\", \"text\": \"utf8 caf\xC3\xA9 \xE4\xB8\xAD \xF0\x9F\x98\x80\"}\r",
      R"({"id": "e", "text": "t", "title": null, "url": null, "extra": 12, "n": -0.5, "b": true, "f": false, "z": null})",
      R"({"id": "f", "text": "t", "other": "x\u00e9\"y", "id2": "ignored"})",
      R"({"\u0069d": "g", "text": "t"})",
      R"({"id": "h"})",
      R"({"id": "", "text": "t"})",
      R"({"id": "i", "text": "t", "published": "10/11/2020"})",
      R"({"id": "j", "text": "t", "published": "2020-11-10T08:00:00Z"})",
      R"({})",
      R"({"id": "k", "text": "nul \u0000 inside"})",
  };
  CheckAllAgree(plain, true);
  auto d = ParseJsonlLine(plain[0], "f", 1);
  REQUIRE(d.ok());
  CHECK(d->text == "one\ntwo \"q\" back\\slash / \b\f\r\t end");
  auto u = ParseJsonlLine(plain[2], "f", 1);
  REQUIRE(u.ok());
  CHECK(u->text == "caf\xC3\xA9 \xC3\x89 \xE4\xB8\xAD \xF0\x9F\x98\x80 A");
  auto n = ParseJsonlLine(plain[12], "f", 1);
  REQUIRE(n.ok());
  CHECK(n->text == std::string("nul \0 inside", 12));
  auto order = ParseJsonlLine(plain[1], "f", 1);
  REQUIRE(order.ok());
  CHECK(order->published == CivilDate{2021, 3, 4});
  CHECK(order->title == "Ti");
  auto missing = ParseJsonlLine(plain[7], "corpus.jsonl", 7);
  REQUIRE_FALSE(missing.ok());
  CHECK(missing.status().ToString() == "corpus.jsonl:7:1: missing \"text\" (a string)");
}

TEST_CASE("unusual JSONL lines go to the reference reader and keep its errors", "[input]") {
  const std::string unusual[] = {
      R"({"id": "a", "text": "t", "id": "b"})",           // a repeated key: the last one wins
      R"({"id": "a", "text": "t", "text": null})",
      R"({"id": 5, "text": "t"})",                        // wrong types
      R"({"id": "a", "text": ["t"]})",
      R"({"id": "a", "text": "t", "title": false})",
      R"({"id": "a", "text": "t", "published": 20201110})",
      R"({"id": "a", "text": "t", "extra": {"x": 1}})",   // nested values
      R"({"id": "a", "text": "t", "extra": [1, 2]})",
      R"({"id": "a", "text": "t", "n": 1e999})",          // numbers nlohmann may refuse
      R"({"id": "a", "text": "t", "n": 1.5E3})",
      R"({"id": "a", "text": "t", "n": 01})",
      R"({"id": "a", "text": "t", "n": 1.})",
      R"({"id": "a", "text": "t", "n": -})",
      R"({"id": "a", "text": "bad \x escape"})",          // bad strings
      R"({"id": "a", "text": "lone \ud800 high"})",
      R"({"id": "a", "text": "lone \udc00 low"})",
      R"({"id": "a", "text": "high then \ud800\u0041"})",
      R"({"id": "a", "text": "short \u12"})",
      R"({"id": "a", "text": "hex \u00g0"})",
      "{\"id\": \"a\", \"text\": \"tab\tinside\"}",
      "{\"id\": \"a\", \"text\": \"bad \xC3\x28 utf8\"}",
      "{\"id\": \"a\", \"text\": \"surrogate \xED\xA0\x80 bytes\"}",
      "{\"id\": \"a\", \"text\": \"overlong \xC0\xAF\"}",
      "{\"id\": \"a\", \"text\": \"cut \xE4\xB8",
      R"({"id": "a", "text": "t"} x)",                    // trailing garbage, bad syntax
      R"({"id": "a", "text": "t"}})",
      R"({"id": "a", "text": "t",})",
      R"({"id": "a" "text": "t"})",
      R"({"id": "a", "text": "t")",
      R"({"id": "a", "text" "t"})",
      R"({"id": "a", "text": nul})",
      R"({"id": "a", "text": "t", "b": truex})",
      R"(["id", "a"])",
      R"("just a string")",
      "\xEF\xBB\xBF{\"id\": \"a\", \"text\": \"t\"}",    // a BOM (nlohmann skips it)
      "",
      "   ",
      "{\"id\": \"a\", \"text\": \"t\"}\n{\"id\": \"b\"}",
  };
  CheckAllAgree(unusual, false);
  // The errors are nlohmann's, with the line's own line and column.
  auto dup = ParseJsonlLine(unusual[0], "f", 1);
  REQUIRE(dup.ok());
  CHECK(dup->id == "b");
  auto type = ParseJsonlLine(unusual[2], "corpus.jsonl", 9);
  REQUIRE_FALSE(type.ok());
  CHECK(type.status().ToString() == "corpus.jsonl:9:2: \"id\" must be a string, not number");
  auto trailing = ParseJsonlLine(unusual[24], "corpus.jsonl", 4);
  REQUIRE_FALSE(trailing.ok());
  CHECK(trailing.status().where().line == 4);
  CHECK(trailing.status().where().column == 26);
  CHECK(trailing.status().message().find("invalid JSON") == 0);
}

TEST_CASE("the fast JSONL reader and the reference agree on mutated lines", "[input]") {
  const std::string seeds[] = {
      R"({"id": "gen-1", "published": "2023-06-08", "source": "s", "text": "Head\n\nA \"quote\" caf\u00e9 \ud83d\ude00.", "title": "T", "url": "http://x/y"})",
      "{\"text\": \"caf\xC3\xA9 \\\\ \\/ end\", \"id\": \"x\", \"n\": -12.5, \"b\": true, \"z\": null}",
      R"({"id":"a","text":"t","published":null,"title":null})",
  };
  const std::string alphabet[] = {"\"", "\\", "{", "}", "[", "]", ",", ":", " ", "0", "1", "-", ".", "e",
                                  "n", "u", "l", "t", "id", "text", "\\u", "d8", "dc", "00", "\\n", "\t",
                                  "\r", std::string(1, '\0'), "\x1F", "\xC3", "\xA9", "\xED", "\xA0", "\xFF",
                                  "\xF0\x9F", "published", "2020-01-02"};
  std::uint64_t state = 12345;
  auto next = [&](std::uint64_t n) {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return (state >> 33) % n;
  };
  std::size_t fast = 0, total = 0;
  for (const std::string& seed : seeds) {
    for (int round = 0; round < 1500; ++round) {
      std::string line = seed;
      int edits = 1 + static_cast<int>(next(3));
      for (int e = 0; e < edits; ++e) {
        std::size_t at = next(line.size() + 1);
        const std::string& piece = alphabet[next(std::size(alphabet))];
        switch (next(3)) {
          case 0: line.insert(at, piece); break;
          case 1: line.erase(at, 1 + next(3)); break;
          default: line.replace(at, 1, piece); break;
        }
      }
      ++total;
      fast += internal::ParseJsonlLineFast(line, "f.jsonl", 3).has_value();
      CheckAgrees(line);
    }
  }
  // Both readers were exercised.
  CHECK(fast > total / 10);
  CHECK(fast < total);
}

TEST_CASE("ReadJsonl gives the same documents and problems with CRLF, BOM and repaired lines", "[input]") {
  std::istringstream in(
      "\xEF\xBB\xBF{\"id\": \"a\", \"text\": \"one\\ntwo\"}\r\n"
      "{\"text\": \"caf\\u00e9\", \"id\": \"b\", \"published\": \"2020-01-02\"}\r\n"
      "{\"id\": \"c\", \"text\": \"bad \xC3\x28 utf8\"}\n"
      "{\"id\": \"d\", \"text\": 1}\n");
  std::vector<Document> docs;
  std::vector<std::string> problems;
  ReadStats st;
  REQUIRE(ReadJsonl(in, "c.jsonl", [&](Document d) { docs.push_back(std::move(d)); },
                    [&](const Status& p) { problems.push_back(p.ToString()); }, &st)
              .ok());
  REQUIRE(docs.size() == 3);
  CHECK(docs[0].text == "one\ntwo");
  CHECK(docs[1].text == "caf\xC3\xA9");
  CHECK(docs[1].published == CivilDate{2020, 1, 2});
  CHECK(docs[2].text == "bad \xEF\xBF\xBD( utf8");
  REQUIRE(problems.size() == 2);
  CHECK(problems[0] == "c.jsonl:3:26: warning: 1 invalid UTF-8 sequence(s) replaced with U+FFFD");
  CHECK(problems[1] == "c.jsonl:4:13: \"text\" must be a string, not number");
}
