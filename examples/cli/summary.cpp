#include "summary.h"

#include <string>

namespace diplograph::cli {
namespace {
std::string Names(const Graph& g, const std::vector<std::string>& ids) {
  std::string out;
  for (const auto& id : ids) {
    const Actor* a = g.FindActor(id);
    out += (out.empty() ? "" : ", ") + (a ? a->name : id);
  }
  return out.empty() ? "-" : out;
}
}  // namespace

void PrintSummary(const Graph& g, std::FILE* out, bool only_asserted) {
  std::fprintf(out, "%-12s %-22s %-34s %-34s %-9s %s\n", "date", "action", "who", "whom / with", "status", "mentions");
  for (const Event& e : g.events()) {
    if (only_asserted && e.factuality != Factuality::kAsserted) continue;
    std::string who, whom;
    if (!e.participants.empty()) {
      who = Names(g, {e.participants.front()});
      whom = Names(g, std::vector<std::string>(e.participants.begin() + 1, e.participants.end()));
    } else {
      who = Names(g, e.agents);
      whom = Names(g, e.recipients);
    }
    std::string date = e.date ? e.date->value : "-";
    std::fprintf(out, "%-12s %-22s %-34s %-34s %-9s %zu\n", date.c_str(), e.action.c_str(), who.c_str(), whom.c_str(),
                 std::string(FactualityName(e.factuality)).c_str(), e.mentions.size());
  }
}

}  // namespace diplograph::cli
