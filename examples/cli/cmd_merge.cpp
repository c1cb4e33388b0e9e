// diplograph merge: several graph files into one, as if their articles had
// been extracted together.
#include <cstdio>
#include <string>
#include <vector>

#include "command.h"
#include "diplograph/export.h"
#include "graph_io.h"

namespace diplograph::cli {
namespace {

const char kUsage[] =
    "usage: diplograph merge GRAPH.jsonld... -o OUT.jsonld\n"
    "\n"
    "Merges graphs written by 'diplograph extract'. The result equals extracting all their\n"
    "articles at once: the same event reported in two graphs becomes one event with the\n"
    "mentions of both. OUT may be one of the inputs; it is written atomically.\n"
    "\n"
    "options:\n"
    "  -o, --output FILE   where to write the merged graph (required)\n"
    "  --format NAME       output format (default: jsonld)\n"
    "  -h, --help          this text\n"
    "\n"
    "exit codes: 0 merged, 2 usage error, 3 an input could not be read or the output written\n";

int RunMerge(int argc, char** argv) {
  std::string output, format = "jsonld";
  std::vector<std::string> inputs;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "-h" || a == "--help") {
      std::fputs(kUsage, stdout);
      return kExitOk;
    } else if (a == "-o" || a == "--output" || a == "--format") {
      if (i + 1 >= argc) {
        std::fprintf(stderr, "diplograph merge: %s needs a value\n", a.c_str());
        return kExitUsage;
      }
      (a == "--format" ? format : output) = argv[++i];
    } else if (a.size() > 1 && a[0] == '-') {
      std::fprintf(stderr, "diplograph merge: unknown option '%s'\n%s", a.c_str(), kUsage);
      return kExitUsage;
    } else {
      inputs.push_back(a);
    }
  }
  if (inputs.empty() || output.empty()) {
    std::fprintf(stderr, "diplograph merge: %s\n%s", inputs.empty() ? "no input graphs" : "no output (-o)", kUsage);
    return kExitUsage;
  }
  std::unique_ptr<Exporter> exporter = MakeExporter(format);
  if (!exporter) {
    std::fprintf(stderr, "diplograph merge: unknown format '%s'\n", format.c_str());
    return kExitUsage;
  }
  Graph merged;
  for (const std::string& in : inputs) {
    std::optional<Graph> g = LoadGraphOrReport("merge", in);
    if (!g) return kExitIo;
    merged.Merge(*g);
  }
  Status w = WriteFileAtomically(output, [&](std::ostream& out) { return exporter->Write(merged, out); });
  if (!w.ok()) {
    std::fprintf(stderr, "diplograph merge: %s\n", w.ToString().c_str());
    return kExitIo;
  }
  std::fprintf(stderr, "merged %zu graphs: %zu documents, %zu events, %zu actors -> %s\n", inputs.size(),
               merged.documents().size(), merged.events().size(), merged.actors().size(), output.c_str());
  KeepUntilExit(std::move(merged));  // the process ends next: no need to free it
  return kExitOk;
}

}  // namespace

DIPLOGRAPH_COMMAND("merge", "merge graph files into one", RunMerge);

}  // namespace diplograph::cli
