// The whole document pipeline: arbitrary bytes as an article's text, through
// normalisation, splitting, actors, actions, dates and events into a graph,
// then exported as JSON-LD and loaded back.
//
// Invariants: evidence offsets lie inside the text; the JSON-LD the library
// writes is JSON-LD the library can read, with the same number of events.
#include <sstream>

#include "diplograph/export.h"
#include "diplograph/extractor.h"
#include "diplograph/load.h"
#include "fuzz_support.h"

using namespace diplograph;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const Extractor* extractor = [] {
    Extractor::Options options;
    auto made = Extractor::Create(std::move(options));
    if (!made.ok()) fuzz::Broken("the default extractor does not build");
    return new Extractor(std::move(made).value());
  }();
  Document doc;
  doc.id = "fuzz";
  doc.text.assign(fuzz::AsText(data, size));
  doc.published = CivilDate{2021, 6, 15};
  Graph graph;
  DocumentReport report = extractor->Extract(doc, &graph);
  for (const Event& event : report.events) {
    for (const Mention& mention : event.mentions) {
      // Code-point offsets: never past the text's byte length.
      DG_FUZZ_CHECK(mention.begin <= mention.end);
      DG_FUZZ_CHECK(mention.end <= doc.text.size());
    }
  }
  auto exporter = MakeExporter("jsonld");
  DG_FUZZ_CHECK(exporter != nullptr);
  std::ostringstream out;
  DG_FUZZ_CHECK(exporter->Write(graph, out).ok());
  auto loaded = LoadGraph(out.str(), "<fuzz export>");
  DG_FUZZ_CHECK(loaded.ok());
  DG_FUZZ_CHECK(loaded->events().size() == graph.events().size());
  return 0;
}
