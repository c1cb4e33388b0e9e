// The query executor of diplograph/query.h: indexes built once per graph
// (names -> actors, actors/actions/documents -> events, events by date), and
// one Run() that intersects the candidate lists the filters select and then
// checks every filter on what is left.
#include <algorithm>
#include <cctype>
#include <map>
#include <set>

#include "diplograph/query.h"

namespace diplograph {
namespace {

// Lower-case ASCII, single spaces, no surrounding space: for name lookups.
std::string FoldName(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (std::isspace(static_cast<unsigned char>(c)) || c == '_') {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  }
  return out;
}

std::vector<std::string> Words(const std::string& folded) {
  std::vector<std::string> out;
  std::size_t i = 0;
  while (i < folded.size()) {
    std::size_t j = folded.find(' ', i);
    if (j == std::string::npos) j = folded.size();
    out.push_back(folded.substr(i, j - i));
    i = j + 1;
  }
  return out;
}

using Ids = std::vector<std::size_t>;  // event indices, sorted

Ids Intersect(const Ids& a, const Ids& b) {
  Ids out;
  std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(out));
  return out;
}

}  // namespace

struct QueryEngine::Impl {
  const Graph* graph = nullptr;
  const Lexicon* lexicon = nullptr;
  const std::vector<Event>* events = nullptr;
  std::map<std::string, std::set<std::string>> names;  // folded name/alias/qid/id -> actor ids
  std::map<std::string, std::set<std::string>> words;  // one folded word of a name -> actor ids
  std::map<std::string, Ids> by_action, by_agent, by_recipient, by_party, by_document;
  std::vector<std::pair<CivilDate, std::size_t>> by_earliest;  // dated events, sorted by earliest day

  void Build() {
    for (const Actor& a : graph->actors()) {
      for (const std::string& n : {a.id, a.name, a.qid})
        if (!n.empty()) names[FoldName(n)].insert(a.id);
      for (const std::string& w : Words(FoldName(a.name))) words[w].insert(a.id);
      const LexiconEntry* e = lexicon ? lexicon->Find(a.id) : nullptr;
      if (e) {
        for (const auto* list : {&e->aliases, &e->short_names})
          for (const std::string& n : *list) names[FoldName(n)].insert(a.id);
        if (!e->qid.empty()) names[FoldName(e->qid)].insert(a.id);
      }
    }
    for (std::size_t i = 0; i < events->size(); ++i) {
      const Event& e = (*events)[i];
      by_action[e.action].push_back(i);
      for (const auto& id : e.agents) by_agent[id].push_back(i);
      for (const auto& id : e.recipients) by_recipient[id].push_back(i);
      for (const auto* list : {&e.agents, &e.recipients, &e.participants})
        for (const auto& id : *list) by_party[id].push_back(i);
      for (const Mention& m : e.mentions) by_document[m.document].push_back(i);
      if (e.date) by_earliest.emplace_back(e.date->earliest, i);
    }
    for (auto* index : {&by_action, &by_agent, &by_recipient, &by_party, &by_document})
      for (auto& [key, ids] : *index) {
        std::sort(ids.begin(), ids.end());
        ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
      }
    std::sort(by_earliest.begin(), by_earliest.end());
  }

  Result<std::vector<std::string>> Resolve(std::string_view name) const {
    std::string folded = FoldName(name);
    if (folded.empty()) return Status(StatusCode::kInvalidArgument, "an empty actor name");
    if (graph->FindActor(name)) return std::vector<std::string>{std::string(name)};
    auto it = names.find(folded);
    if (it != names.end()) return std::vector<std::string>(it->second.begin(), it->second.end());
    if (lexicon)
      if (const LexiconEntry* e = lexicon->Resolve(name)) return std::vector<std::string>{e->id};
    // A bare surname or given name: every actor whose name has that word.
    std::set<std::string> found;
    std::vector<std::string> ws = Words(folded);
    if (ws.size() == 1) {
      auto w = words.find(folded);
      if (w != words.end()) found = w->second;
    }
    if (!found.empty()) return std::vector<std::string>(found.begin(), found.end());
    return Status(StatusCode::kNotFound, "no actor called '" + std::string(name) +
                                             "' in the graph" + (lexicon ? " or the lexicon" : ""));
  }

