// The JSON-LD graph loader (`diplograph merge`, `query`): arbitrary bytes as
// a graph file, possibly written by another tool.
//
// Invariant: a graph that loads can be written again and reloads to the same
// graph.
#include <sstream>

#include "diplograph/export.h"
#include "diplograph/load.h"
#include "fuzz_support.h"

using namespace diplograph;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  auto loaded = LoadGraph(fuzz::AsText(data, size), "fuzz.jsonld");
  if (!loaded.ok()) return 0;
  auto exporter = MakeExporter("jsonld");
  std::ostringstream out;
  DG_FUZZ_CHECK(exporter->Write(*loaded, out).ok());
  auto again = LoadGraph(out.str(), "<fuzz export>");
  DG_FUZZ_CHECK(again.ok());
  DG_FUZZ_CHECK(again->events().size() == loaded->events().size());
  return 0;
}
