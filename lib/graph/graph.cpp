// The typed event graph. Events are stored as the per-document events the
// extractor produced; the graph's events are a deterministic clustering of
// them, so that the result depends only on the set of documents, never on
// their order (which makes merge(extract(A), extract(B)) == extract(A + B)).
#include "diplograph/graph.h"

#include <boost/graph/adjacency_list.hpp>

#include <algorithm>
#include <deque>
#include <functional>
#include <map>
#include <mutex>
#include <set>
#include <span>
#include <string_view>
#include <unordered_map>
#include <utility>

#include "util/parallel.h"
#include "util/strings.h"
#include "util/uuid.h"

namespace diplograph {

std::string_view FactualityName(Factuality f) {
  switch (f) {
    case Factuality::kAsserted: return "asserted";
    case Factuality::kPlanned: return "planned";
    case Factuality::kNegated: return "negated";
    case Factuality::kHedged: return "hedged";
  }
  return "asserted";
}

std::optional<Factuality> ParseFactuality(std::string_view name) {
  if (name == "asserted") return Factuality::kAsserted;
  if (name == "planned") return Factuality::kPlanned;
  if (name == "negated") return Factuality::kNegated;
  if (name == "hedged") return Factuality::kHedged;
  return std::nullopt;
}

namespace {

// How long after an occasion an article may report it without a date and
// still be taken as news of it (see Sync).
constexpr long long kNewsDelayDays = 31;

enum class VertexKind { kActor, kEvent, kDocument };
enum class EdgeKind { kAgent, kRecipient, kParticipant, kReportedIn };
struct VertexProp {
  VertexKind kind = VertexKind::kActor;
  std::size_t index = 0;  // into actors / events / documents
};
struct EdgeProp {
  EdgeKind kind = EdgeKind::kAgent;  // (initialised: GCC 12 warned, wrongly, of a use before)
};
using BoostGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, VertexProp, EdgeProp>;

// Appends the ids, comma-separated, to `out` (keys are built often enough that
// a temporary string per part showed in the profile).
void AppendJoined(std::string* out, const std::vector<std::string>& v) {
  for (std::size_t i = 0; i < v.size(); ++i) {
    if (i > 0) *out += ',';
    *out += v[i];
  }
}

// "action|agents|recipients|participants|factuality", into `key`.
void BuildKey(const Event& e, const std::vector<std::string>& agents, std::string* key) {
  key->assign(e.action);
  *key += '|';
  AppendJoined(key, agents);
  *key += '|';
  AppendJoined(key, e.recipients);
  *key += '|';
  AppendJoined(key, e.participants);
  *key += '|';
  *key += FactualityName(e.factuality);
}

bool MentionLess(const Mention& a, const Mention& b) {
  if (a.document != b.document) return a.document < b.document;
  if (a.begin != b.begin) return a.begin < b.begin;
  return a.rule < b.rule;
}

// The document of an event's first mention ("" without one): the document
// that reported it, for per-document events.
std::string_view FirstDocument(const Event& e) {
  return e.mentions.empty() ? std::string_view() : std::string_view(e.mentions.front().document);
}

// Whether the view's event built from this lone report has exactly its
// mentions: already in order with no two alike, none flagged as an undated
// report (a lone report is never one).
bool LendsAsIs(const Event& report) {
  const auto& ms = report.mentions;
  for (std::size_t i = 0; i < ms.size(); ++i)
    if (ms[i].undated_report || (i > 0 && !MentionLess(ms[i - 1], ms[i]))) return false;
  return true;
}

void Canonicalize(Event* e) {
  std::sort(e->agents.begin(), e->agents.end());
  std::sort(e->recipients.begin(), e->recipients.end());
  std::sort(e->participants.begin(), e->participants.end());
}

}  // namespace

struct Graph::Impl {
  std::map<std::string, Actor> actors;
  // The same actors by id in a hash table: every document adds its actors
  // again, and the grouping asks about every agent (a probe, where the map
  // walked down a tree of ids). The map's entries never move, so the
  // pointers stay valid.
  internal::StringMap<Actor*> actor_index;

