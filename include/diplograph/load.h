// diplograph/load.h: reading a diplograph JSON-LD graph back into a Graph.
//
// What for: keep a graph on disk and come back to it: query it, add articles
// to it (`diplograph extract --into`), merge graphs built from different
// article sets (`diplograph merge`). Loading is the inverse of the "jsonld"
// exporter: LoadGraph(export(g)) == g, and because the events are rebuilt per
// document, Merge(Load(export(extract(A))), Load(export(extract(B)))) equals
// extract(A + B).
//
// Only files written by diplograph's "jsonld" exporter are read (compact form
// with the embedded diplograph @context, docs/jsonld.md). JSON-LD from another
// tool, or broken JSON, gives a Status naming the file and, where it can be
// found, the line and column of the fault.
//
//   diplograph::Result<diplograph::Graph> g = diplograph::LoadGraphFile("graph.jsonld");
//   if (!g.ok()) { std::cerr << g.status().ToString() << "\n"; return 1; }
//   g->Merge(other);
//
// Thread safety: free functions without shared state; call from any thread.
#pragma once

#include <string>
#include <string_view>

#include "diplograph/graph.h"
#include "diplograph/status.h"

namespace diplograph {

// Parses the text of a diplograph JSON-LD file. `origin` names it in errors.
Result<Graph> LoadGraph(std::string_view jsonld, std::string_view origin = "<jsonld>");
// Reads and parses a file (NotFound / IoError / ParseError with the path).
Result<Graph> LoadGraphFile(const std::string& path);

}  // namespace diplograph
