#include <catch2/catch.hpp>

#include <algorithm>
#include <random>

#include "test_support.h"

using namespace diplograph;
using diplograph::testing::MiniExtractor;

namespace {
Document Doc(std::string id, std::string date, std::string text) {
  Document d;
  d.id = std::move(id);
  d.published = CivilDate::Parse(date);
  d.text = std::move(text);
  return d;
}

std::vector<Document> Corpus() {
  auto doc = Doc;
  return {
      doc("a", "2022-02-05", "In February 2022, Putin visited Beijing."),
      doc("b", "2024-04-09", "Putin visited Beijing for the 2022 Winter Olympics."),
      doc("c", "2020-12-15", "Putin congratulated Biden on Tuesday."),
      doc("d", "2020-12-16", "Putin congratulated Biden on Tuesday, the Kremlin said."),
      doc("e", "2024-04-09", "Chinese leader Xi Jinping met with Russian Foreign Minister Sergei Lavrov on Tuesday."),
      doc("f", "2024-04-10", "Xi Jinping met Sergei Lavrov on Tuesday in Beijing."),
      doc("g", "2023-01-01", "Modi met Xi Jinping."),
      doc("h", "2023-06-01", "Modi met Xi Jinping."),
  };
}

Graph Extract(const std::vector<Document>& docs) {
  Graph g;
  for (const auto& d : docs) (void)MiniExtractor().Extract(d, &g);
  return g;
}
}  // namespace

TEST_CASE("the same event told in two articles is one event with both mentions", "[graph]") {
  Graph g = Extract(Corpus());
  auto count = [&](const std::string& action) {
    return std::count_if(g.events().begin(), g.events().end(), [&](const Event& e) { return e.action == action; });
  };
  CHECK(count("congratulate") == 1);  // Tuesday 2020-12-15 in both
  // Xi-Lavrov once (2024-04-09); Modi-Xi undated in articles five months apart: two acts.
  CHECK(count("meet") == 3);
  CHECK(count("visit") == 1);         // the 2022 visit falls inside February 2022
  for (const Event& e : g.events()) {
    if (e.action == "visit") {
      CHECK(e.date->value == "2022-02");
      CHECK(e.mentions.size() == 2);
    }
  }
}

TEST_CASE("extract(A+B) equals merge(extract(A), extract(B)) for any split", "[graph]") {
  std::vector<Document> docs = Corpus();
  Graph whole = Extract(docs);
  std::mt19937 rng(42);
  for (int round = 0; round < 20; ++round) {
    std::shuffle(docs.begin(), docs.end(), rng);
    std::size_t cut = rng() % (docs.size() + 1);
    Graph a = Extract(std::vector<Document>(docs.begin(), docs.begin() + cut));
    Graph b = Extract(std::vector<Document>(docs.begin() + cut, docs.end()));
    a.Merge(b);
    CHECK(a == whole);
  }
}

TEST_CASE("event ids are stable and order does not matter", "[graph]") {
  std::vector<Document> docs = Corpus();
  Graph g1 = Extract(docs);
  std::reverse(docs.begin(), docs.end());
  Graph g2 = Extract(docs);
  CHECK(g1 == g2);
  for (const Event& e : g1.events()) {
    CHECK(e.id.size() == 36);
    CHECK(e.id[14] == '5');  // UUID version 5
  }
}

TEST_CASE("the Boost.Graph view answers who is linked to whom", "[graph]") {
  Graph g = Extract(Corpus());
  auto events = g.EventsOf("xi_jinping");
  CHECK(events.size() == 3);
  CHECK(g.Neighbours("xi_jinping") == std::vector<std::string>{"narendra_modi", "sergei_lavrov"});
  CHECK(g.num_vertices() == g.actors().size() + g.events().size() + g.documents().size());
  CHECK(g.EventsOf("nobody").empty());
}

TEST_CASE("an undated report joins the one dated occasion it can be news of", "[graph]") {
  auto doc = Doc;
  auto meets = [](const Graph& g) {
    std::vector<std::string> out;
    for (const Event& e : g.events())
      if (e.action == "congratulate") out.push_back((e.date ? e.date->value : "-") + " x" + std::to_string(e.mentions.size()));
    std::sort(out.begin(), out.end());
    return out;
  };
  // Published the next day without a date: the same congratulation.
  CHECK(meets(Extract({doc("a", "2020-12-15", "Putin congratulated Biden on Tuesday."),
                       doc("b", "2020-12-16", "Putin congratulated Biden.")})) ==
        std::vector<std::string>{"2020-12-15 x2"});
  // Two months later: another occasion, perhaps.
  CHECK(meets(Extract({doc("a", "2020-12-15", "Putin congratulated Biden on Tuesday."),
                       doc("b", "2021-02-20", "Putin congratulated Biden.")})) ==
        std::vector<std::string>{"- x1", "2020-12-15 x1"});
  // Two dated occasions it could belong to: it stays apart.
  CHECK(meets(Extract({doc("a", "2020-12-15", "Putin congratulated Biden on Tuesday."),
                       doc("c", "2020-12-20", "Putin congratulated Biden on Saturday."),
                       doc("b", "2020-12-21", "Putin congratulated Biden.")})) ==
        std::vector<std::string>{"- x1", "2020-12-15 x1", "2020-12-19 x1"});
}

