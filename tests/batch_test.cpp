// BatchExtractor: the same graph, byte for byte, whatever the thread count;
// counters that add up; and sharded extraction merged through Graph::Merge
// (the map/reduce of docs/scaling.md) equal to one run over everything.
#include <catch2/catch.hpp>

#include <set>
#include <sstream>
#include <thread>

#include "diplograph/batch.h"
#include "diplograph/export.h"
#include "diplograph/input.h"
#include "diplograph/load.h"
#include "test_support.h"

// The benchmark corpus generator, compiled in here (tests/ and bench/ are
// separate targets and only this file needs it).
#include "../bench/corpus_gen.cpp"

namespace diplograph {
namespace {

const Extractor& DefaultExtractor() {
  static const Extractor* ex = new Extractor(std::move(Extractor::Create({})).value());
  return *ex;
}

std::vector<Document> Corpus(double density, std::uint64_t bytes, std::uint64_t seed = 7) {
  bench::CorpusOptions o;
  o.density = density;
  o.bytes = bytes;
  o.seed = seed;
  std::vector<Document> docs;
  bench::GenerateCorpus(o, [&](const std::string& line) {
    docs.push_back(std::move(ParseJsonlLine(line, "gen", docs.size() + 1)).value());
  });
  return docs;
}

std::string JsonLd(const Graph& g) {
  std::ostringstream out;
  REQUIRE(MakeExporter("jsonld")->Write(g, out).ok());
  return out.str();
}

BatchStats RunBatch(const Extractor& ex, const std::vector<Document>& docs, unsigned threads, Graph* g,
                    std::size_t queue_limit = 0) {
  BatchExtractor::Options o;
  o.threads = threads;
  o.queue_limit = queue_limit;
  BatchExtractor batch(ex, g, o);
  for (const Document& d : docs) batch.Add(d);
  batch.Finish();
  return batch.stats();
}

TEST_CASE("batch: the graph is the same for 1, 2 and 4 threads and equals one Extract per document") {
  std::vector<Document> docs = Corpus(0.30, 200'000);
  REQUIRE(docs.size() > 20);
  Graph serial;
  for (const Document& d : docs) DefaultExtractor().Extract(d, &serial);
  std::string expected = JsonLd(serial);
  REQUIRE(serial.events().size() > 50);
  for (unsigned threads : {1u, 2u, 4u}) {
    INFO("threads " << threads);
    Graph g;
    RunBatch(DefaultExtractor(), docs, threads, &g);
    CHECK(JsonLd(g) == expected);
  }
  // Runs of one document, a queue that is always full, a run cut short at Finish().
  for (std::size_t limit : {1u, 2u, 5u, 1000u}) {
    INFO("queue limit " << limit);
    Graph g;
    BatchStats st = RunBatch(DefaultExtractor(), docs, 3, &g, limit);
    CHECK(st.documents == docs.size());
    CHECK(JsonLd(g) == expected);
  }
}

TEST_CASE("extractor: built on one thread or two, it extracts the same graph, with its own lexicon too") {
  std::vector<Document> docs = Corpus(0.30, 100'000, 11);
  // A user's lexicon: the default one and a foreign minister of an invented
  // state, whom one added document names.
  Result<Lexicon> lexicon = Lexicon::Default();
  REQUIRE(lexicon.ok());
  REQUIRE(lexicon->AddJson(R"({"people": [{"id": "q_ostrava_test", "name": "Milena Kovarikova", "roles": [
      {"role": "foreign_minister", "country": "FRA", "from": "2031-01-01"}]}]})",
                           "added.json")
              .ok());
  docs.push_back(Document{"added", "Milena Kovarikova met Chinese Foreign Minister Wang Yi in Paris on Monday.",
                          CivilDate{2032, 5, 12}});
  std::string expected;
  for (unsigned threads : {1u, 2u, 0u}) {
    INFO("threads " << threads);
    Extractor::Options o;
    o.threads = threads;
    o.lexicon = *lexicon;
    Result<Extractor> ex = Extractor::Create(std::move(o));
    REQUIRE(ex.ok());
    CHECK(ex->lexicon().Find("q_ostrava_test") != nullptr);
    Graph g;
    for (const Document& d : docs) ex->Extract(d, &g);
    bool named = false;
    for (const Event& e : g.events())
      for (const auto* ids : {&e.agents, &e.participants})  // a meeting's sides are participants
        for (const std::string& a : *ids) named = named || a == "q_ostrava_test";
    CHECK(named);
    if (expected.empty()) expected = JsonLd(g);
    CHECK(JsonLd(g) == expected);
  }
}

