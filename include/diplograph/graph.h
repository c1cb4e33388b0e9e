// diplograph/graph.h: the knowledge graph of diplomatic events.
//
// Actors, events, documents and mentions (evidence) in one typed graph (a
// Boost.Graph adjacency list behind this class). Each event keeps every
// sentence that reports it: the same real event told twice, in one article or
// in two, is one event with several mentions.
//
//   diplograph::Graph g = ...;                       // from Extractor::Extract or Graph::Load
//   for (const diplograph::Event& e : g.events())
//     if (e.action == "congratulate") ...
//   std::vector<const diplograph::Event*> es = g.EventsOf("vladimir_putin");
//
// Events are kept in a canonical order and carry stable ids (UUIDv5 of the
// action, the parties, the factuality and the date), so the same input gives
// the same graph whatever the order of documents, and Merge(A, B) equals
// extracting A and B together.
//
// Thread safety: const methods are safe to call concurrently; mutation needs
// exclusive access.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "diplograph/date.h"
#include "diplograph/lexicon.h"
#include "diplograph/status.h"

namespace diplograph {

struct Actor {
  std::string id;    // lexicon id ("vladimir_putin", "RUS") or "new:..." for actors not in the lexicon
  std::string name;  // canonical name
  ActorKind kind = ActorKind::kPerson;
  std::string qid;      // Wikidata id, if certain
  std::string country;  // the country id it belongs to, if known
  std::string role;     // for actors not in the lexicon: the title that introduced them
  bool in_lexicon = true;
  friend bool operator==(const Actor&, const Actor&) = default;
};

enum class Factuality { kAsserted, kPlanned, kNegated, kHedged };
std::string_view FactualityName(Factuality f);  // "asserted", "planned", "negated", "hedged"
std::optional<Factuality> ParseFactuality(std::string_view name);

// One sentence that reports an event.
struct Mention {
  std::string document;        // the document id
  std::size_t begin = 0;       // code-point offsets of the sentence in the document text as given
  std::size_t end = 0;
  std::string sentence;        // the sentence, as in the original text
  std::string trigger;         // the words that triggered the event ("met with")
  std::string rule;            // id of the rule that fired
  std::optional<DateSpan> date;  // the date this mention gives (may be coarser than the event's)
  // The document told the event without a date and the event took its date
  // from other documents (set by the graph; kept through export and load so
  // that merging graphs groups exactly as extracting everything at once).
  bool undated_report = false;
  // The agents of the document's own report, when the event names more (a
  // state's report joined to its people's: "the State Department" and
  // "Matthew Miller"); empty otherwise. Set by the graph and kept through
  // export and load for the same reason.
  std::vector<std::string> report_agents;
  friend bool operator==(const Mention&, const Mention&) = default;
};

struct Event {
  std::string id;      // stable: UUIDv5 of the canonical key
  std::string action;  // snake_case action id: "congratulate", "meet", "withhold_recognition", ...
  std::vector<std::string> agents;        // directed actions: who acts
  std::vector<std::string> recipients;    // directed actions: who is acted on
  std::vector<std::string> participants;  // symmetric actions: every party
  std::optional<DateSpan> date;
  Factuality factuality = Factuality::kAsserted;
  std::vector<Mention> mentions;
  friend bool operator==(const Event&, const Event&) = default;
};

struct DocumentRecord {
  std::string id;
  std::optional<CivilDate> published;
  std::string title, url, source;
  friend bool operator==(const DocumentRecord&, const DocumentRecord&) = default;
};

class Graph {
 public:
  Graph();
  Graph(const Graph&);
  Graph& operator=(const Graph&);
  Graph(Graph&&) noexcept;
  Graph& operator=(Graph&&) noexcept;
  ~Graph();

  // Adds (or updates) an actor by id.
  void AddActor(const Actor& actor);
  void AddDocument(const DocumentRecord& doc);
  // Adds the events one document reports (already deduplicated within the
  // document). Events that another document reported too are merged into it
  // (same action, parties and factuality; the same date, or a coarser date
  // that contains exactly one finer one).
  void AddDocumentEvents(const std::vector<Event>& events);
  // The same, taking the events over (no copy); `events` is left empty.
  void AddDocumentEvents(std::vector<Event>&& events);
  // Adds everything of `other` (actors, documents, events) as if its documents
  // had been extracted into this graph.
  void Merge(const Graph& other);

  // Threads that rebuild the merged view: the grouping of reports across
  // documents, done on the first read after a change (events(), an export).
  // 1, the default: the calling thread only; 0: one per core. The result is
  // the same for any number.
  void SetThreads(unsigned threads);

  const std::vector<Actor>& actors() const;        // sorted by id
  const std::vector<Event>& events() const;        // canonical order
  const std::vector<DocumentRecord>& documents() const;  // sorted by id
  const Actor* FindActor(std::string_view id) const;
  const Event* FindEvent(std::string_view id) const;
  // Events in which the actor takes part in any role (a Boost.Graph
  // traversal of the actor's vertex).
  std::vector<const Event*> EventsOf(std::string_view actor_id) const;
  // Actors linked to this one by at least one event, sorted by id.
  std::vector<std::string> Neighbours(std::string_view actor_id) const;
  std::size_t num_vertices() const;
  std::size_t num_edges() const;

  friend bool operator==(const Graph& a, const Graph& b);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace diplograph
