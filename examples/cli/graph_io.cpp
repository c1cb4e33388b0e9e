#include "graph_io.h"

#include <cstdio>
#include <utility>

#include "diplograph/load.h"

namespace diplograph::cli {

std::optional<Graph> LoadGraphOrReport(const char* command, const std::string& path) {
  Result<Graph> g = LoadGraphFile(path);
  if (!g.ok()) {
    std::fprintf(stderr, "diplograph %s: %s\n", command, g.status().ToString().c_str());
    return std::nullopt;
  }
  return std::move(g).value();
}

std::optional<CivilDate> ParseDateBound(const std::string& text, bool end) {
  if (auto d = CivilDate::Parse(text)) return d;
  int y = 0, m = 0;
  char tail = 0;
  if (text.size() == 7 && std::sscanf(text.c_str(), "%4d-%2d%c", &y, &m, &tail) == 2 && m >= 1 && m <= 12)
    return end ? CivilDate{y, m, CivilDate::DaysInMonth(y, m)} : CivilDate{y, m, 1};
  if (text.size() == 4 && std::sscanf(text.c_str(), "%4d%c", &y, &tail) == 1)
    return end ? CivilDate{y, 12, 31} : CivilDate{y, 1, 1};
  return std::nullopt;
}

void KeepUntilExit(Graph&& graph) {
  static const Graph* const kept = new Graph(std::move(graph));
  (void)kept;
}

}  // namespace diplograph::cli
