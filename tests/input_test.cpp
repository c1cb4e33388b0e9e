#include <catch2/catch.hpp>

#include <sstream>

#include "diplograph/input.h"

using namespace diplograph;

TEST_CASE("a JSONL line becomes a document; unknown keys are ignored", "[input]") {
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
