#include <catch2/catch.hpp>

#include "diplograph/lexicon.h"
#include "test_support.h"
#include "util/json_util.h"

using namespace diplograph;

TEST_CASE("Wikidata SPARQL results become a loadable lexicon with dated roles", "[lexicon][wikidata]") {
  auto text = internal::ReadFile(testing::SourcePath("tests/fixtures/wikidata/results.json"));
  REQUIRE(text.ok());
  Result<std::string> lex_json = LexiconFromWikidataResults(*text, "results.json");
  REQUIRE(lex_json.ok());
  Result<Lexicon> lex = Lexicon::FromJson(*lex_json, "imported.json");
  REQUIRE(lex.ok());
  const LexiconEntry* biden = lex->Find("joe_biden");
  REQUIRE(biden);
  CHECK(biden->qid == "Q6279");
  CHECK(biden->gender == "male");
  REQUIRE(biden->roles.size() == 2);
  CHECK(biden->roles[0].role == "vice_president");  // sorted by start date
  CHECK(lex->HolderOf("president", "USA", CivilDate{2022, 1, 1}) == biden);
  CHECK(lex->HolderOf("president", "RUS", CivilDate{2022, 1, 1})->qid == "Q7747");
}

TEST_CASE("results that are not SPARQL JSON, or rows missing a variable, are errors", "[lexicon][wikidata]") {
  CHECK_FALSE(LexiconFromWikidataResults("{\"rows\": []}", "x.json").ok());
  auto r = LexiconFromWikidataResults(
      R"({"results": {"bindings": [{"person": {"value": "http://www.wikidata.org/entity/Q1"}, "personLabel": {"value": "A B"}}]}})",
      "x.json");
  REQUIRE_FALSE(r.ok());
  CHECK(r.status().message().find("row 1: ?role is missing") != std::string::npos);
}
