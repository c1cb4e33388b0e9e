#include <catch2/catch.hpp>

#include <algorithm>
#include <random>
#include <sstream>

#include "diplograph/export.h"
#include "diplograph/load.h"
#include "graph_corpus.h"

using namespace diplograph;
using diplograph::testing::CorpusGraph;
using diplograph::testing::ExtractAll;
using diplograph::testing::GraphTestCorpus;

namespace {

std::string ToJsonLd(const Graph& g) {
  std::ostringstream out;
  REQUIRE(MakeExporter("jsonld")->Write(g, out).ok());
  return out.str();
}

Graph Load(const std::string& text) {
  Result<Graph> g = LoadGraph(text, "test.jsonld");
  INFO(g.status().ToString());
  REQUIRE(g.ok());
  return std::move(g).value();
}

Document Doc(std::string id, std::string text, CivilDate published) {
  Document d;
  d.id = std::move(id);
  d.text = std::move(text);
  d.published = published;
  return d;
}

}  // namespace

TEST_CASE("loading an exported graph gives the same graph and the same bytes", "[load]") {
  const Graph& g = CorpusGraph();
  REQUIRE(g.events().size() >= 10);
  std::string text = ToJsonLd(g);
  Graph back = Load(text);
  CHECK(back == g);
  CHECK(ToJsonLd(back) == text);
  CHECK(back.num_edges() == g.num_edges());
}

TEST_CASE("an empty graph round-trips", "[load]") {
  Graph empty;
  CHECK(Load(ToJsonLd(empty)) == empty);
}

TEST_CASE("merge(extract(A), extract(B)) equals extract(A + B) over random splits, through files", "[load]") {
  std::vector<Document> docs = GraphTestCorpus();
  REQUIRE(docs.size() >= 10);
  const Graph& whole = CorpusGraph();
  std::mt19937 rng(20240409);
  for (int round = 0; round < 12; ++round) {
    std::vector<Document> a, b;
    for (const Document& d : docs) (rng() % 2 ? a : b).push_back(d);
    std::shuffle(a.begin(), a.end(), rng);
    Graph ga = Load(ToJsonLd(ExtractAll(a)));
    Graph gb = Load(ToJsonLd(ExtractAll(b)));
    INFO("round " << round << ": " << a.size() << " + " << b.size() << " documents");
    Graph ab = ga;
    ab.Merge(gb);
    CHECK(ab == whole);
    Graph ba = gb;
    ba.Merge(ga);
    CHECK(ba == whole);
    // Three ways: a loaded graph extended with more articles (extract --into).
    Graph into = ga;
    for (const Document& d : b) (void)diplograph::testing::DefaultExtractor().Extract(d, &into);
    CHECK(into == whole);
  }
}

TEST_CASE("a report told undated stays undated through a file, so merging groups as one extraction", "[load]") {
  // d1 tells the talks undated; d2 and d3 date two occasions it could be news of.
  Document d1 = Doc("d1", "Xi Jinping held talks with Vladimir Putin.", CivilDate{2023, 3, 22});
  Document d2 = Doc("d2", "Xi Jinping held talks with Vladimir Putin on Tuesday.", CivilDate{2023, 3, 21});
  Document d3 = Doc("d3", "Xi Jinping held talks with Vladimir Putin on Monday.", CivilDate{2023, 3, 21});
  Graph whole = ExtractAll({d1, d2, d3});
  CHECK(whole.events().size() == 3);  // two occasions fit d1: it stays apart
  // With d2 alone, d1 is news of Tuesday's talks, and the file says it was undated.
  std::string part = ToJsonLd(ExtractAll({d1, d2}));
  CHECK(part.find("\"undatedReport\":true") != std::string::npos);
  Graph merged = Load(part);
  REQUIRE(merged.events().size() == 1);
  merged.Merge(Load(ToJsonLd(ExtractAll({d3}))));
  CHECK(merged == whole);
  // A flag that is not a boolean is an error with its place.
  std::string bad = part;
  std::size_t at = bad.find("\"undatedReport\":true");
  REQUIRE(at != std::string::npos);
  bad.replace(at, 20, "\"undatedReport\":\"yes\"");
  Result<Graph> g = LoadGraph(bad, "bad.jsonld");
  REQUIRE_FALSE(g.ok());
  CHECK(g.status().ToString().find("undatedReport") != std::string::npos);
}

TEST_CASE("a state's act joins people's acts only when told in the same news cycle, so merging groups as one "
          "extraction",
          "[load]") {
  Document d1 =
      Doc("w1", "White House spokesman Jay Carney declined to recognise Nicolas Maduro.", CivilDate{2013, 4, 16});
  Document d2 = Doc("w2", "The United States refused to recognise Nicolas Maduro.", CivilDate{2018, 5, 22});
  Document d3 = Doc("w3", "Antony Blinken declined to recognise Nicolas Maduro.", CivilDate{2024, 7, 31});
  Graph whole = ExtractAll({d1, d2, d3});
  REQUIRE(whole.events().size() == 3);
  // Read without the 2024 article, the state of 2018 would have been the one
  // group of American people left for it to join (the spokesman of 2013).
  Graph part = ExtractAll({d1, d2});
  for (const Event& e : part.events())
    CHECK_FALSE((std::count(e.agents.begin(), e.agents.end(), "USA") &&
                 std::count(e.agents.begin(), e.agents.end(), "jay_carney")));
  Graph merged = Load(ToJsonLd(part));
  merged.Merge(Load(ToJsonLd(ExtractAll({d3}))));
  CHECK(merged == whole);
}