  // Adds the actor, or updates the one with its id (comparing first: as a
  // rule it is unchanged, and comparing is cheaper than assigning anew).
  // An actor told by several documents may differ between them (a person's
  // country on each document's day: Costa's Portugal, then none while he
  // chairs the European Council). The fields are combined so that the order
  // of adding does not matter, or merging graphs would differ from one
  // extraction: a field one side leaves empty takes the other's, two values
  // the smaller.
  void PutActor(const std::string& id, const Actor& actor) {
    if (auto it = actor_index.find(id); it != actor_index.end()) {
      Actor& have = *it->second;
      if (have == actor) return;
      auto combine = [](std::string& mine, const std::string& theirs) {
        if (!theirs.empty() && (mine.empty() || theirs < mine)) mine = theirs;
      };
      combine(have.name, actor.name);
      combine(have.qid, actor.qid);
      combine(have.country, actor.country);
      combine(have.role, actor.role);
      have.kind = std::min(have.kind, actor.kind);
      have.in_lexicon = have.in_lexicon && actor.in_lexicon;
      return;
    }
    Actor& added = actors.try_emplace(id, actor).first->second;
    actor_index.Insert(id, &added);
  }
  void IndexActors() {
    actor_index.clear();
    for (auto& [id, a] : actors) actor_index.Insert(id, &a);
  }
  std::map<std::string, DocumentRecord> documents;
  // The per-document events with one group key. A document that adds its
  // event again (a repeated input line, overlapping shards merged) only adds
  // mentions; to find its earlier event, a group keeps an index by document
  // and date, built the first time such a repeat can happen in it (a document
  // seen before), and kept from then on. Most groups never need one.
  struct Group {
    std::string key;
    std::vector<Event> events;
    bool indexed = false;
    std::unordered_map<std::string, std::size_t> by_document_date;

    static std::string DocumentDate(const Event& e) {
      std::string key(FirstDocument(e));
      key += '\x1f';
      if (e.date) {
        key += e.date->value + '\x1f' + e.date->earliest.ToString() + '\x1f' + e.date->latest.ToString() + '\x1f' +
               std::to_string(static_cast<int>(e.date->granularity));
      }
      return key;
    }
    void BuildIndex() {
      for (std::size_t i = 0; i < events.size(); ++i) by_document_date.try_emplace(DocumentDate(events[i]), i);
      indexed = true;
    }
    // Appends a new event (its mentions sorted), taking it over.
    std::size_t Append(Event&& e) {
      std::sort(e.mentions.begin(), e.mentions.end(), MentionLess);
      if (indexed) by_document_date.try_emplace(DocumentDate(e), events.size());
      events.push_back(std::move(e));
      return events.size() - 1;
    }
    // Adds the mentions of a repeat to the earlier event.
    void AddMentions(std::size_t at, const Event& e) {
      Event& existing = events[at];
      for (auto& m : e.mentions)
        if (std::find(existing.mentions.begin(), existing.mentions.end(), m) == existing.mentions.end())
          existing.mentions.push_back(m);
      std::sort(existing.mentions.begin(), existing.mentions.end(), MentionLess);
    }
  };
  // Documents whose events are in the graph (only they can repeat).
  internal::StringSet documents_with_events;
  // The groups in the order they were made, found by key through
  // `group_index`. (They were in a map ordered by key: walking it for every
  // new group missed the cache at every node. Only the groups of one
  // super-group need key order, and Sync sorts just those.) A deque: adding
  // a group moves none, so the index and `lent` may point into it. Mutable
  // because Sync lends the mentions of lone reports to the view (see `lent`).
  mutable std::deque<Group> groups;
  internal::StringMap<Group*> group_index;

  Group& GroupFor(const std::string& key) {
    if (auto it = group_index.find(key); it != group_index.end()) return *it->second;
    Group& group = groups.emplace_back();
    group.key = key;
    group_index.Insert(key, &group);
    return group;
  }
  void IndexGroups() {
    group_index.clear();
    for (Group& group : groups) group_index.Insert(group.key, &group);
  }
  // The groups in key order.
  std::vector<const Group*> SortedGroups() const {
    std::vector<const Group*> sorted;
    sorted.reserve(groups.size());
    for (const Group& group : groups) sorted.push_back(&group);
    std::sort(sorted.begin(), sorted.end(), [](const Group* a, const Group* b) { return a->key < b->key; });
    return sorted;
  }

  unsigned threads = 1;  // for Sync

  mutable std::mutex mu;
  mutable bool dirty = true;
  mutable std::vector<Actor> actor_list;
  mutable std::vector<DocumentRecord> document_list;
  mutable std::vector<Event> events;
  mutable BoostGraph graph;
  mutable bool graph_built = false;
  mutable internal::StringMap<BoostGraph::vertex_descriptor> actor_vertex;
  // Reports whose mentions Sync moved into the view instead of copying them
  // (the view's event at that index holds them exactly as the report did):
  // a copy allocated and wrote every string of the evidence once more and
  // held it twice. They are given back before anything reads or changes the
  // reports again, so the pointers stay valid while lent. A report lent all
  // of its parties too (`all`: its action, agents, recipients and
  // participants are the view's) when the view's event has exactly them;
  // most view events are one report's, and copying their lists of ids was
  // most of the allocations of building the view.
  struct Lent {
    Event* report;
    std::size_t at;  // in `events`
    bool all;
  };
  mutable std::vector<Lent> lent;
  // What Sync's parts note for each event they build: the report that lent
  // it its fields, if any.
  struct Lender {
    Event* report = nullptr;
    bool all = false;
  };

