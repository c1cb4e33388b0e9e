// who_congratulated_whom: a short analysis program built on the diplograph
// library. It reads articles (JSONL), extracts the event graph and prints every
// asserted congratulation and every withheld one, with the sentence that says so.
//
//   who_congratulated_whom examples/articles/articles.jsonl
#include <diplograph/extractor.h>
#include <diplograph/input.h>

#include <fstream>
#include <iostream>

namespace dg = diplograph;

static std::string Names(const dg::Graph& g, const std::vector<std::string>& ids) {
  std::string out;
  for (const auto& id : ids) {
    const dg::Actor* a = g.FindActor(id);
    out += (out.empty() ? "" : " and ") + (a ? a->name : id);
  }
  return out;
}

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: who_congratulated_whom ARTICLES.jsonl\n";
    return 2;
  }
  dg::Result<dg::Extractor> extractor = dg::Extractor::Create({});
  if (!extractor.ok()) {
    std::cerr << extractor.status().ToString() << "\n";
    return 3;
  }
  std::ifstream in(argv[1]);
  if (!in) {
    std::cerr << argv[1] << ": cannot open\n";
    return 3;
  }
  dg::Graph graph;
  dg::ReadStats stats;
  dg::Status s = dg::ReadJsonl(
      in, argv[1], [&](dg::Document doc) { extractor->Extract(doc, &graph); },
      [](const dg::Status& problem) { std::cerr << problem.ToString() << "\n"; }, &stats);
  if (!s.ok()) std::cerr << s.ToString() << "\n";

  for (const dg::Event& e : graph.events()) {
    if (e.factuality != dg::Factuality::kAsserted) continue;
    const char* verb = e.action == "congratulate" ? "congratulated"
                       : e.action == "withhold_recognition" ? "withheld congratulation or recognition from"
                                                            : nullptr;
    if (!verb) continue;
    std::cout << Names(graph, e.agents) << " " << verb << " " << Names(graph, e.recipients);
    if (e.date) std::cout << " (" << e.date->value << ")";
    std::cout << "\n    \"" << e.mentions.front().sentence << "\" [" << e.mentions.front().document << "]\n";
  }
  return stats.rejected ? 1 : 0;
}
