// Graphviz DOT: `dot -Tsvg graph.dot > graph.svg`. Symmetric actions are
// drawn without arrowheads; edge labels name the action and date.
#include "export/exporters.h"
#include "export/network_view.h"

namespace diplograph::internal {
namespace {

std::string DotString(std::string_view s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    if (c == '\n') {
      out += "\\n";
      continue;
    }
    if (c == '\r') continue;
    out += c;
  }
  return out + "\"";
}

const char* Colour(const std::string& action) {
  if (action == "congratulate") return "#2e7d32";
  if (action == "meet") return "#1565c0";
  if (action == "withhold_recognition") return "#c62828";
  if (action.empty()) return "#555555";
  return "#6a1b9a";
}

class DotExporter final : public NetworkExporter {
 public:
  std::string_view name() const override { return "dot"; }
  std::string_view extension() const override { return ".dot"; }

 protected:
  void WriteView(const NetworkView& v, const std::string& view, std::ostream& out) const override {
    out << "digraph diplograph {\n"
           "  graph [label=" << DotString("diplograph: " + view) << ", fontname=\"DejaVu Sans\", overlap=false, rankdir=LR];\n"
           "  node [fontname=\"DejaVu Sans\", fontsize=11, style=filled, fillcolor=\"#f5f5f5\"];\n"
           "  edge [fontname=\"DejaVu Sans\", fontsize=9];\n";
    for (const NetNode& n : v.nodes) {
      const char* shape = n.kind == "event" ? "box" : n.kind == "country" ? "hexagon" : n.kind == "organization" ? "house" : "ellipse";
      out << "  " << DotString(n.id) << " [label=" << DotString(n.label) << ", shape=" << shape;
      if (n.kind == "event") out << ", fillcolor=\"#fff8e1\"";
      if (!n.iri.empty()) out << ", URL=" << DotString(n.iri);
      out << "];\n";
    }
    for (const NetEdge& e : v.edges) {
      std::string label = e.label + (e.date_text.empty() || e.role.size() ? "" : "\n" + e.date_text);
      out << "  " << DotString(e.source) << " -> " << DotString(e.target) << " [label=" << DotString(label)
          << ", color=\"" << Colour(e.action) << "\", fontcolor=\"" << Colour(e.action) << "\"";
      if (!e.directed) out << ", dir=none";
      if (e.weight > 1) out << ", penwidth=" << std::min(1 + e.weight, 6);
      if (!e.evidence.empty()) out << ", tooltip=" << DotString(e.evidence.substr(0, 300));
      out << "];\n";
    }
    out << "}\n";
  }
};

}  // namespace

std::unique_ptr<Exporter> MakeDotExporter() { return std::make_unique<DotExporter>(); }

}  // namespace diplograph::internal
