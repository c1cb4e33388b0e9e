// Links the installed library and extracts one sentence: proves that
// find_package(diplograph) gives a working target with its data embedded.
#include <diplograph/extractor.h>

#include <iostream>

int main() {
  auto ex = diplograph::Extractor::Create({});
  if (!ex.ok()) {
    std::cerr << ex.status().ToString() << "\n";
    return 1;
  }
  diplograph::Document doc;
  doc.id = "c1";
  doc.text = "Russian President Vladimir Putin congratulated Chinese President Xi Jinping on Monday.";
  doc.published = diplograph::CivilDate{2023, 3, 14};
  diplograph::Graph g;
  diplograph::DocumentReport r = ex->Extract(doc, &g);
  if (g.events().size() != 1 || g.events()[0].action != "congratulate") {
    std::cerr << "expected one congratulation, got " << g.events().size() << " events\n";
    return 1;
  }
  std::cout << "consumer: " << r.events.size() << " event, " << g.events()[0].date->value << "\n";
  return 0;
}
