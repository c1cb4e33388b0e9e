#include <catch2/catch.hpp>

#include <sstream>

#include <nlohmann/json.hpp>

#include "diplograph/export.h"
#include "graph_corpus.h"

using namespace diplograph;
using diplograph::testing::CorpusGraph;

namespace {
std::string Run(const std::string& format, const std::string& view = "") {
  std::unique_ptr<Exporter> ex = MakeExporter(format);
  REQUIRE(ex);
  std::ostringstream out;
  ExportOptions o;
  o.view = view;
  Status s = ex->Write(CorpusGraph(), out, o);
  INFO(s.ToString());
  REQUIRE(s.ok());
  return out.str();
}
std::size_t Count(const std::string& s, const std::string& what) {
  std::size_t n = 0;
  for (std::size_t p = s.find(what); p != std::string::npos; p = s.find(what, p + 1)) ++n;
  return n;
}
}  // namespace

TEST_CASE("every built-in format is registered and deterministic", "[export]") {
  for (const char* f : {"jsonld", "ntriples", "nquads", "turtle", "graphml", "dot", "gexf", "cytoscape", "html"}) {
    INFO(f);
    std::vector<std::string> formats = ExportFormats();
    CHECK(std::find(formats.begin(), formats.end(), f) != formats.end());
    CHECK(Run(f) == Run(f));
  }
}

TEST_CASE("N-Triples has one line per triple and the contract's event types", "[export]") {
  std::string nt = Run("ntriples");
  CHECK(Count(nt, "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/diplograph/ns#Congratulate>") >= 3);
  CHECK(Count(nt, "<http://schema.org/sameAs> <http://www.wikidata.org/entity/Q7747>") == 1);
  CHECK(Run("nquads") == nt);
  for (std::size_t p = 0, q; (q = nt.find('\n', p)) != std::string::npos; p = q + 1) CHECK(nt.substr(q - 2, 2) == " .");
}

TEST_CASE("network views: one edge per event and pair, weighted merges them", "[export]") {
  std::string actors = Run("graphml", "actors"), weighted = Run("graphml", "weighted"), events = Run("graphml", "events");
  std::size_t n_actor_edges = Count(actors, "<edge ");
  CHECK(n_actor_edges > 5);
  CHECK(Count(weighted, "<edge ") <= n_actor_edges);
  CHECK(Count(events, "<node ") == CorpusGraph().actors().size() + CorpusGraph().events().size());
  CHECK(Count(actors, "attr.name=\"label\"") == 2);
  CHECK(Run("dot", "weighted").find("digraph") == 0);
  CHECK(Run("gexf").find("timeformat=\"date\"") != std::string::npos);
  CHECK(Run("cytoscape").find("\"elements\"") != std::string::npos);
}

TEST_CASE("an unknown view is an error value, not an exception", "[export]") {
  std::ostringstream out;
  ExportOptions o;
  o.view = "sideways";
  CHECK(MakeExporter("graphml")->Write(CorpusGraph(), out, o).code() == StatusCode::kInvalidArgument);
  CHECK(MakeExporter("jsonld")->Write(CorpusGraph(), out, o).code() == StatusCode::kInvalidArgument);
  CHECK(MakeExporter("graphml")->views() == std::vector<std::string>{"actors", "weighted", "events"});
}

TEST_CASE("the HTML page is self-contained and cannot be broken out of by a sentence", "[export]") {
  std::string html = Run("html");
  CHECK(html.find("<!DOCTYPE html>") == 0);
  for (const char* remote : {"src=\"http", "href=\"http", "src=\"//", "@import", "url(http"})
    CHECK(html.find(remote) == std::string::npos);
  CHECK(Count(html, "</script>") == 2);
}

TEST_CASE("JSON-LD nodes are canonical compact JSON: keys sorted, strings escaped", "[export]") {
  // Every optional field, and strings that need escaping: the hand-written
  // writer must give what dumping a parsed copy gives, byte for byte.
  Graph g;
  DocumentRecord d{"doc \"1\"", CivilDate{2024, 3, 1}, "Title\twith\ncontrols\x01 and \\ \xC3\xA9", "https://x.org/a?b=\"c\"",
                   "Agence \xE2\x80\x9CX\xE2\x80\x9D"};
  g.AddDocument(d);
  g.AddDocument(DocumentRecord{"bad-utf8", std::nullopt, "broken \xFF\xFE title", "", ""});
  Actor known{"vladimir_putin", "Vladimir Putin", ActorKind::kPerson, "Q7747", "RUS", "", true};
  Actor fresh{"new:william_ruto", "William \"Bill\" Ruto", ActorKind::kPerson, "", "KEN", "president", false};
  g.AddActor(known);
  g.AddActor(fresh);
  g.AddActor(Actor{"RUS", "Russia", ActorKind::kCountry, "Q159", "RUS", "", true});
  Event e;
  e.action = "congratulate";
  e.agents = {"vladimir_putin"};
  e.recipients = {"new:william_ruto"};
  e.date = DateSpan::Month(2024, 2);
  Mention m{"doc \"1\"", 3, 40, "He said: \"congrats\"\r\n\x1f", "congratulated", "congratulate.verb",
            DateSpan::Day(CivilDate{2024, 2, 27})};
  e.mentions = {m};
  Event meet;
  meet.action = "meet";
  meet.participants = {"RUS", "vladimir_putin"};
  meet.factuality = Factuality::kPlanned;
  meet.mentions = {Mention{"bad-utf8", 0, 5, "x", "met", "meet.verb", std::nullopt}};
  g.AddDocumentEvents({e, meet});
  std::ostringstream out;
  REQUIRE(MakeExporter("jsonld")->Write(g, out).ok());
  std::string text = out.str();
  REQUIRE(nlohmann::json::parse(text, nullptr, false).is_discarded() == false);
  std::size_t nodes = 0;
  std::istringstream lines(text);
  std::string line;
  std::getline(lines, line);  // the context
  std::getline(lines, line);  // "@graph": [
  while (std::getline(lines, line) && line != "]}") {
    if (!line.empty() && line.back() == ',') line.pop_back();
    nlohmann::json parsed = nlohmann::json::parse(line);
    CHECK(line == parsed.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
    ++nodes;
  }
  CHECK(nodes == 2 + 3 + 2);
  CHECK(text.find("broken \xEF\xBF\xBD\xEF\xBF\xBD title") != std::string::npos);  // bad bytes replaced
}
