// diplograph/query.h: asking a Graph questions.
//
// What for: "who congratulated Biden?", "who met Xi in April 2024?", "whom did
// Putin withhold recognition from?" A Query is plain data (every field is a
// filter; empty fields match anything); a QueryEngine runs it over indexes it
// builds once per graph (actor names, aliases and Wikidata ids; actions;
// dates; documents). Names are resolved through the graph's own actors and,
// if given, a Lexicon, so "Putin", "Vladimir Putin", "Q7747" and
// "vladimir_putin" are one actor.
//
// Analysts can also write a pattern (ParsePattern):
//   (?a)-[congratulate]->(Biden)     who congratulated Biden; ?a is bound
//   (Xi)-[meet]-(?x)                 undirected: any role on either side
//   (Putin)-[*]->(?x)                any action where Putin acts on ?x
//   (?a)-[congratulate|praise]->(?b) several actions
// "->" puts the left node among the agents and the right one among the
// recipients; for symmetric actions (meet, phone call, agreement), which have
// participants only, both sides are participants. "<-" reverses, "-" accepts
// either direction. A node is a variable (?name), an actor (a name, alias,
// Wikidata id or lexicon id) or empty "()" for anyone.
//
//   diplograph::QueryEngine engine(graph, &lexicon);  // graph (and lexicon) must outlive it
//   diplograph::Query q;
//   q.actions = {"congratulate"};
//   q.recipients = {"Biden"};
//   diplograph::Result<diplograph::QueryResult> r = engine.Run(q);
//   for (const diplograph::QueryRow& row : r->rows) ... row.agents[0].name ... row.evidence[0].sentence
//   auto p = engine.RunPattern("(?a)-[congratulate]->(Biden)");
//   // p->rows[i].bindings.at("a").name
//
// Errors are values: an unknown actor name is a kNotFound Status naming it; a
// malformed pattern is a kInvalidArgument Status whose column points at the
// fault. Dates filter by overlap: an event whose [earliest, latest] meets
// [from, to] matches; undated events match no date filter.
//
// Thread safety: a QueryEngine is immutable once built; Run may be called
// from many threads. Do not change the graph while an engine on it lives.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "diplograph/date.h"
#include "diplograph/graph.h"
#include "diplograph/lexicon.h"
#include "diplograph/status.h"

namespace diplograph {

struct Query {
  std::vector<std::string> agents;      // any of these acts (schema:agent)
  std::vector<std::string> recipients;  // any of these is acted on (schema:recipient)
  std::vector<std::string> parties;     // any of these takes part in any role
  std::vector<std::string> actions;     // snake_case action ids; empty: any action
  std::optional<CivilDate> from, to;    // the event's date overlaps [from, to] (either may be open)
  std::string document;                 // reported by this document id
  std::vector<Factuality> factualities; // empty: any
};

// An actor as it appears in a result.
struct PartyRef {
  std::string id;
  std::string name;
  std::string qid;
  friend bool operator==(const PartyRef&, const PartyRef&) = default;
};

struct QueryRow {
  std::string event_id;
  std::string action;
  std::vector<PartyRef> agents, recipients, participants;
  std::optional<DateSpan> date;
  Factuality factuality = Factuality::kAsserted;
  std::vector<Mention> evidence;            // every sentence that reports the event
  std::map<std::string, PartyRef> bindings; // pattern variables (without '?') -> actor
};

struct QueryResult {
  std::vector<std::string> variables;  // a pattern's variables, in order of appearance
  std::vector<QueryRow> rows;          // in the graph's canonical event order
};

// One node of a pattern: "(?a)", "(Putin)" or "()".
struct PatternNode {
  std::string variable;  // without '?'; empty if not a variable
  std::string actor;     // a name or id; empty if a variable or anyone
};

struct Pattern {
  enum class Direction { kRight, kLeft, kEither };  // "->", "<-", "-"
  PatternNode left, right;
  std::vector<std::string> actions;  // empty: "[*]"
  Direction direction = Direction::kRight;
};

// Parses "(A)-[action]->(B)". Errors: kInvalidArgument, column = the 1-based
// code-point column of the fault within `text`.
Result<Pattern> ParsePattern(std::string_view text);

class QueryEngine {
 public:
  explicit QueryEngine(const Graph& graph, const Lexicon* lexicon = nullptr);
  QueryEngine(QueryEngine&&) noexcept;
  QueryEngine& operator=(QueryEngine&&) noexcept;
  ~QueryEngine();

  // The graph's actor ids a name, alias, Wikidata id or id stands for
  // (several only when a bare surname fits several actors). kNotFound if none.
  Result<std::vector<std::string>> ResolveActor(std::string_view name) const;

  Result<QueryResult> Run(const Query& query) const;
  // The pattern's constraints and `extra` (dates, factuality, document, ...)
  // together; one row per event and binding of the variables.
  Result<QueryResult> Run(const Pattern& pattern, const Query& extra = {}) const;
  Result<QueryResult> RunPattern(std::string_view pattern, const Query& extra = {}) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace diplograph
