#include "export/network_view.h"

#include <map>

#include "actions/action_rules.h"
#include "diplograph/export.h"

namespace diplograph::internal {

std::string XmlEscape(std::string_view s) {
  std::string out;
  for (unsigned char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&apos;"; break;
      default:
        if (c < 0x20 && c != '\n' && c != '\t') out += ' ';  // not allowed in XML 1.0
        else out.push_back(static_cast<char>(c));
    }
  }
  return out;
}

namespace {

NetNode ActorNode(const Actor& a) {
  NetNode n;
  n.id = a.id;
  n.label = a.name.empty() ? a.id : a.name;
  n.kind = std::string(ActorKindName(a.kind));
  n.qid = a.qid;
  n.iri = ActorIri(a.id);
  return n;
}

NetEdge EventEdge(const Event& e, const ActionType* at) {
  NetEdge x;
  x.action = e.action;
  x.label = e.action;
  if (at) {
    x.cameo = at->cameo;
    x.plover = at->plover;
  }
  x.factuality = std::string(FactualityName(e.factuality));
  x.date = e.date;
  x.date_text = e.date ? e.date->value : "";
  x.event_iris = {EventIri(e.id)};
  if (!e.mentions.empty()) {
    x.evidence = e.mentions.front().sentence;
    x.document = e.mentions.front().document;
  }
  return x;
}

}  // namespace

Result<NetworkView> BuildNetworkView(const Graph& g, const std::string& view_name) {
  std::string view = view_name.empty() ? "actors" : view_name;
  if (view != "actors" && view != "weighted" && view != "events")
    return Status(StatusCode::kInvalidArgument, "unknown view '" + view_name + "' (actors, weighted or events)");
  const ActionRules& rules = ActionRules::Default();
  NetworkView v;
  for (const Actor& a : g.actors()) v.nodes.push_back(ActorNode(a));
  std::size_t n = 0;
  if (view == "events") {
    for (const Event& e : g.events()) {
      const ActionType* at = rules.Find(e.action);
      NetNode en;
      en.id = "event:" + e.id;
      en.label = e.action + (e.date ? " " + e.date->value : "");
      en.kind = "event";
      en.iri = EventIri(e.id);
      en.action = e.action;
      en.date = e.date;
      en.factuality = std::string(FactualityName(e.factuality));
      v.nodes.push_back(en);
      auto role_edge = [&](const std::string& actor, const char* role, bool from_actor, bool directed) {
        NetEdge x = EventEdge(e, at);
        x.id = "e" + std::to_string(++n);
        x.source = from_actor ? actor : en.id;
        x.target = from_actor ? en.id : actor;
        x.directed = directed;
        x.role = role;
        x.label = role;
        v.edges.push_back(std::move(x));
      };
      for (const auto& a : e.agents) role_edge(a, "agent", true, true);
      for (const auto& a : e.recipients) role_edge(a, "recipient", false, true);
      for (const auto& a : e.participants) role_edge(a, "participant", true, false);
    }
    return v;
  }
  std::map<std::tuple<std::string, std::string, std::string, bool>, std::size_t> merged;
  for (const Event& e : g.events()) {
    const ActionType* at = rules.Find(e.action);
    std::vector<std::pair<std::string, std::string>> pairs;
    bool directed = e.participants.empty();
    if (directed) {
      for (const auto& a : e.agents)
        for (const auto& r : e.recipients) pairs.emplace_back(a, r);
    } else {
      for (std::size_t i = 0; i < e.participants.size(); ++i)
        for (std::size_t j = i + 1; j < e.participants.size(); ++j) pairs.emplace_back(e.participants[i], e.participants[j]);
    }
    for (const auto& [a, b] : pairs) {
      if (a == b) continue;
      if (view == "weighted") {
        auto key = std::make_tuple(a, b, e.action, directed);
        auto it = merged.find(key);
        if (it != merged.end()) {
          NetEdge& x = v.edges[it->second];
          ++x.weight;
          x.event_iris.push_back(EventIri(e.id));
          if (e.date) {
            if (!x.date) {
              x.date = e.date;
            } else {
              x.date->earliest = std::min(x.date->earliest, e.date->earliest);
              x.date->latest = std::max(x.date->latest, e.date->latest);
              x.date->value.clear();
            }
          }
          x.date_text = x.date ? (x.date->value.empty() ? x.date->earliest.ToString() + "/" + x.date->latest.ToString()
                                                        : x.date->value)
                               : "";
          x.label = e.action + " ×" + std::to_string(x.weight);
          continue;
        }
        merged[key] = v.edges.size();
      }
      NetEdge x = EventEdge(e, at);
      x.id = "e" + std::to_string(++n);
      x.source = a;
      x.target = b;
      x.directed = directed;
      v.edges.push_back(std::move(x));
    }
  }
  return v;
}

}  // namespace diplograph::internal
