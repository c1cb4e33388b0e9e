// Shared by the subcommands that read graphs (query, merge, export): reading
// JSON-LD graph files with the error printed the same way everywhere.
#pragma once

#include <optional>
#include <string>

#include "diplograph/graph.h"
#include "diplograph/lexicon.h"

namespace diplograph::cli {

// Loads one graph file; on failure prints "COMMAND: file:line:column: why"
// on stderr and returns nullopt.
std::optional<Graph> LoadGraphOrReport(const char* command, const std::string& path);

// A date bound given as YYYY, YYYY-MM or YYYY-MM-DD: the first (or, with
// `end`, the last) day it names.
std::optional<CivilDate> ParseDateBound(const std::string& text, bool end);

// For a command about to return to main(): takes the graph instead of letting
// it be freed. A large graph is millions of small blocks, and freeing them one
// by one (~0.1 s per 20 MB of news) gives nothing back that the exit would
// not. The graph stays reachable (leak checkers do not report it). Only the
// first graph of a process is kept; later calls leave theirs to be freed as
// usual, so a process that runs many commands does not grow.
void KeepUntilExit(Graph&& graph);

}  // namespace diplograph::cli