  Result<std::set<std::string>> ResolveAll(const std::vector<std::string>& list) const {
    std::set<std::string> out;
    for (const std::string& n : list) {
      Result<std::vector<std::string>> ids = Resolve(n);
      if (!ids.ok()) return ids.status();
      out.insert(ids->begin(), ids->end());
    }
    return out;
  }

  static Ids Union(const std::map<std::string, Ids>& index, const std::set<std::string>& keys) {
    Ids out;
    for (const auto& k : keys) {
      auto it = index.find(k);
      if (it != index.end()) out.insert(out.end(), it->second.begin(), it->second.end());
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
  }

  // The events that pass every filter of `q` (names already resolved).
  Ids Select(const Query& q, const std::set<std::string>* agents, const std::set<std::string>* recipients,
             const std::set<std::string>* parties) const {
    std::optional<Ids> cand;
    auto narrow = [&](Ids ids) { cand = cand ? Intersect(*cand, ids) : std::move(ids); };
    if (!q.actions.empty()) narrow(Union(by_action, std::set<std::string>(q.actions.begin(), q.actions.end())));
    if (agents) narrow(Union(by_agent, *agents));
    if (recipients) narrow(Union(by_recipient, *recipients));
    if (parties) narrow(Union(by_party, *parties));
    if (!q.document.empty()) narrow(Union(by_document, {q.document}));
    if (q.from || q.to) {
      auto end = by_earliest.end();
      if (q.to) end = std::upper_bound(by_earliest.begin(), by_earliest.end(), std::make_pair(*q.to, events->size()));
      Ids ids;
      for (auto it = by_earliest.begin(); it != end; ++it)
        if (!q.from || (*events)[it->second].date->latest >= *q.from) ids.push_back(it->second);
      std::sort(ids.begin(), ids.end());
      narrow(std::move(ids));
    }
    Ids out;
    if (!cand) {
      out.resize(events->size());
      for (std::size_t i = 0; i < out.size(); ++i) out[i] = i;
    } else {
      out = *cand;
    }
    if (!q.factualities.empty())
      out.erase(std::remove_if(out.begin(), out.end(),
                               [&](std::size_t i) {
                                 return std::find(q.factualities.begin(), q.factualities.end(),
                                                  (*events)[i].factuality) == q.factualities.end();
                               }),
                out.end());
    return out;
  }

  PartyRef Ref(const std::string& id) const {
    PartyRef r{id, id, ""};
    if (const Actor* a = graph->FindActor(id)) {
      if (!a->name.empty()) r.name = a->name;
      r.qid = a->qid;
    }
    return r;
  }

  QueryRow Row(std::size_t i) const {
    const Event& e = (*events)[i];
    QueryRow row;
    row.event_id = e.id;
    row.action = e.action;
    for (const auto& id : e.agents) row.agents.push_back(Ref(id));
    for (const auto& id : e.recipients) row.recipients.push_back(Ref(id));
    for (const auto& id : e.participants) row.participants.push_back(Ref(id));
    row.date = e.date;
    row.factuality = e.factuality;
    row.evidence = e.mentions;
    return row;
  }
};

QueryEngine::QueryEngine(const Graph& graph, const Lexicon* lexicon) : impl_(std::make_unique<Impl>()) {
  impl_->graph = &graph;
  impl_->lexicon = lexicon;
  impl_->events = &graph.events();
  impl_->Build();
}
QueryEngine::QueryEngine(QueryEngine&&) noexcept = default;
QueryEngine& QueryEngine::operator=(QueryEngine&&) noexcept = default;
QueryEngine::~QueryEngine() = default;

Result<std::vector<std::string>> QueryEngine::ResolveActor(std::string_view name) const { return impl_->Resolve(name); }

Result<QueryResult> QueryEngine::Run(const Query& q) const {
  std::optional<std::set<std::string>> agents, recipients, parties;
  for (auto [list, out] : {std::pair{&q.agents, &agents}, std::pair{&q.recipients, &recipients},
                           std::pair{&q.parties, &parties}}) {
    if (list->empty()) continue;
    Result<std::set<std::string>> ids = impl_->ResolveAll(*list);
    if (!ids.ok()) return ids.status();
    *out = std::move(ids).value();
  }
  if (q.from && q.to && *q.to < *q.from)
    return Status(StatusCode::kInvalidArgument, "the date range ends (" + q.to->ToString() + ") before it starts (" +
                                                    q.from->ToString() + ")");
  QueryResult result;
  for (std::size_t i : impl_->Select(q, agents ? &*agents : nullptr, recipients ? &*recipients : nullptr,
                                     parties ? &*parties : nullptr))
    result.rows.push_back(impl_->Row(i));
  return result;
}

Result<QueryResult> QueryEngine::Run(const Pattern& p, const Query& extra) const {
  Query q = extra;
  if (!p.actions.empty()) {
    if (q.actions.empty()) {
      q.actions = p.actions;
    } else {
      std::vector<std::string> both;
      for (const auto& a : p.actions)
        if (std::find(extra.actions.begin(), extra.actions.end(), a) != extra.actions.end()) both.push_back(a);
      if (both.empty()) return QueryResult{};
      q.actions = both;
    }
  }
  // Fixed actors narrow the candidates; which side they are on is checked per pair.
  std::optional<std::set<std::string>> left, right;
  for (auto [node, out] : {std::pair{&p.left, &left}, std::pair{&p.right, &right}}) {
    if (node->actor.empty()) continue;
    Result<std::vector<std::string>> ids = impl_->Resolve(node->actor);
    if (!ids.ok()) return ids.status();
    *out = std::set<std::string>(ids->begin(), ids->end());
  }
  if (q.from && q.to && *q.to < *q.from)
    return Status(StatusCode::kInvalidArgument, "the date range ends before it starts");
  Result<std::set<std::string>> agents = impl_->ResolveAll(q.agents), recipients = impl_->ResolveAll(q.recipients),
                                parties = impl_->ResolveAll(q.parties);
  for (const auto* r : {&agents, &recipients, &parties})
    if (!r->ok()) return r->status();
  Ids cand = impl_->Select(q, q.agents.empty() ? nullptr : &agents.value(),
                           q.recipients.empty() ? nullptr : &recipients.value(), q.parties.empty() ? nullptr : &parties.value());
  if (left) cand = Intersect(cand, Impl::Union(impl_->by_party, *left));
  if (right) cand = Intersect(cand, Impl::Union(impl_->by_party, *right));

  QueryResult result;
  for (const PatternNode* n : {&p.left, &p.right})
    if (!n->variable.empty() && std::find(result.variables.begin(), result.variables.end(), n->variable) == result.variables.end())
      result.variables.push_back(n->variable);

  for (std::size_t i : cand) {
    const Event& e = (*impl_->events)[i];
    std::vector<std::pair<std::string, std::string>> pairs;  // (left actor, right actor)
    auto directed = [&](const std::vector<std::string>& from, const std::vector<std::string>& to) {
      for (const auto& a : from)
        for (const auto& b : to) pairs.emplace_back(a, b);
    };
    if (!e.participants.empty()) {
      directed(e.participants, e.participants);
    } else {
      if (p.direction != Pattern::Direction::kLeft) directed(e.agents, e.recipients);
      if (p.direction != Pattern::Direction::kRight) directed(e.recipients, e.agents);
    }
    std::set<std::map<std::string, std::string>> seen;
    QueryRow base = impl_->Row(i);
    for (const auto& [a, b] : pairs) {
      if (a == b) continue;
      if (left && !left->count(a)) continue;
      if (right && !right->count(b)) continue;
      std::map<std::string, std::string> bind;
      if (!p.left.variable.empty()) bind[p.left.variable] = a;
      if (!p.right.variable.empty()) {
        auto it = bind.find(p.right.variable);
        if (it != bind.end() && it->second != b) continue;
        bind[p.right.variable] = b;
      }
      if (!seen.insert(bind).second) continue;
      QueryRow row = base;
      for (const auto& [var, id] : bind) row.bindings[var] = impl_->Ref(id);
      result.rows.push_back(std::move(row));
    }
  }
  return result;
}

Result<QueryResult> QueryEngine::RunPattern(std::string_view pattern, const Query& extra) const {
  Result<Pattern> p = ParsePattern(pattern);
  if (!p.ok()) return p.status();
  return Run(*p, extra);
}

}  // namespace diplograph
