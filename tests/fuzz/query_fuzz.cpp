// The query pattern parser and engine: arbitrary bytes as a pattern such as
// "(?a)-[congratulate]->(Biden)", run against a small graph.
#include "diplograph/query.h"
#include "fuzz_support.h"

using namespace diplograph;

namespace {
Graph SmallGraph() {
  Graph g;
  Actor biden;
  biden.id = "joe_biden";
  biden.name = "Joe Biden";
  biden.kind = ActorKind::kPerson;
  Actor putin;
  putin.id = "vladimir_putin";
  putin.name = "Vladimir Putin";
  putin.kind = ActorKind::kPerson;
  g.AddActor(biden);
  g.AddActor(putin);
  Event e;
  e.action = "congratulate";
  e.agents = {"vladimir_putin"};
  e.recipients = {"joe_biden"};
  e.date = DateSpan::Day(CivilDate{2020, 12, 15});
  Mention m;
  m.document = "d1";
  m.sentence = "Putin congratulated Biden.";
  m.end = m.sentence.size();
  e.mentions.push_back(m);
  g.AddDocumentEvents({e});
  return g;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const Graph* graph = new Graph(SmallGraph());
  static const QueryEngine* engine = new QueryEngine(*graph);
  auto pattern = ParsePattern(fuzz::AsText(data, size));
  if (!pattern.ok()) return 0;
  auto result = engine->Run(*pattern);
  (void)result;
  return 0;
}
