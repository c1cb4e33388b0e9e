#include <catch2/catch.hpp>

#include <sstream>

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