TEST_CASE("a state's report joined to one person's in a partial graph is told apart again when merged with another's", "[load]") {
  Document d1 = Doc("s1", "The State Department said on Sunday it would not congratulate Masoud Pezeshkian.",
                    CivilDate{2024, 7, 8});
  Document d2 = Doc("s2", "State Department spokesman Matthew Miller declined on Sunday to congratulate Masoud Pezeshkian.",
                    CivilDate{2024, 7, 8});
  Document d3 = Doc("s3", "Joe Biden declined on Saturday to congratulate Masoud Pezeshkian.", CivilDate{2024, 7, 7});
  Graph whole = ExtractAll({d1, d2, d3});
  REQUIRE(whole.events().size() == 3);
  // Alone with the spokesman, the department's report is his act: one event,
  // each mention keeping the agents its own document named.
  Graph part = ExtractAll({d1, d2});
  std::size_t joined = 0;
  for (const Event& e : part.events())
    if (e.mentions.size() == 2) {
      ++joined;
      for (const Mention& m : e.mentions) CHECK(m.report_agents.size() == 1);
    }
  REQUIRE(joined == 1);
  // With Biden's report beside them the department joins nobody; a merge of
  // the partial graph read back from a file groups exactly so.
  Graph merged = Load(ToJsonLd(part));
  merged.Merge(Load(ToJsonLd(ExtractAll({d3}))));
  CHECK(merged == whole);
  CHECK(ToJsonLd(merged) == ToJsonLd(whole));
}

TEST_CASE("two events of one sentence that merge keep a date a graph read back can give again", "[load]") {
  // The visit "arrived ... on Wednesday" and the trip "travels to Guangzhou on
  // Friday" are one visit told by one sentence: its one mention states the date
  // the event has, so the file loads back to the same graph.
  Document d;
  d.id = "m1";
  d.text = "Emmanuel Macron, who arrived in Beijing on Wednesday for a three-day state visit, travels to the southern "
           "city of Guangzhou on Friday.";
  d.published = CivilDate{2023, 4, 6};
  Graph g = ExtractAll({d});
  REQUIRE_FALSE(g.events().empty());
  for (const Event& e : g.events()) {
    REQUIRE(e.mentions.size() == 1);
    CHECK(e.mentions[0].date == e.date);
  }
  std::string text = ToJsonLd(g);
  CHECK(Load(text) == g);
}

TEST_CASE("broken JSON is reported with line and column", "[load]") {
  Result<Graph> g = LoadGraph("{\n  \"@context\": {,\n}", "broken.jsonld");
  REQUIRE_FALSE(g.ok());
  CHECK(g.status().code() == StatusCode::kParseError);
  CHECK(g.status().where().file == "broken.jsonld");
  CHECK(g.status().where().line == 2);
  CHECK(g.status().where().column > 0);
}

TEST_CASE("JSON-LD from another tool is refused with a clear error", "[load]") {
  Result<Graph> g = LoadGraph(R"({"@context": "https://schema.org", "@type": "Person", "name": "Ada"})", "other.jsonld");
  REQUIRE_FALSE(g.ok());
  CHECK(g.status().message().find("not a diplograph graph") != std::string::npos);
  CHECK(g.status().where().file == "other.jsonld");

  Result<Graph> arr = LoadGraph("[1, 2]", "arr.jsonld");
  REQUIRE_FALSE(arr.ok());
  CHECK(arr.status().message().find("not a diplograph graph") != std::string::npos);
}

TEST_CASE("a bad field inside a node is located at its line", "[load]") {
  std::string text = ToJsonLd(CorpusGraph());
  // The exporter writes one node per line in compact JSON.
  const std::string field = "\"factuality\":\"asserted\"";
  std::size_t pos = text.find(field);
  REQUIRE(pos != std::string::npos);
  text.replace(pos, field.size(), "\"factuality\":\"maybe\"");
  std::size_t line = 1 + std::count(text.begin(), text.begin() + pos, '\n');
  Result<Graph> g = LoadGraph(text, "edited.jsonld");
  REQUIRE_FALSE(g.ok());
  CHECK(g.status().message().find("maybe") != std::string::npos);
  CHECK(g.status().where().line == line);
}

TEST_CASE("a missing file is NotFound with its path", "[load]") {
  Result<Graph> g = LoadGraphFile("/nonexistent/graph.jsonld");
  REQUIRE_FALSE(g.ok());
  CHECK(g.status().code() == StatusCode::kNotFound);
  CHECK(g.status().where().file == "/nonexistent/graph.jsonld");
}

TEST_CASE("a document telling one occasion twice with different agents keeps each report's agents when loaded", "[load]") {
  // Document a tells the Kremlin's refusal twice, once with Putin, once with
  // Peskov as its agent; c joins the Kremlin and Putin, so one event names all
  // three and each mention keeps its own report's agents (dg:reportAgent).
  std::vector<Document> docs = {
      Doc("a",
          "Vladimir Putin congratulated Donald Trump on Thursday, a day after the Kremlin said it knew of no plans for "
          "the Russian leader to congratulate him. On Wednesday, Kremlin spokesman Dmitry Peskov told reporters he was "
          "not aware of any plans by Putin to congratulate Trump.",
          CivilDate{2024, 11, 8}),
      Doc("b", "The Kremlin said on Wednesday that Vladimir Putin had no plans to congratulate Donald Trump.",
          CivilDate{2024, 11, 7}),
      Doc("c", "The Kremlin and Vladimir Putin had no plans on Wednesday to congratulate Donald Trump.",
          CivilDate{2024, 11, 7})};
  Graph g = ExtractAll(docs);
  bool three = false;
  for (const Event& e : g.events()) three = three || (e.action == "withhold_recognition" && e.agents.size() == 3);
  REQUIRE(three);
  const std::string text = ToJsonLd(g);
  Graph back = Load(text);
  CHECK(back == g);
  CHECK(ToJsonLd(back) == text);
}