  // Gives the lent fields back to their reports: moved when the view is
  // about to be rebuilt, copied otherwise (the view stays as it was until
  // the next read). Caller holds `mu`.
  void ReturnLent(bool view_is_discarded) const {
    for (const Lent& l : lent) {
      Event& view = events[l.at];
      Event& report = *l.report;
      if (view_is_discarded) {
        report.mentions = std::move(view.mentions);
        if (l.all) {
          report.action = std::move(view.action);
          report.agents = std::move(view.agents);
          report.recipients = std::move(view.recipients);
          report.participants = std::move(view.participants);
        }
      } else {
        report.mentions = view.mentions;
        if (l.all) {
          report.action = view.action;
          report.agents = view.agents;
          report.recipients = view.recipients;
          report.participants = view.participants;
        }
      }
    }
    lent.clear();
  }

  std::string key_buffer;  // for Place, reused

  // The group a new per-document event goes to (its parties put in order).
  Group& Place(Event* e) {
    Canonicalize(e);
    dirty = true;
    BuildKey(*e, e->agents, &key_buffer);
    return GroupFor(key_buffer);
  }

  // Adds one event of a document that may have added events before.
  void AddDocEvent(Event e) {
    Group& group = Place(&e);
    if (documents_with_events.insert(FirstDocument(e))) {
      group.Append(std::move(e));  // the document's first event: nothing to repeat
      return;
    }
    if (!group.indexed) group.BuildIndex();
    auto found = group.by_document_date.find(Group::DocumentDate(e));
    if (found != group.by_document_date.end()) {
      group.AddMentions(found->second, e);
      return;
    }
    group.Append(std::move(e));
  }

  // Adds the events of one call of AddDocumentEvents (one document's, as a
  // rule). A document new to the graph can only repeat an event of this
  // call: those are compared directly, and no index is needed.
  void AddDocEvents(std::vector<Event> batch) {
    ReturnLent(false);
    std::vector<std::string> new_docs;
    std::vector<std::pair<Group*, std::size_t>> added;  // this call's events of new documents
    for (Event& e : batch) {
      const std::string_view doc = FirstDocument(e);
      const bool new_here = std::find(new_docs.begin(), new_docs.end(), doc) != new_docs.end();
      if (!new_here && documents_with_events.count(doc)) {
        AddDocEvent(std::move(e));
        continue;
      }
      if (!new_here) new_docs.emplace_back(doc);
      Group& group = Place(&e);
      bool repeat = false;
      for (const auto& [g, at] : added) {
        const Event& x = g->events[at];
        if (g == &group && x.date == e.date && FirstDocument(x) == doc) {
          group.AddMentions(at, e);
          repeat = true;
          break;
        }
      }
      if (!repeat) added.emplace_back(&group, group.Append(std::move(e)));
    }
    for (const std::string& d : new_docs) documents_with_events.insert(d);
  }