TEST_CASE("reports that share agents pairwise are one act, in any order", "[graph]") {
  auto report = [](std::string doc, std::vector<std::string> agents) {
    Event e;
    e.action = "congratulate";
    e.agents = std::move(agents);
    e.recipients = {"joe_biden"};
    e.date = DateSpan::Day(CivilDate{2020, 11, 8});
    e.mentions = {Mention{doc, 0, 10, "text of " + doc}};
    return e;
  };
  // a and c share no agent; b links them. Every order of adding gives one event.
  std::vector<Event> reports = {report("a", {"vladimir_putin"}), report("c", {"sergei_lavrov"}),
                                report("b", {"sergei_lavrov", "vladimir_putin"}), report("d", {"xi_jinping"})};
  std::sort(reports.begin(), reports.end(), [](const Event& x, const Event& y) { return x.mentions[0].document < y.mentions[0].document; });
  do {
    Graph g;
    for (const Event& e : reports) g.AddDocumentEvents({e});
    REQUIRE(g.events().size() == 2);
    const Event& joint = g.events()[0].agents.size() == 2 ? g.events()[0] : g.events()[1];
    CHECK(joint.agents == std::vector<std::string>{"sergei_lavrov", "vladimir_putin"});
    CHECK(joint.mentions.size() == 3);
  } while (std::next_permutation(reports.begin(), reports.end(), [](const Event& x, const Event& y) {
    return x.mentions[0].document < y.mentions[0].document;
  }));
  // Symmetric reports without agents: the participants decide.
  Event m1, m2;
  m1.action = m2.action = "meet";
  m1.participants = m2.participants = {"narendra_modi", "xi_jinping"};
  m1.mentions = {Mention{"x", 0, 5, "x"}};
  m2.mentions = {Mention{"y", 0, 5, "y"}};
  Graph g;
  g.AddDocumentEvents({m1});
  g.AddDocumentEvents({m2});
  REQUIRE(g.events().size() == 1);
  CHECK(g.events()[0].mentions.size() == 2);
}

TEST_CASE("each occasion of a group names only the agents of its own reports", "[graph]") {
  // Xi's congratulations of Biden in 2012 and in 2020 share an agent, so they
  // are one component; China's own message of 2020 joins it as the one group
  // of Chinese people. Each occasion keeps its own agents: China's message
  // does not become Xi's, and Xi's 2012 message does not become China's.
  auto doc = Doc;
  Graph g = Extract({doc("a", "2012-11-08", "Xi Jinping congratulated Joe Biden on Wednesday."),
                     doc("b", "2020-11-14", "China congratulated Joe Biden on Friday."),
                     doc("c", "2020-11-26", "Xi Jinping congratulated Joe Biden on Wednesday.")});
  std::vector<std::string> seen;
  for (const Event& e : g.events()) {
    if (e.action != "congratulate") continue;
    std::string agents;
    for (const auto& a : e.agents) agents += a + " ";
    seen.push_back((e.date ? e.date->value : "-") + " " + agents);
  }
  std::sort(seen.begin(), seen.end());
  CHECK(seen == std::vector<std::string>{"2012-11-07 xi_jinping ", "2020-11-13 CHN ", "2020-11-25 xi_jinping "});
}

TEST_CASE("a document's event added again only adds its new mentions", "[graph]") {
  auto report = [](std::size_t begin, std::optional<DateSpan> date) {
    Event e;
    e.action = "praise";
    e.agents = {"emmanuel_macron"};
    e.recipients = {"olaf_scholz"};
    e.date = std::move(date);
    e.mentions = {Mention{"doc1", begin, begin + 10, "s"}};
    return e;
  };
  Graph g;
  g.AddDocumentEvents({report(0, DateSpan::Day(CivilDate{2023, 5, 2}))});
  g.AddDocumentEvents({report(0, DateSpan::Day(CivilDate{2023, 5, 2}))});   // the same line twice
  g.AddDocumentEvents({report(40, DateSpan::Day(CivilDate{2023, 5, 2}))});  // another sentence
  REQUIRE(g.events().size() == 1);
  CHECK(g.events()[0].mentions.size() == 2);
  // Within one call too: a new document's two reports of one event and date.
  Graph h;
  h.AddDocumentEvents({report(0, DateSpan::Day(CivilDate{2023, 5, 2})), report(60, DateSpan::Day(CivilDate{2023, 5, 2}))});
  REQUIRE(h.events().size() == 1);
  CHECK(h.events()[0].mentions.size() == 2);
  // Another date in the same document is another report (the graph then
  // decides whether it is the same occasion).
  g.AddDocumentEvents({report(80, DateSpan::Month(2023, 5))});
  std::size_t mentions = 0;
  for (const Event& e : g.events()) mentions += e.mentions.size();
  CHECK(mentions == 3);
}

TEST_CASE("the Boost.Graph view follows changes made after a traversal", "[graph]") {
  auto meeting = [](std::string doc, std::string a, std::string b) {
    Event e;
    e.action = "meet";
    e.participants = {std::move(a), std::move(b)};
    e.mentions = {Mention{std::move(doc), 0, 5, "s"}};
    return e;
  };
  Graph g;
  for (const char* id : {"narendra_modi", "xi_jinping", "vladimir_putin"}) g.AddActor(Actor{id, id});
  g.AddDocumentEvents({meeting("d1", "narendra_modi", "xi_jinping")});
  CHECK(g.EventsOf("narendra_modi").size() == 1);
  CHECK(g.Neighbours("narendra_modi") == std::vector<std::string>{"xi_jinping"});
  const std::size_t vertices = g.num_vertices();
  g.AddDocumentEvents({meeting("d2", "narendra_modi", "vladimir_putin")});
  CHECK(g.EventsOf("narendra_modi").size() == 2);
  CHECK(g.Neighbours("narendra_modi") == std::vector<std::string>{"vladimir_putin", "xi_jinping"});
  CHECK(g.num_vertices() == vertices + 1);  // one more event
  CHECK(g.events().size() == 2);
}
