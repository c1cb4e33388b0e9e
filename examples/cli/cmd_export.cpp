// diplograph export: a graph file in another format (RDF, GraphML, DOT,
// GEXF, Cytoscape.js, HTML).
#include <cstdio>
#include <algorithm>
#include <string>

#include "command.h"
#include "diplograph/export.h"
#include "graph_io.h"

namespace diplograph::cli {
namespace {

void Usage(FILE* out) {
  std::fprintf(out,
               "usage: diplograph export GRAPH.jsonld --to FORMAT [--view VIEW] -o OUT\n"
               "\n"
               "Writes a graph made by 'diplograph extract' in another format (docs/exports.md).\n"
               "\n"
               "options:\n"
               "  --to FORMAT     one of:");
  for (const std::string& f : ExportFormats()) {
    std::unique_ptr<Exporter> ex = MakeExporter(f);
    std::fprintf(out, " %s", f.c_str());
    (void)ex;
  }
  std::fprintf(out,
               "\n"
               "  --view VIEW     graphml, dot, gexf, cytoscape: actors (default; one edge per event),\n"
               "                  weighted (parallel edges merged, weight = count) or events (actor and event nodes)\n"
               "  -o FILE         where to write (default: GRAPH with the format's extension); written atomically\n"
               "  -h, --help      this text\n"
               "\n"
               "exit codes: 0 written, 2 usage error, 3 the graph could not be read or the output written\n");
}

int RunExport(int argc, char** argv) {
  std::string input, format, view, output;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "-h" || a == "--help") {
      Usage(stdout);
      return kExitOk;
    } else if (a == "--to" || a == "--view" || a == "-o" || a == "--output") {
      if (i + 1 >= argc) {
        std::fprintf(stderr, "diplograph export: %s needs a value\n", a.c_str());
        return kExitUsage;
      }
      (a == "--to" ? format : a == "--view" ? view : output) = argv[++i];
    } else if (a.size() > 1 && a[0] == '-') {
      std::fprintf(stderr, "diplograph export: unknown option '%s'\n", a.c_str());
      Usage(stderr);
      return kExitUsage;
    } else if (input.empty()) {
      input = a;
    } else {
      std::fprintf(stderr, "diplograph export: one graph at a time (also got '%s')\n", a.c_str());
      return kExitUsage;
    }
  }
  if (input.empty() || format.empty()) {
    std::fprintf(stderr, "diplograph export: %s\n", input.empty() ? "no graph file" : "no --to FORMAT");
    Usage(stderr);
    return kExitUsage;
  }
  std::unique_ptr<Exporter> exporter = MakeExporter(format);
  if (!exporter) {
    std::fprintf(stderr, "diplograph export: unknown format '%s'\n", format.c_str());
    Usage(stderr);
    return kExitUsage;
  }
  std::vector<std::string> views = exporter->views();
  if (!view.empty() && std::find(views.begin(), views.end(), view) == views.end()) {
    std::fprintf(stderr, "diplograph export: the %s format has no view '%s'%s\n", format.c_str(), view.c_str(),
                 views.empty() ? " (it has one view only)" : "");
    return kExitUsage;
  }
  if (output.empty()) {
    std::string stem = input;
    auto dot = stem.rfind('.');
    if (dot != std::string::npos && stem.find('/', dot) == std::string::npos) stem.resize(dot);
    output = stem + std::string(exporter->extension());
  }
  std::optional<Graph> graph = LoadGraphOrReport("export", input);
  if (!graph) return kExitIo;
  ExportOptions options;
  options.view = view;
  Status w = WriteFileAtomically(output, [&](std::ostream& out) { return exporter->Write(*graph, out, options); });
  if (!w.ok()) {
    std::fprintf(stderr, "diplograph export: %s\n", w.ToString().c_str());
    return kExitIo;
  }
  std::fprintf(stderr, "%s%s%s -> %s\n", format.c_str(), view.empty() ? "" : " view ", view.c_str(), output.c_str());
  return kExitOk;
}

}  // namespace

DIPLOGRAPH_COMMAND("export", "write a graph file in another format (RDF, GraphML, DOT, GEXF, HTML...)", RunExport);

}  // namespace diplograph::cli