  // Rebuilds the derived views. Caller holds `mu`.
  void Sync() const {
    if (!dirty) return;
    ReturnLent(true);
    actor_list.clear();
    for (const auto& [id, a] : actors) actor_list.push_back(a);
    document_list.clear();
    for (const auto& [id, d] : documents) document_list.push_back(d);
    events.clear();
    // Articles name the same act differently ("the Kremlin", "Putin"): group
    // per-document events by action, recipients, participants and
    // factuality; within a group, events sharing an agent belong together, and
    // an event whose agents are all states or institutions joins the one group
    // of people acting for that state, if there is exactly one.
    // (The events of one group share all of that key: it is built once per
    // group. A super-group's members are its groups' events, the groups in
    // key order; the order of the events built from them is fixed by the
    // final sort.)
    internal::StringMap<std::vector<Group*>> super;
    std::string super_key;
    for (Group& group : groups) {
      if (group.events.empty()) continue;
      const Event& e = group.events.front();
      super_key = e.action;
      super_key += '|';
      AppendJoined(&super_key, e.recipients);
      super_key += '|';
      AppendJoined(&super_key, e.participants);
      super_key += '|';
      super_key += FactualityName(e.factuality);
      super[super_key].push_back(&group);
    }
    // (`actor_index` is only read here, so the parts below may share it.)
    auto is_person = [&](const std::string& id) {
      auto it = actor_index.find(id);
      return it == actor_index.end() || it->second->kind == ActorKind::kPerson;
    };
    static const std::string kNoCountry;
    auto country = [&](const std::string& id) -> const std::string& {
      auto it = actor_index.find(id);
      if (it == actor_index.end()) return kNoCountry;
      return it->second->kind == ActorKind::kCountry ? it->second->id : it->second->country;
    };
    // One group of reports into its events; groups are independent, so with
    // threads() > 1 several are built at once (the final sort fixes the order).
    // `lenders` gets, for each event built, the report that lent it its
    // mentions (or nullptr).
    auto build = [&](std::vector<Group*>& member_groups, std::vector<Event>* out, std::vector<Lender>* lenders) {
      std::sort(member_groups.begin(), member_groups.end(),
                [](const Group* a, const Group* b) { return a->key < b->key; });
      std::vector<Event*> members;
      for (Group* group : member_groups)
        for (Event& e : group->events) members.push_back(&e);
      std::size_t n = members.size();
      std::vector<std::size_t> parent(n);
      for (std::size_t i = 0; i < n; ++i) parent[i] = i;
      auto find = [&](std::size_t x) {
        std::size_t root = x;
        while (parent[root] != root) root = parent[root];
        while (parent[x] != root) x = std::exchange(parent[x], root);
        return root;
      };
      // The root of a component is its smallest member, whatever the order of unions.
      auto unite = [&](std::size_t a, std::size_t b) {
        a = find(a);
        b = find(b);
        if (a != b) parent[std::max(a, b)] = std::min(a, b);
      };
      // One event of the reports of one occasion (`cluster`, in order), dated
      // with `span` (nullptr: undated).
      std::string id_name;  // the name each event id is made from, reused
      auto emit = [&](std::span<Event* const> cluster, const std::vector<std::string>& agents,
                      const std::string& key, const DateSpan* span, std::string_view undated_tag) {
        Event& head = *cluster.front();
        Event& ev = out->emplace_back();  // the head's fields, without copying its mentions twice
        ev.factuality = head.factuality;
        if (cluster.size() == 1 && LendsAsIs(head)) {
          // A lone report: its mentions are lent to the view, and so are its
          // parties when they are the event's own (`agents` is its list).
          const bool all = &agents == &head.agents;
          if (all) {
            ev.action = std::move(head.action);
            ev.agents = std::move(head.agents);  // (`agents` is empty from here on)
            ev.recipients = std::move(head.recipients);
            ev.participants = std::move(head.participants);
          } else {
            ev.action = head.action;
            ev.agents = agents;
            ev.recipients = head.recipients;
            ev.participants = head.participants;
          }
          ev.mentions = std::move(head.mentions);
          if (!all && head.agents != agents)
            for (Mention& mm : ev.mentions) mm.report_agents = head.agents;
          lenders->push_back({&head, all});
        } else {
          ev.action = head.action;
          ev.agents = agents;
          ev.recipients = head.recipients;
          ev.participants = head.participants;
          std::size_t n_mentions = 0;
          for (const Event* m : cluster) n_mentions += m->mentions.size();
          ev.mentions.reserve(n_mentions);
          for (const Event* m : cluster) {
            std::size_t from = ev.mentions.size();
            ev.mentions.insert(ev.mentions.end(), m->mentions.begin(), m->mentions.end());
            const bool own_agents = m->agents != agents;
            for (std::size_t k = from; k < ev.mentions.size(); ++k) {
              ev.mentions[k].undated_report = span && !m->date;
              if (own_agents) ev.mentions[k].report_agents = m->agents;
            }
          }
          std::sort(ev.mentions.begin(), ev.mentions.end(), MentionLess);
          ev.mentions.erase(std::unique(ev.mentions.begin(), ev.mentions.end()), ev.mentions.end());
          lenders->push_back({nullptr, false});
        }
        if (span) ev.date = *span;
        // "event|key|when", where "when" is the span or "undated" (with its tag)
        id_name.assign("event|");
        id_name += key;
        id_name += '|';
        if (span) {
          id_name += span->value;
          id_name += '/';
          id_name += span->earliest.ToString();
          id_name += '/';
          id_name += span->latest.ToString();
        } else {
          id_name += "undated";
          id_name += undated_tag;
        }
        ev.id = internal::UuidV5(internal::DiplographNamespace(), id_name);
      };
      // A report alone in its component is one event: what the clustering
      // below gives it (its own agents, its own date, the plain "undated")
      // without the sets and maps it needs for several.
      std::string lone_key;
      auto emit_lone = [&](Event* e) {
        // Its agents are sorted (Canonicalize); the union has no repeats. As a
        // rule they have none to drop, and the report's own list serves.
        const auto& own = e->agents;
        if (std::adjacent_find(own.begin(), own.end()) == own.end()) {
          BuildKey(*e, own, &lone_key);
          emit(std::span<Event* const>(&e, 1), own, lone_key, e->date ? &*e->date : nullptr, {});
          return;
        }
        std::vector<std::string> agents = own;
        agents.erase(std::unique(agents.begin(), agents.end()), agents.end());
        BuildKey(*e, agents, &lone_key);
        emit(std::span<Event* const>(&e, 1), agents, lone_key, e->date ? &*e->date : nullptr, {});
      };
      // Most groups hold one report: the joins below, with their maps and sets
      // of agents, are for groups of several.
      if (n == 1) {
        emit_lone(members.front());
        return;
      }
      // Members sharing an agent are one act, and so are members without agents
      // (symmetric events: the participants decide). Each member joins the first
      // member with the same agent: linear, where comparing every pair was
      // quadratic in the reports of one action to one recipient.
      std::unordered_map<std::string_view, std::size_t> first_with_agent;
      std::size_t first_agentless = n;
      for (std::size_t i = 0; i < n; ++i) {
        if (members[i]->agents.empty()) {
          if (first_agentless == n) first_agentless = i;
          else unite(first_agentless, i);
        }
        for (const auto& a : members[i]->agents) {
          auto [it, inserted] = first_with_agent.try_emplace(a, i);
          if (!inserted) unite(it->second, i);
        }
      }
      // Components of states and institutions only join a unique component with people of that state.
      std::map<std::size_t, std::vector<std::size_t>> comps;
      for (std::size_t i = 0; i < n; ++i) comps[find(i)].push_back(i);
      std::map<std::size_t, std::set<std::string>> comp_agents;
      for (const auto& [root, idx] : comps)
        for (std::size_t i : idx) comp_agents[root].insert(members[i]->agents.begin(), members[i]->agents.end());
      // The publication days each component's reports span. A state's act
      // joins people's acts only when told within a news cycle of them: "the
      // United States" withholding in 2018 is not the White House spokesman
      // withholding in 2013, and whether they join must not depend on which
      // other articles (a 2024 report by a third American) were read with them,
      // or merging graphs would group differently from one extraction.
      // (Found at the first question: most groups name no state.)
      std::map<std::size_t, std::pair<long long, long long>> comp_days;
      bool days_found = false;
      auto told_together = [&](std::size_t a, std::size_t b) {
        if (!days_found) {
          days_found = true;
          for (const auto& [root, idx] : comps)
            for (std::size_t i : idx)
              for (const Mention& m : members[i]->mentions) {
                auto d = documents.find(m.document);
                if (d == documents.end() || !d->second.published) continue;
                const long long p = d->second.published->ToDays();
                auto [it, inserted] = comp_days.try_emplace(root, p, p);
                if (!inserted) it->second = {std::min(it->second.first, p), std::max(it->second.second, p)};
              }
        }
        auto da = comp_days.find(a), db = comp_days.find(b);
        if (da == comp_days.end() || db == comp_days.end()) return true;
        return da->second.first <= db->second.second + kNewsDelayDays &&
               db->second.first <= da->second.second + kNewsDelayDays;
      };
      std::vector<std::pair<std::size_t, std::size_t>> joins;
      for (const auto& [root, agents] : comp_agents) {
        // A component that names a state or an institution ("the Kremlin",
        // with or without its spokesman) joins the one component of people
        // acting for that state.
        std::set<std::string> states;
        for (const auto& a : agents)
          if (!is_person(a) && !country(a).empty()) states.insert(country(a));
        if (states.empty()) continue;
        std::size_t target = SIZE_MAX;
        int found = 0;
        for (const auto& [other, oagents] : comp_agents) {
          if (other == root || !std::any_of(oagents.begin(), oagents.end(), is_person)) continue;
          if (!told_together(root, other)) continue;
          if (std::any_of(oagents.begin(), oagents.end(), [&](const std::string& a) { return !is_person(a); }) &&
              std::any_of(agents.begin(), agents.end(), is_person))
            continue;  // both name institutions and people: they are their own acts
          bool shares = std::any_of(oagents.begin(), oagents.end(), [&](const std::string& a) {
            return !country(a).empty() && states.count(country(a));
          });
          if (shares) {
            target = other;
            ++found;
          }
        }
        if (found == 1) joins.emplace_back(root, target);
      }
      for (const auto& [a, b] : joins) unite(a, b);
      std::map<std::size_t, std::vector<Event*>> components;
      for (std::size_t i = 0; i < n; ++i) components[find(i)].push_back(members[i]);

      for (const auto& [root, docs] : components) {
        if (docs.size() == 1) {
          emit_lone(docs.front());
          continue;
        }
        const Event& first = *docs.front();
        std::vector<Event*> dated, undated;
        for (Event* e : docs) (e->date ? dated : undated).push_back(e);
        std::sort(dated.begin(), dated.end(), [](const Event* a, const Event* b) {
          if (a->date->Days() != b->date->Days()) return a->date->Days() < b->date->Days();
          if (a->date->earliest != b->date->earliest) return a->date->earliest < b->date->earliest;
          return MentionLess(a->mentions.front(), b->mentions.front());
        });
        std::sort(undated.begin(), undated.end(), [](const Event* a, const Event* b) {
          return MentionLess(a->mentions.front(), b->mentions.front());
        });
        struct Cluster {
          DateSpan span;
          std::vector<Event*> members;
          std::string undated_tag;  // of an undated group, when there are several
        };
        std::vector<Cluster> clusters;
        std::map<std::pair<long long, long long>, std::size_t> cluster_of_span;  // no two clusters share a span
        for (Event* e : dated) {
          Cluster* target = nullptr;
          auto exact = cluster_of_span.find({e->date->earliest.ToDays(), e->date->latest.ToDays()});
          if (exact != cluster_of_span.end()) target = &clusters[exact->second];
          if (!target) {
            Cluster* inside = nullptr;
            int count = 0;
            for (Cluster& c : clusters)
              if (e->date->Contains(c.span)) {
                inside = &c;
                ++count;
              }
            if (count == 1) target = inside;
          }
          if (!target) {
            cluster_of_span[{e->date->earliest.ToDays(), e->date->latest.ToDays()}] = clusters.size();
            clusters.push_back({*e->date, {}, {}});
            target = &clusters.back();
          }
          target->members.push_back(e);
        }
        // An undated report joins the one dated occasion, told by other
        // articles, that it can be news of: the article appeared on that
        // occasion or within a month after it (a congratulation told undated on
        // 2023-05-30 and dated 2023-05-29 elsewhere is one act). Otherwise
        // undated reports stay together.
        // Undated reports in articles published more than kNewsDelayDays apart
        // are different acts (a congratulation of Modi told undated in 2022
        // and in 2024): one group per stretch of publication dates.
        std::vector<std::pair<long long, std::vector<Event*>>> still_undated;  // first published day
        std::vector<Event*> undated_unknown;  // no publication date
        std::vector<std::pair<long long, Event*>> to_group;  // published day, report
        for (Event* e : undated) {
          std::optional<CivilDate> published;
          if (!e->mentions.empty()) {
            auto d = documents.find(e->mentions.front().document);
            if (d != documents.end()) published = d->second.published;
          }
          Cluster* home = nullptr;
          int fits = 0;
          if (published) {
            const long long p = published->ToDays();
            const std::string& doc = e->mentions.front().document;
            auto same_doc = [&](const Cluster& c) {  // the article itself kept them apart
              for (const Event* m : c.members)
                for (const Mention& mm : m->mentions)
                  if (mm.document == doc) return true;
              return false;
            };
            for (Cluster& c : clusters)
              if (p + 1 >= c.span.earliest.ToDays() && p <= c.span.latest.ToDays() + kNewsDelayDays && !same_doc(c)) {
                home = &c;
                ++fits;
              }
          }
          if (fits == 1) {
            home->members.push_back(e);
          } else if (!published) {
            undated_unknown.push_back(e);
          } else {
            to_group.push_back({published->ToDays(), e});
          }
        }
        // By publication day (then position), so that the groups do not depend
        // on the order the articles were read in.
        std::sort(to_group.begin(), to_group.end(), [](const auto& a, const auto& b) {
          if (a.first != b.first) return a.first < b.first;
          return MentionLess(a.second->mentions.front(), b.second->mentions.front());
        });
        for (const auto& [p, e] : to_group) {
          if (still_undated.empty() || p > still_undated.back().first + kNewsDelayDays) still_undated.push_back({p, {}});
          still_undated.back().second.push_back(e);
        }
        if (!undated_unknown.empty()) {
          if (still_undated.empty()) still_undated.push_back({0, {}});
          auto& first = still_undated.front().second;
          first.insert(first.end(), undated_unknown.begin(), undated_unknown.end());
        }
        for (std::size_t g = 0; g < still_undated.size(); ++g) {
          std::vector<Event*>& members = still_undated[g].second;
          std::sort(members.begin(), members.end(),
                    [](const Event* a, const Event* b) { return MentionLess(a->mentions.front(), b->mentions.front()); });
          // The first group keeps the plain "undated" id; later ones are told apart.
          clusters.push_back({DateSpan{}, std::move(members),
                              g == 0 ? std::string() : "/" + CivilDate::FromDays(still_undated[g].first).ToString()});
        }
        // Each occasion names the agents of its own reports: reports sharing an
        // agent are one component whatever their years, so Xi's congratulations
        // of Biden in 2012 and in 2020 are one, and China's own 2020 message,
        // joining that component, must not lend Xi to 2012 nor take him for
        // itself unless a report of its occasion names him.
        std::vector<std::string> agents;
        std::string key;
        for (const Cluster& c : clusters) {
          agents.clear();
          for (const Event* e : c.members) agents.insert(agents.end(), e->agents.begin(), e->agents.end());
          std::sort(agents.begin(), agents.end());
          agents.erase(std::unique(agents.begin(), agents.end()), agents.end());
          BuildKey(first, agents, &key);
          emit(c.members, agents, key, c.members.front()->date ? &c.span : nullptr, c.undated_tag);
        }
      }
    };
    std::vector<std::vector<Group*>*> work;
    work.reserve(super.size());
    for (auto& [skey, member_groups] : super) work.push_back(&member_groups);
    // A thread is worth it for a few hundred groups, not for a handful.
    const std::size_t parts_wanted = std::max<std::size_t>(1, std::min<std::size_t>(threads, work.size() / 256));
    // Each part builds its groups' events and sorts them by date, action and
    // id (positions, with each event's day computed once); the sorted parts
    // are then merged, moving each event once. (Ids are unique, so the order
    // is the one a sort of all events gives.)
    struct Part {
      std::vector<Event> events;
      std::vector<Lender> lenders;
      std::vector<long long> day;
      std::vector<std::size_t> order;
    };
    std::vector<Part> parts(parts_wanted);
    auto before = [](const Part& pa, std::size_t a, const Part& pb, std::size_t b) {
      if (pa.day[a] != pb.day[b]) return pa.day[a] < pb.day[b];
      const Event& x = pa.events[a];
      const Event& y = pb.events[b];
      if (x.action != y.action) return x.action < y.action;
      return x.id < y.id;
    };
    auto run = [&](std::size_t p) {
      Part& part = parts[p];
      // At most one event per report: room for all of them, so that growing
      // the list never moves the events built so far.
      std::size_t reports = 0;
      for (std::size_t i = p; i < work.size(); i += parts.size())
        for (const Group* group : *work[i]) reports += group->events.size();
      part.events.reserve(reports);
      part.lenders.reserve(reports);
      for (std::size_t i = p; i < work.size(); i += parts.size()) build(*work[i], &part.events, &part.lenders);
      const std::size_t n = part.events.size();
      part.day.resize(n);
      part.order.resize(n);
      for (std::size_t i = 0; i < n; ++i) {
        part.order[i] = i;
        part.day[i] = part.events[i].date ? part.events[i].date->earliest.ToDays() : CivilDate{9999, 12, 31}.ToDays();
      }
      std::sort(part.order.begin(), part.order.end(),
                [&](std::size_t a, std::size_t b) { return before(part, a, part, b); });
    };
    internal::RunPieces(parts.size(), run);
    if (parts.size() == 1) {
      // One part: its events are put in order where they are, each moved
      // once along the cycles of the order; a second list of all events
      // (fresh memory for every one of them) is not needed.
      Part& part = parts.front();
      const std::size_t n = part.events.size();
      std::vector<char> placed(n, 0);
      for (std::size_t k = 0; k < n; ++k) {
        if (placed[k] || part.order[k] == k) continue;
        Event held = std::move(part.events[k]);
        Lender held_lender = part.lenders[k];
        std::size_t j = k;
        while (part.order[j] != k) {
          const std::size_t from = part.order[j];
          part.events[j] = std::move(part.events[from]);
          part.lenders[j] = part.lenders[from];
          placed[j] = 1;
          j = from;
        }
        part.events[j] = std::move(held);
        part.lenders[j] = held_lender;
        placed[j] = 1;
      }
      events = std::move(part.events);
      for (std::size_t k = 0; k < n; ++k)
        if (const Lender& l = part.lenders[k]; l.report) lent.push_back({l.report, k, l.all});
      dirty = false;
      graph_built = false;
      return;
    }
    std::size_t total = 0;
    for (const Part& part : parts) total += part.events.size();
    events.reserve(total);
    std::vector<std::size_t> head(parts.size(), 0);  // next position of each part's order
    for (std::size_t k = 0; k < total; ++k) {
      std::size_t best = parts.size();
      for (std::size_t p = 0; p < parts.size(); ++p) {
        if (head[p] == parts[p].order.size()) continue;
        if (best == parts.size() ||
            before(parts[p], parts[p].order[head[p]], parts[best], parts[best].order[head[best]]))
          best = p;
      }
      const std::size_t at = parts[best].order[head[best]++];
      if (const Lender& l = parts[best].lenders[at]; l.report) lent.push_back({l.report, events.size(), l.all});
      events.push_back(std::move(parts[best].events[at]));
    }
    dirty = false;
    graph_built = false;
  }