TEST_CASE("graph: grouping reports on several threads gives the same graph") {
  std::vector<Document> docs = Corpus(0.30, 1'500'000, 3);
  Graph one, four;
  four.SetThreads(4);
  RunBatch(DefaultExtractor(), docs, 2, &one);
  RunBatch(DefaultExtractor(), docs, 2, &four);
  // Enough groups (action, recipients, participants, factuality) for the
  // grouping to be split in two at least: it takes a thread per 256 groups.
  std::set<std::string> groups;
  for (const Event& e : one.events()) {
    std::string key = e.action + "|" + std::to_string(static_cast<int>(e.factuality));
    for (const auto& r : e.recipients) key += "|r:" + r;
    for (const auto& p : e.participants) key += "|p:" + p;
    groups.insert(key);
  }
  REQUIRE(groups.size() >= 2 * 256);
  CHECK(JsonLd(four) == JsonLd(one));
  // The JSON-LD serialised on several threads, in blocks of 1,024 events: the same bytes.
  REQUIRE(one.events().size() > 2 * 1024);
  for (unsigned threads : {2u, 3u, 8u}) {
    std::ostringstream out;
    ExportOptions o;
    o.threads = threads;
    REQUIRE(MakeExporter("jsonld")->Write(one, out, o).ok());
    CHECK(out.str() == JsonLd(one));
  }
}

TEST_CASE("batch: stats count documents, bytes, sentences and events") {
  std::vector<Document> docs = Corpus(0.30, 60'000, 11);
  std::size_t bytes = 0, sentences = 0, mentions = 0, triggers = 0, events = 0;
  for (const Document& d : docs) {
    DocumentReport r = DefaultExtractor().Extract(d, nullptr);
    bytes += d.text.size();
    sentences += r.sentences;
    mentions += r.actor_mentions;
    triggers += r.triggers;
    events += r.events.size();
  }
  for (unsigned threads : {1u, 2u}) {
    Graph g;
    BatchStats s = RunBatch(DefaultExtractor(), docs, threads, &g);
    CHECK(s.documents == docs.size());
    CHECK(s.bytes == bytes);
    CHECK(s.sentences == sentences);
    CHECK(s.actor_mentions == mentions);
    CHECK(s.triggers == triggers);
    CHECK(s.events == events);
    CHECK(s.times.actors == 0);  // time_stages is off
    CHECK(g.documents().size() == docs.size());
  }
}

TEST_CASE("batch: stage times are measured when asked for") {
  Extractor::Options o;
  o.time_stages = true;
  Extractor ex = std::move(Extractor::Create(std::move(o))).value();
  std::vector<Document> docs = Corpus(0.30, 20'000, 3);
  Graph g;
  BatchStats s = RunBatch(ex, docs, 2, &g);
  CHECK(s.times.actors > 0);
  CHECK(s.times.total() >= s.times.actors);
}

TEST_CASE("batch: a record written twice keeps the later document's version, as one thread would") {
  std::vector<Document> docs = Corpus(0.30, 40'000, 5);
  Document again = docs.front();
  again.title = "the later title";
  docs.push_back(again);
  Graph serial;
  for (const Document& d : docs) DefaultExtractor().Extract(d, &serial);
  REQUIRE(serial.documents().front().id == docs.front().id);
  for (unsigned threads : {1u, 2u, 4u}) {
    Graph g;
    RunBatch(DefaultExtractor(), docs, threads, &g);
    CHECK(JsonLd(g) == JsonLd(serial));
  }
}

TEST_CASE("batch: --into style, documents added to a graph that already has some") {
  std::vector<Document> docs = Corpus(0.30, 80'000, 9);
  std::vector<Document> first(docs.begin(), docs.begin() + docs.size() / 2), second(docs.begin() + docs.size() / 2, docs.end());
  Graph serial;
  for (const Document& d : docs) DefaultExtractor().Extract(d, &serial);
  Graph g;
  RunBatch(DefaultExtractor(), first, 1, &g);
  RunBatch(DefaultExtractor(), second, 2, &g);
  CHECK(JsonLd(g) == JsonLd(serial));
}

TEST_CASE("scaling: shards extracted in parallel, written, read back and merged equal one run") {
  std::vector<Document> docs = Corpus(0.30, 150'000, 21);
  Graph whole;
  RunBatch(DefaultExtractor(), docs, 1, &whole);
  const std::size_t kShards = 4;
  std::vector<std::string> shard_jsonld(kShards);
  std::vector<std::thread> mappers;
  for (std::size_t s = 0; s < kShards; ++s) {
    mappers.emplace_back([&, s] {  // the map step: one shard, one process in real life
      Graph g;
      for (std::size_t i = s; i < docs.size(); i += kShards) DefaultExtractor().Extract(docs[i], &g);
      std::ostringstream out;
      if (MakeExporter("jsonld")->Write(g, out).ok()) shard_jsonld[s] = out.str();
    });
  }
  for (auto& t : mappers) t.join();
  Graph merged;  // the reduce step: what 'diplograph merge' does
  for (std::size_t s = 0; s < kShards; ++s) {
    Result<Graph> g = LoadGraph(shard_jsonld[s], "shard");
    REQUIRE(g.ok());
    merged.Merge(*g);
  }
  CHECK(JsonLd(merged) == JsonLd(whole));
}

}  // namespace
}  // namespace diplograph
