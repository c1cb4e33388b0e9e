#include <catch2/catch.hpp>

#include <algorithm>
#include <set>

#include "diplograph/query.h"
#include "graph_corpus.h"

using namespace diplograph;
using diplograph::testing::CorpusGraph;

namespace {

const Lexicon& DefaultLexicon() {
  static const Lexicon lex = [] {
    Result<Lexicon> l = Lexicon::Default();
    REQUIRE(l.ok());
    return *l;
  }();
  return lex;
}

std::vector<std::string> Pairs(const QueryResult& r, const std::string& a, const std::string& b) {
  std::vector<std::string> out;
  for (const QueryRow& row : r.rows) out.push_back(row.bindings.at(a).id + ">" + row.bindings.at(b).id);
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

TEST_CASE("one actor by name, surname, Wikidata id or id", "[query]") {
  QueryEngine engine(CorpusGraph(), &DefaultLexicon());
  for (const char* name : {"Putin", "Vladimir Putin", "Q7747", "vladimir_putin", "vladimir putin", "PUTIN"}) {
    Result<std::vector<std::string>> ids = engine.ResolveActor(name);
    INFO(name << ": " << ids.status().ToString());
    REQUIRE(ids.ok());
    CHECK(*ids == std::vector<std::string>{"vladimir_putin"});
  }
  Result<std::vector<std::string>> none = engine.ResolveActor("Nobody Atall");
  REQUIRE_FALSE(none.ok());
  CHECK(none.status().code() == StatusCode::kNotFound);
  CHECK(none.status().message().find("Nobody Atall") != std::string::npos);
}

TEST_CASE("the same question by name and by Wikidata id gives the same rows", "[query]") {
  QueryEngine engine(CorpusGraph(), &DefaultLexicon());
  Query a, b;
  a.agents = {"Putin"};
  b.agents = {"Q7747"};
  Result<QueryResult> ra = engine.Run(a), rb = engine.Run(b);
  REQUIRE(ra.ok());
  REQUIRE(rb.ok());
  REQUIRE(ra->rows.size() >= 2);
  CHECK(ra->rows.size() == rb->rows.size());
  for (const QueryRow& row : ra->rows) {
    bool found = false;
    for (const PartyRef& p : row.agents) found |= p.id == "vladimir_putin";
    CHECK(found);
  }
}

TEST_CASE("who congratulated whom, with evidence", "[query]") {
  QueryEngine engine(CorpusGraph(), &DefaultLexicon());
  Query q;
  q.actions = {"congratulate"};
  q.factualities = {Factuality::kAsserted};
  Result<QueryResult> r = engine.Run(q);
  REQUIRE(r.ok());
  REQUIRE_FALSE(r->rows.empty());
  for (const QueryRow& row : r->rows) {
    CHECK(row.action == "congratulate");
    CHECK_FALSE(row.agents.empty());
    CHECK_FALSE(row.evidence.empty());
    CHECK_FALSE(row.evidence.front().sentence.empty());
  }
  Result<QueryResult> p = engine.RunPattern("(?a)-[congratulate]->(Biden)", q);
  REQUIRE(p.ok());
  std::vector<std::string> who = Pairs(*p, "a", "a");
  CHECK(std::find(who.begin(), who.end(), "vladimir_putin>vladimir_putin") != who.end());
  for (const QueryRow& row : p->rows) CHECK(row.recipients.front().id == "joe_biden");
}

TEST_CASE("undirected and reversed patterns, and dates by overlap", "[query]") {
  QueryEngine engine(CorpusGraph(), &DefaultLexicon());
  Query april;
  april.from = CivilDate{2024, 4, 1};
  april.to = CivilDate{2024, 4, 30};
  // (Asserted meetings: a planned one "next year" overlaps every month of it.)
  april.factualities = {Factuality::kAsserted};
  Result<QueryResult> r = engine.RunPattern("(Xi)-[meet]-(?x)", april);
  REQUIRE(r.ok());
  REQUIRE_FALSE(r->rows.empty());
  for (const QueryRow& row : r->rows) {
    CHECK(row.bindings.at("x").id != "xi_jinping");
    REQUIRE(row.date);
    CHECK(row.date->Overlaps(DateSpan::Month(2024, 4)));
  }
  CHECK(Pairs(*r, "x", "x") == std::vector<std::string>{"antony_blinken>antony_blinken", "olaf_scholz>olaf_scholz",
                                                         "prabowo_subianto>prabowo_subianto", "sergei_lavrov>sergei_lavrov"});
  // The same with the other side fixed and the arrow reversed.
  Result<QueryResult> r2 = engine.RunPattern("(?x)-[meet]->(Xi Jinping)", april);
  REQUIRE(r2.ok());
  CHECK(r2->rows.size() == r->rows.size());
  Result<QueryResult> r3 = engine.RunPattern("(Putin)<-[congratulate]-(?who)");
  REQUIRE(r3.ok());
  // The corpus grows (tests/fixtures/articles); Xi's congratulation must be among the answers.
  std::vector<std::string> who = Pairs(*r3, "who", "who");
  CHECK(std::find(who.begin(), who.end(), "xi_jinping>xi_jinping") != who.end());
  CHECK(std::find(who.begin(), who.end(), "vladimir_putin>vladimir_putin") == who.end());
  // A range that ends before it starts is an error, not an empty answer.
  Query bad;
  bad.from = CivilDate{2024, 5, 1};
  bad.to = CivilDate{2024, 4, 1};
  CHECK_FALSE(engine.Run(bad).ok());
}

TEST_CASE("any action from one actor", "[query]") {
  QueryEngine engine(CorpusGraph(), &DefaultLexicon());
  Result<QueryResult> r = engine.RunPattern("(Putin)-[*]->(?x)");
  REQUIRE(r.ok());
  std::set<std::string> actions;
  for (const QueryRow& row : r->rows) actions.insert(row.action);
  CHECK(actions.count("congratulate"));
  CHECK(actions.count("withhold_recognition"));
  CHECK(actions.count("meet"));
}

TEST_CASE("filters combine: action, recipient, document, factuality", "[query]") {
  QueryEngine engine(CorpusGraph(), &DefaultLexicon());
  Query q;
  q.actions = {"withhold_recognition"};
  q.recipients = {"Joe Biden"};
  Result<QueryResult> r = engine.Run(q);
  REQUIRE(r.ok());
  std::set<std::string> who;
  for (const QueryRow& row : r->rows)
    for (const PartyRef& a : row.agents) who.insert(a.id);
  CHECK(who.count("vladimir_putin"));
  CHECK(who.count("andres_manuel_lopez_obrador"));
  Query doc;
  doc.document = "g06";
  Result<QueryResult> d = engine.Run(doc);
  REQUIRE(d.ok());
  REQUIRE(d->rows.size() == 1);
  CHECK(d->rows[0].action == "meet");
}

TEST_CASE("malformed patterns point at the column", "[query]") {
  struct Case {
    const char* pattern;
    std::uint64_t column;
  };
  for (Case c : {Case{"(?a)-[congratulate->(Biden)", 19}, Case{"?a)-[meet]-(b)", 1}, Case{"(a)-[]->(b)", 6},
                 Case{"(a)<-[meet]->(b)", 4}, Case{"(a)-[meet]->(b) extra", 17}, Case{"(?)-[meet]-(b)", 3},
                 Case{"(a)-[meet]-(b", 14}}) {
    Result<Pattern> p = ParsePattern(c.pattern);
    INFO(c.pattern);
    REQUIRE_FALSE(p.ok());
    CHECK(p.status().code() == StatusCode::kInvalidArgument);
    CHECK(p.status().where().column == c.column);
  }
  Result<Pattern> ok = ParsePattern(" ( ?a ) -[ congratulate | praise ]-> ( \"Joe Biden\" ) ");
  REQUIRE(ok.ok());
  CHECK(ok->left.variable == "a");
  CHECK(ok->right.actor == "Joe Biden");
  CHECK(ok->actions == std::vector<std::string>{"congratulate", "praise"});
  CHECK(ok->direction == Pattern::Direction::kRight);
}
