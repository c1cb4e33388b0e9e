// The graph as nodes and edges, for the network formats (GraphML, DOT, GEXF,
// Cytoscape.js, HTML). Three views:
//   "actors"   one edge per event and pair of parties: agent -> recipient for
//              directed actions, participant -- participant for symmetric ones;
//   "weighted" the same with parallel edges (same pair, same action) merged,
//              weight = number of events;
//   "events"   the faithful view: actor and event nodes; agent -> event ->
//              recipient, participant -- event.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "diplograph/export.h"
#include "diplograph/graph.h"
#include "diplograph/status.h"

namespace diplograph::internal {

struct NetNode {
  std::string id;     // unique in the view
  std::string label;  // what a viewer shows
  std::string kind;   // person, country, organization, or event
  std::string qid;    // actors: Wikidata id
  std::string iri;    // the node's IRI in the JSON-LD export
  std::string action;                // events
  std::optional<DateSpan> date;      // events
  std::string factuality;            // events
};

struct NetEdge {
  std::string id;
  std::string source, target;  // NetNode ids
  bool directed = true;
  std::string label;   // for Gephi and friends: the action, or the role in the events view
  std::string action, cameo, plover, factuality, role;
  std::optional<DateSpan> date;   // the event's date (weighted view: the span of all merged events)
  std::string date_text;          // TIMEX value or ""
  std::vector<std::string> event_iris;
  std::string evidence;  // the first sentence reporting it
  std::string document;  // that sentence's document
  int weight = 1;
};

struct NetworkView {
  std::vector<NetNode> nodes;
  std::vector<NetEdge> edges;
};

inline const std::vector<std::string>& NetworkViews() {
  static const std::vector<std::string> v{"actors", "weighted", "events"};
  return v;
}

// kInvalidArgument for an unknown view; "" means "actors".
Result<NetworkView> BuildNetworkView(const Graph& graph, const std::string& view);

// Escapes for XML text and attribute values.
std::string XmlEscape(std::string_view s);

// Base of the network formats: picks the view, then writes it.
class NetworkExporter : public Exporter {
 public:
  std::vector<std::string> views() const override { return NetworkViews(); }
  Status Write(const Graph& g, std::ostream& out) const override { return Write(g, out, ExportOptions{}); }
  Status Write(const Graph& g, std::ostream& out, const ExportOptions& options) const override {
    Result<NetworkView> v = BuildNetworkView(g, options.view);
    if (!v.ok()) return v.status();
    WriteView(*v, options.view.empty() ? "actors" : options.view, out);
    if (!out) return Status(StatusCode::kIoError, "write failed");
    return Status::Ok();
  }

 protected:
  virtual void WriteView(const NetworkView& v, const std::string& view, std::ostream& out) const = 0;
};

}  // namespace diplograph::internal