  // The Boost.Graph view: actors, events and documents as typed vertices.
  // Built on the first traversal after a change (EventsOf, Neighbours,
  // counts); reading the events or exporting them does not need it. Caller
  // holds `mu`.
  void SyncGraph() const {
    Sync();
    if (graph_built) return;
    graph = BoostGraph();
    actor_vertex.clear();
    for (std::size_t i = 0; i < actor_list.size(); ++i)
      actor_vertex[actor_list[i].id] = boost::add_vertex(VertexProp{VertexKind::kActor, i}, graph);
    internal::StringMap<BoostGraph::vertex_descriptor> doc_vertex;
    for (std::size_t i = 0; i < document_list.size(); ++i)
      doc_vertex[document_list[i].id] = boost::add_vertex(VertexProp{VertexKind::kDocument, i}, graph);
    for (std::size_t i = 0; i < events.size(); ++i) {
      auto v = boost::add_vertex(VertexProp{VertexKind::kEvent, i}, graph);
      auto link = [&](const std::vector<std::string>& ids, EdgeKind kind) {
        for (const auto& id : ids) {
          auto it = actor_vertex.find(id);
          if (it != actor_vertex.end()) boost::add_edge(v, it->second, EdgeProp{kind}, graph);
        }
      };
      link(events[i].agents, EdgeKind::kAgent);
      link(events[i].recipients, EdgeKind::kRecipient);
      link(events[i].participants, EdgeKind::kParticipant);
      std::string last;
      for (const Mention& m : events[i].mentions) {
        if (m.document == last) continue;
        last = m.document;
        auto it = doc_vertex.find(m.document);
        if (it != doc_vertex.end()) boost::add_edge(v, it->second, EdgeProp{EdgeKind::kReportedIn}, graph);
      }
    }
    graph_built = true;
  }
};

Graph::Graph() : impl_(std::make_unique<Impl>()) {}
Graph::Graph(const Graph& o) : impl_(std::make_unique<Impl>()) {
  std::lock_guard<std::mutex> lock(o.impl_->mu);
  o.impl_->ReturnLent(false);
  impl_->actors = o.impl_->actors;
  impl_->IndexActors();
  impl_->documents = o.impl_->documents;
  impl_->groups = o.impl_->groups;
  impl_->documents_with_events = o.impl_->documents_with_events;
  impl_->IndexGroups();
  impl_->threads = o.impl_->threads;
}
Graph& Graph::operator=(const Graph& o) {
  if (this != &o) *this = Graph(o);
  return *this;
}
Graph::Graph(Graph&&) noexcept = default;
Graph& Graph::operator=(Graph&&) noexcept = default;
Graph::~Graph() = default;

void Graph::SetThreads(unsigned threads) {
  std::lock_guard<std::mutex> lock(impl_->mu);
  impl_->threads = internal::ThreadsOrCores(threads);
}

void Graph::AddActor(const Actor& actor) {
  std::lock_guard<std::mutex> lock(impl_->mu);
  impl_->PutActor(actor.id, actor);
  impl_->dirty = true;
}

void Graph::AddDocument(const DocumentRecord& doc) {
  std::lock_guard<std::mutex> lock(impl_->mu);
  impl_->documents[doc.id] = doc;
  impl_->dirty = true;
}

void Graph::AddDocumentEvents(const std::vector<Event>& events) {
  std::lock_guard<std::mutex> lock(impl_->mu);
  impl_->AddDocEvents(events);
}

void Graph::AddDocumentEvents(std::vector<Event>&& events) {
  std::lock_guard<std::mutex> lock(impl_->mu);
  impl_->AddDocEvents(std::move(events));
  events.clear();
}

void Graph::Merge(const Graph& other) {
  if (&other == this) return;
  std::scoped_lock lock(impl_->mu, other.impl_->mu);
  impl_->ReturnLent(false);
  other.impl_->ReturnLent(false);
  for (const auto& [id, a] : other.impl_->actors) impl_->PutActor(id, a);
  for (const auto& [id, d] : other.impl_->documents) impl_->documents[id] = d;
  for (const Impl::Group* group : other.impl_->SortedGroups())
    for (const Event& e : group->events) impl_->AddDocEvent(e);
  impl_->dirty = true;
}

const std::vector<Actor>& Graph::actors() const {
  std::lock_guard<std::mutex> lock(impl_->mu);
  impl_->Sync();
  return impl_->actor_list;
}
const std::vector<Event>& Graph::events() const {
  std::lock_guard<std::mutex> lock(impl_->mu);
  impl_->Sync();
  return impl_->events;
}
const std::vector<DocumentRecord>& Graph::documents() const {
  std::lock_guard<std::mutex> lock(impl_->mu);
  impl_->Sync();
  return impl_->document_list;
}

const Actor* Graph::FindActor(std::string_view id) const {
  std::lock_guard<std::mutex> lock(impl_->mu);
  auto it = impl_->actor_index.find(id);
  return it == impl_->actor_index.end() ? nullptr : it->second;
}

const Event* Graph::FindEvent(std::string_view id) const {
  for (const Event& e : events())
    if (e.id == id) return &e;
  return nullptr;
}

std::vector<const Event*> Graph::EventsOf(std::string_view actor_id) const {
  std::lock_guard<std::mutex> lock(impl_->mu);
  impl_->SyncGraph();
  std::vector<const Event*> out;
  auto it = impl_->actor_vertex.find(actor_id);
  if (it == impl_->actor_vertex.end()) return out;
  for (auto [e, end] = boost::in_edges(it->second, impl_->graph); e != end; ++e) {
    const VertexProp& src = impl_->graph[boost::source(*e, impl_->graph)];
    if (src.kind == VertexKind::kEvent) out.push_back(&impl_->events[src.index]);
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  std::sort(out.begin(), out.end(), [&](const Event* a, const Event* b) { return a < b; });
  return out;
}

std::vector<std::string> Graph::Neighbours(std::string_view actor_id) const {
  std::vector<std::string> out;
  for (const Event* e : EventsOf(actor_id)) {
    for (const auto* list : {&e->agents, &e->recipients, &e->participants})
      for (const auto& id : *list)
        if (id != actor_id) out.push_back(id);
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::size_t Graph::num_vertices() const {
  std::lock_guard<std::mutex> lock(impl_->mu);
  impl_->SyncGraph();
  return boost::num_vertices(impl_->graph);
}

std::size_t Graph::num_edges() const {
  std::lock_guard<std::mutex> lock(impl_->mu);
  impl_->SyncGraph();
  return boost::num_edges(impl_->graph);
}

bool operator==(const Graph& a, const Graph& b) {
  return a.actors() == b.actors() && a.documents() == b.documents() && a.events() == b.events();
}

}  // namespace diplograph
