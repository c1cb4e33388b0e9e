// GEXF 1.2 for Gephi (and NetworkX, which reads 1.1 and 1.2), with each edge's event dates as its lifetime
// (start/end) so Gephi's timeline plays the events in order.
#include "export/exporters.h"
#include "export/network_view.h"

namespace diplograph::internal {
namespace {

class GexfExporter final : public NetworkExporter {
 public:
  std::string_view name() const override { return "gexf"; }
  std::string_view extension() const override { return ".gexf"; }

 protected:
  void WriteView(const NetworkView& v, const std::string& view, std::ostream& out) const override {
    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<gexf xmlns=\"http://www.gexf.net/1.2draft\" version=\"1.2\">\n"
           "  <meta><creator>diplograph</creator><description>diplomatic events: "
        << XmlEscape(view) << " view</description></meta>\n"
           "  <graph mode=\"dynamic\" defaultedgetype=\"directed\" timeformat=\"date\">\n"
           "    <attributes class=\"node\">\n"
           "      <attribute id=\"kind\" title=\"kind\" type=\"string\"/>\n"
           "      <attribute id=\"qid\" title=\"qid\" type=\"string\"/>\n"
           "      <attribute id=\"iri\" title=\"iri\" type=\"string\"/>\n"
           "    </attributes>\n"
           "    <attributes class=\"edge\">\n"
           "      <attribute id=\"action\" title=\"action\" type=\"string\"/>\n"
           "      <attribute id=\"cameo\" title=\"cameo\" type=\"string\"/>\n"
           "      <attribute id=\"plover\" title=\"plover\" type=\"string\"/>\n"
           "      <attribute id=\"date\" title=\"date\" type=\"string\"/>\n"
           "      <attribute id=\"factuality\" title=\"factuality\" type=\"string\"/>\n"
           "      <attribute id=\"event\" title=\"event\" type=\"string\"/>\n"
           "      <attribute id=\"evidence\" title=\"evidence\" type=\"string\"/>\n"
           "    </attributes>\n"
           "    <nodes>\n";
    auto att = [&](const char* id, const std::string& value) {
      if (!value.empty()) out << "          <attvalue for=\"" << id << "\" value=\"" << XmlEscape(value) << "\"/>\n";
    };
    for (const NetNode& n : v.nodes) {
      out << "      <node id=\"" << XmlEscape(n.id) << "\" label=\"" << XmlEscape(n.label) << "\"";
      if (n.date) out << " start=\"" << n.date->earliest.ToString() << "\" end=\"" << n.date->latest.ToString() << "\"";
      out << ">\n        <attvalues>\n";
      att("kind", n.kind);
      att("qid", n.qid);
      att("iri", n.iri);
      out << "        </attvalues>\n      </node>\n";
    }
    out << "    </nodes>\n    <edges>\n";
    for (const NetEdge& e : v.edges) {
      out << "      <edge id=\"" << e.id << "\" source=\"" << XmlEscape(e.source) << "\" target=\"" << XmlEscape(e.target)
          << "\" type=\"" << (e.directed ? "directed" : "mutual") << "\" label=\"" << XmlEscape(e.label)
          << "\" weight=\"" << e.weight << "\"";
      if (e.date) out << " start=\"" << e.date->earliest.ToString() << "\" end=\"" << e.date->latest.ToString() << "\"";
      out << ">\n        <attvalues>\n";
      att("action", e.action);
      att("cameo", e.cameo);
      att("plover", e.plover);
      att("date", e.date_text);
      att("factuality", e.factuality);
      std::string iris;
      for (const auto& i : e.event_iris) iris += (iris.empty() ? "" : " ") + i;
      att("event", iris);
      att("evidence", e.evidence);
      out << "        </attvalues>\n      </edge>\n";
    }
    out << "    </edges>\n  </graph>\n</gexf>\n";
  }
};

}  // namespace

std::unique_ptr<Exporter> MakeGexfExporter() { return std::make_unique<GexfExporter>(); }

}  // namespace diplograph::internal
