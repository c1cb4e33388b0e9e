// A who-did-what-to-whom table of a graph, for people reading a terminal.
#pragma once

#include <cstdio>

#include "diplograph/graph.h"

namespace diplograph::cli {

// Prints one line per event: date, action, who, whom, factuality, mentions.
// `only_asserted` leaves out planned, negated and hedged events.
void PrintSummary(const Graph& graph, std::FILE* out, bool only_asserted = false);

}  // namespace diplograph::cli
