// Cytoscape.js JSON: {"elements": {"nodes": [{"data": ...}], "edges": [...]}},
// loadable with cytoscape({elements: json.elements}) or Cytoscape desktop's
// "Import network from file (Cytoscape.js JSON)".
#include <nlohmann/json.hpp>

#include "export/exporters.h"
#include "export/network_view.h"

namespace diplograph::internal {
namespace {

class CytoscapeExporter final : public NetworkExporter {
 public:
  std::string_view name() const override { return "cytoscape"; }
  std::string_view extension() const override { return ".cyjs"; }

 protected:
  void WriteView(const NetworkView& v, const std::string& view, std::ostream& out) const override {
    using nlohmann::json;
    json nodes = json::array(), edges = json::array();
    for (const NetNode& n : v.nodes) {
      json d{{"id", n.id}, {"label", n.label}, {"kind", n.kind}, {"iri", n.iri}};
      if (!n.qid.empty()) d["qid"] = n.qid;
      if (!n.action.empty()) d["action"] = n.action;
      if (n.date) d["date"] = n.date->value;
      nodes.push_back(json{{"data", d}, {"group", "nodes"}});
    }
    for (const NetEdge& e : v.edges) {
      json d{{"id", e.id},         {"source", e.source}, {"target", e.target}, {"label", e.label},
             {"action", e.action}, {"directed", e.directed}, {"weight", e.weight}, {"events", e.event_iris}};
      for (auto [k, val] : {std::pair{"cameo", &e.cameo}, std::pair{"plover", &e.plover}, std::pair{"role", &e.role},
                            std::pair{"factuality", &e.factuality}, std::pair{"evidence", &e.evidence},
                            std::pair{"document", &e.document}, std::pair{"date", &e.date_text}})
        if (!val->empty()) d[k] = *val;
      if (e.date) {
        d["earliest"] = e.date->earliest.ToString();
        d["latest"] = e.date->latest.ToString();
      }
      edges.push_back(json{{"data", d}, {"group", "edges"}});
    }
    json doc{{"format_version", "1.0"},
             {"generated_by", "diplograph"},
             {"data", {{"name", "diplograph " + view}, {"view", view}}},
             {"elements", {{"nodes", nodes}, {"edges", edges}}}};
    out << doc.dump(1, ' ', false, json::error_handler_t::replace) << "\n";
  }
};

}  // namespace

std::unique_ptr<Exporter> MakeCytoscapeExporter() { return std::make_unique<CytoscapeExporter>(); }

}  // namespace diplograph::internal
