#include <catch2/catch.hpp>

#include "diplograph/lexicon.h"
#include "test_support.h"

using namespace diplograph;

TEST_CASE("the default lexicon loads", "[lexicon]") {
  Result<Lexicon> lex = Lexicon::Default();
  REQUIRE(lex.ok());
  CHECK_FALSE(lex->entries().empty());
}

TEST_CASE("roles resolve titles by date", "[lexicon]") {
  const Lexicon& lex = testing::MiniLexicon();
  const LexiconEntry* e = lex.HolderOf("president_elect", "USA", CivilDate{2020, 11, 10});
  REQUIRE(e);
  CHECK(e->name == "Joe Biden");
  CHECK(lex.HolderOf("president_elect", "USA", CivilDate{2020, 11, 1}) == nullptr);
  REQUIRE(lex.HolderOf("president", "USA", CivilDate{2018, 6, 1}));
  CHECK(lex.HolderOf("president", "USA", CivilDate{2018, 6, 1})->id == "donald_trump");
  CHECK(lex.HolderOf("president", "USA", CivilDate{2022, 6, 1})->id == "joe_biden");
  CHECK(lex.HolderOf("prime_minister", "RUS", CivilDate{2010, 1, 1})->id == "vladimir_putin");
}

TEST_CASE("Resolve finds an entry by id, Wikidata id, name, alias or unique short name", "[lexicon]") {
  const Lexicon& lex = testing::MiniLexicon();
  for (const char* n : {"vladimir_putin", "Q7747", "Vladimir Putin", "vladimir putin", "Putin"})
    CHECK(lex.Resolve(n) == lex.Find("vladimir_putin"));
  CHECK(lex.Resolve("Lopez Obrador") == lex.Find("andres_manuel_lopez_obrador"));
  CHECK(lex.Resolve("Wang") == nullptr);  // shared by two people
  CHECK(lex.Resolve("Moscow") == lex.Find("RUS"));
}

TEST_CASE("CountryOf gives the state an actor stands for", "[lexicon]") {
  const Lexicon& lex = testing::MiniLexicon();
  CHECK(lex.CountryOf(*lex.Find("kremlin"), std::nullopt) == "RUS");
  CHECK(lex.CountryOf(*lex.Find("sergei_lavrov"), CivilDate{2024, 4, 9}) == "RUS");
  CHECK(lex.CountryOf(*lex.Find("CHN"), std::nullopt) == "CHN");
}

TEST_CASE("BodyOf gives the international body a person serves on the day\\, up to the body it is part of", "[lexicon]") {
  Lexicon lex;
  REQUIRE(lex.AddJson(R"({"organizations": [
    {"id": "eu", "name": "European Union", "kind": "international"},
    {"id": "european_commission", "name": "European Commission", "kind": "international", "part_of": "eu"}],
   "people": [
    {"id": "vdl", "name": "Ursula von der Leyen", "roles": [
      {"role": "defense_minister", "country": "DEU", "from": "2013-12-17", "to": "2019-07-17"},
      {"role": "organization_head", "org": "european_commission", "from": "2019-12-01"}]},
    {"id": "borrell", "name": "Josep Borrell", "roles": [{"role": "foreign_minister", "org": "eu", "from": "2019-12-01", "to": "2024-11-30"}]}]})",
                      "bodies.json")
              .ok());
  CHECK(lex.BodyOf(*lex.Find("vdl"), CivilDate{2021, 4, 12}) == "eu");
  CHECK(lex.BodyOf(*lex.Find("borrell"), CivilDate{2021, 4, 12}) == "eu");
  // Hard negatives: a state's office is no body; nor is a body served on another day, or no day.
  CHECK(lex.BodyOf(*lex.Find("vdl"), CivilDate{2018, 1, 1}).empty());
  CHECK(lex.BodyOf(*lex.Find("borrell"), CivilDate{2025, 1, 1}).empty());
  CHECK(lex.BodyOf(*lex.Find("vdl"), std::nullopt).empty());
  // An unknown key is an error, as for every other field.
  CHECK_FALSE(lex.AddJson(R"({"organizations": [{"id": "x", "name": "X", "kind": "international", "inside": "eu"}]})", "bad.json").ok());
}

TEST_CASE("lexicon errors name the file, line and column", "[lexicon]") {
  Lexicon lex;
  Status s = lex.AddJson("{\"people\": [\n {\"id\": \"a\", \"name\": \"A\"},\n {\"id\": \"a\", \"name\": \"B\"}\n]}", "dup.json");
  REQUIRE_FALSE(s.ok());
  CHECK(s.message().find("duplicate id 'a'") != std::string::npos);
  CHECK(s.where().file == "dup.json");
  CHECK(s.where().line == 3);  // the duplicate, not the first definition
  Status r = lex.AddJson(
      "{\"people\": [{\"id\": \"b\", \"name\": \"B\", \"roles\": [{\"role\": \"president\", \"country\": \"X\", "
      "\"from\": \"2020-01-01\", \"to\": \"2019-01-01\"}]}]}",
      "reversed.json");
  REQUIRE_FALSE(r.ok());
  CHECK(r.message().find("ends") != std::string::npos);
  Status t = lex.AddJson("{\"peeple\": []}", "typo.json");
  REQUIRE_FALSE(t.ok());
  CHECK(t.message().find("unknown top-level key 'peeple'") != std::string::npos);
  Status u = lex.AddJson("{\"people\": [", "trunc.json");
  REQUIRE_FALSE(u.ok());
  CHECK(u.where().line == 1);
  CHECK(u.where().column > 1);
  CHECK(lex.entries().empty());  // nothing half-added
}

