// GraphML for NetworkX, Gephi, yEd and Cytoscape desktop. Every attribute is
// declared as a <key>; "label" is the one Gephi shows. The graph is directed
// (NetworkX refuses mixed graphs); edges of symmetric actions carry
// symmetric=true and go from the first participant to the second by id.
#include "export/exporters.h"
#include "export/network_view.h"

namespace diplograph::internal {
namespace {

class GraphMlExporter final : public NetworkExporter {
 public:
  std::string_view name() const override { return "graphml"; }
  std::string_view extension() const override { return ".graphml"; }

 protected:
  void WriteView(const NetworkView& v, const std::string& view, std::ostream& out) const override {
    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
           "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
           "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
           "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
    const char* node_keys[][2] = {{"label", "string"}, {"kind", "string"}, {"qid", "string"}, {"iri", "string"},
                                  {"action", "string"}, {"date", "string"}, {"factuality", "string"}};
    const char* edge_keys[][2] = {{"label", "string"},  {"action", "string"},   {"cameo", "string"},
                                  {"plover", "string"}, {"role", "string"},     {"date", "string"},
                                  {"earliest", "string"}, {"latest", "string"}, {"factuality", "string"},
                                  {"event", "string"},  {"evidence", "string"}, {"document", "string"},
                                  {"weight", "double"},
                                  {"symmetric", "boolean"}};
    for (auto& k : node_keys)
      out << "  <key id=\"n_" << k[0] << "\" for=\"node\" attr.name=\"" << k[0] << "\" attr.type=\"" << k[1] << "\"/>\n";
    for (auto& k : edge_keys)
      out << "  <key id=\"e_" << k[0] << "\" for=\"edge\" attr.name=\"" << k[0] << "\" attr.type=\"" << k[1] << "\"/>\n";
    out << "  <graph id=\"diplograph-" << view << "\" edgedefault=\"directed\">\n";
    auto data = [&](const char* key, const std::string& value) {
      if (!value.empty()) out << "      <data key=\"" << key << "\">" << XmlEscape(value) << "</data>\n";
    };
    for (const NetNode& n : v.nodes) {
      out << "    <node id=\"" << XmlEscape(n.id) << "\">\n";
      data("n_label", n.label);
      data("n_kind", n.kind);
      data("n_qid", n.qid);
      data("n_iri", n.iri);
      data("n_action", n.action);
      data("n_date", n.date ? n.date->value : "");
      data("n_factuality", n.factuality);
      out << "    </node>\n";
    }
    for (const NetEdge& e : v.edges) {
      out << "    <edge id=\"" << e.id << "\" source=\"" << XmlEscape(e.source) << "\" target=\"" << XmlEscape(e.target)
          << "\">\n";
      data("e_label", e.label);
      data("e_action", e.action);
      data("e_cameo", e.cameo);
      data("e_plover", e.plover);
      data("e_role", e.role);
      data("e_date", e.date_text);
      data("e_earliest", e.date ? e.date->earliest.ToString() : "");
      data("e_latest", e.date ? e.date->latest.ToString() : "");
      data("e_factuality", e.factuality);
      std::string iris;
      for (const auto& i : e.event_iris) iris += (iris.empty() ? "" : " ") + i;
      data("e_event", iris);
      data("e_evidence", e.evidence);
      data("e_document", e.document);
      data("e_weight", std::to_string(e.weight));
      data("e_symmetric", e.directed ? "false" : "true");
      out << "    </edge>\n";
    }
    out << "  </graph>\n</graphml>\n";
  }
};

}  // namespace

std::unique_ptr<Exporter> MakeGraphMlExporter() { return std::make_unique<GraphMlExporter>(); }

}  // namespace diplograph::internal
