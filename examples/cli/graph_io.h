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

}  // namespace diplograph::cli