TEST_CASE("lexicon warnings report overlapping terms and shared short names", "[lexicon]") {
  Lexicon lex;
  REQUIRE(lex.AddJson("{\"people\": [{\"id\": \"p\", \"name\": \"P Q\", \"roles\": ["
                      "{\"role\": \"president\", \"country\": \"X\", \"from\": \"2010-01-01\", \"to\": \"2015-01-01\"},"
                      "{\"role\": \"president\", \"country\": \"X\", \"from\": \"2014-01-01\"}]}]}",
                      "o.json")
              .ok());
  bool overlap = false;
  for (const auto& w : lex.Warnings()) overlap = overlap || w.find("overlapping") != std::string::npos;
  CHECK(overlap);
  bool shared = false;
  for (const auto& w : testing::MiniLexicon().Warnings()) shared = shared || w.find("'Wang'") != std::string::npos;
  CHECK(shared);
}

TEST_CASE("HolderOf: by country or organisation, none when two hold the office", "[lexicon]") {
  Lexicon lex;
  REQUIRE(lex.AddJson(R"({"people": [
    {"id": "a", "name": "Anna A", "roles": [{"role": "president", "country": "XX", "from": "2010-01-01", "to": "2014-12-31"},
                                            {"role": "foreign_minister", "org": "un", "from": "2015-01-01"}]},
    {"id": "b", "name": "Bert B", "roles": [{"role": "president", "country": "XX", "from": "2015-01-01"}]},
    {"id": "c", "name": "Cleo C", "roles": [{"role": "president", "country": "XX", "from": "2016-01-01", "to": "2016-12-31"}]}
  ]})",
                      "holders.json")
              .ok());
  CHECK(lex.HolderOf("president", "XX", CivilDate{2012, 5, 1})->id == "a");
  CHECK(lex.HolderOf("president", "XX", CivilDate{2015, 5, 1})->id == "b");
  CHECK(lex.HolderOf("president", "XX", CivilDate{2016, 5, 1}) == nullptr);  // b and c: ambiguous
  CHECK(lex.HolderOf("foreign_minister", "un", CivilDate{2020, 1, 1})->id == "a");
  CHECK(lex.HolderOf("president", "YY", CivilDate{2012, 5, 1}) == nullptr);
  CHECK(lex.HolderOf("prime_minister", "XX", CivilDate{2012, 5, 1}) == nullptr);
  // Entries added later are found too (the index is rebuilt).
  REQUIRE(lex.AddJson(R"({"people": [{"id": "d", "name": "Dora D", "roles": [{"role": "prime_minister", "country": "XX", "from": "2011-01-01"}]}]})",
                      "more.json")
              .ok());
  CHECK(lex.HolderOf("prime_minister", "XX", CivilDate{2012, 5, 1})->id == "d");
}

TEST_CASE("AddJson of several sources equals adding them one by one, and adds all or nothing", "[lexicon]") {
  const std::string roles = "{\"roles\": [{\"id\": \"president\", \"kind\": \"head_of_state\", \"titles\": [\"President\"]}]}";
  const std::string countries = "{\"countries\": [{\"id\": \"X\", \"name\": \"Xland\"}]}";
  const std::string people =
      "{\"people\": [{\"id\": \"p\", \"name\": \"Pat Q\", \"short\": [\"Q\"], \"roles\": [{\"role\": \"president\", "
      "\"country\": \"X\", \"from\": \"2020-01-01\"}]}]}";
  Lexicon one_by_one;
  REQUIRE(one_by_one.AddJson(roles, "roles.json").ok());
  REQUIRE(one_by_one.AddJson(countries, "countries.json").ok());
  REQUIRE(one_by_one.AddJson(people, "people.json").ok());
  Lexicon together;
  REQUIRE(together.AddJson({{roles, "roles.json"}, {countries, "countries.json"}, {people, "people.json"}}).ok());
  REQUIRE(together.entries().size() == one_by_one.entries().size());
  for (std::size_t i = 0; i < together.entries().size(); ++i) {
    CHECK(together.entries()[i].id == one_by_one.entries()[i].id);
    CHECK(together.entries()[i].origin == one_by_one.entries()[i].origin);
  }
  CHECK(together.Warnings() == one_by_one.Warnings());
  REQUIRE(together.HolderOf("president", "X", CivilDate{2021, 1, 1}));
  CHECK(together.HolderOf("president", "X", CivilDate{2021, 1, 1})->id == "p");
  CHECK(together.Resolve("Pat Q") == together.Find("p"));

  // A duplicate across sources is found, named in the later source, and
  // nothing of the batch is added.
  Lexicon base;
  REQUIRE(base.AddJson(countries, "countries.json").ok());
  Status s = base.AddJson({{people, "people.json"}, {"{\"countries\": [{\"id\": \"X\", \"name\": \"X2\"}]}", "again.json"}});
  REQUIRE_FALSE(s.ok());
  CHECK(s.where().file == "again.json");
  CHECK(s.message().find("duplicate id 'X'") != std::string::npos);
  CHECK(base.entries().size() == 1);
  CHECK(base.Find("p") == nullptr);
  // A source that does not parse stops the batch too.
  Status t = base.AddJson({{people, "people.json"}, {"{\"people\": [", "trunc.json"}});
  REQUIRE_FALSE(t.ok());
  CHECK(t.where().file == "trunc.json");
  CHECK(base.Find("p") == nullptr);
  CHECK(base.AddJson(std::vector<Lexicon::Source>{}).ok());
}
