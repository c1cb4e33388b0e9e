#include <mutex>

#include "export/exporters.h"

namespace diplograph {

namespace internal {
// The other formats, each defined in its own file of lib/export/.
std::unique_ptr<Exporter> MakeNTriplesExporter();
std::unique_ptr<Exporter> MakeNQuadsExporter();
std::unique_ptr<Exporter> MakeTurtleExporter();
std::unique_ptr<Exporter> MakeGraphMlExporter();
std::unique_ptr<Exporter> MakeDotExporter();
std::unique_ptr<Exporter> MakeGexfExporter();
std::unique_ptr<Exporter> MakeCytoscapeExporter();
std::unique_ptr<Exporter> MakeHtmlExporter();
}  // namespace internal

void RegisterBuiltinExporters() {
  static std::once_flag once;
  std::call_once(once, [] {
    RegisterExporter("jsonld", internal::MakeJsonLdExporter);
    RegisterExporter("ntriples", internal::MakeNTriplesExporter);
    RegisterExporter("nquads", internal::MakeNQuadsExporter);
    RegisterExporter("turtle", internal::MakeTurtleExporter);
    RegisterExporter("graphml", internal::MakeGraphMlExporter);
    RegisterExporter("dot", internal::MakeDotExporter);
    RegisterExporter("gexf", internal::MakeGexfExporter);
    RegisterExporter("cytoscape", internal::MakeCytoscapeExporter);
    RegisterExporter("html", internal::MakeHtmlExporter);
  });
}

}  // namespace diplograph
