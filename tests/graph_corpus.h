// The article corpus the graph tests (load, query, export) run on: the
// shared test corpus (tests/fixtures/articles/corpus.jsonl) when it exists,
// plus tests/fixtures/graph/corpus.jsonl, extracted with the default lexicon.
#pragma once

#include <fstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "diplograph/extractor.h"
#include "diplograph/input.h"
#include "test_support.h"

namespace diplograph::testing {

inline std::vector<Document> GraphTestCorpus() {
  std::vector<Document> docs;
  for (const char* rel : {"tests/fixtures/graph/corpus.jsonl", "tests/fixtures/articles/corpus.jsonl"}) {
    std::ifstream in(SourcePath(rel), std::ios::binary);
    if (!in) continue;
    ReadStats st;
    Status s = ReadJsonl(in, rel, [&](Document d) { docs.push_back(std::move(d)); }, [](const Status&) {}, &st);
    if (!s.ok()) throw std::runtime_error(s.ToString());
  }
  return docs;
}

inline const Extractor& DefaultExtractor() {
  static const Extractor ex = [] {
    Result<Extractor> r = Extractor::Create({});
    if (!r.ok()) throw std::runtime_error(r.status().ToString());
    return std::move(r).value();
  }();
  return ex;
}

inline Graph ExtractAll(const std::vector<Document>& docs) {
  Graph g;
  for (const Document& d : docs) (void)DefaultExtractor().Extract(d, &g);
  return g;
}

// The graph of the whole test corpus (built once).
inline const Graph& CorpusGraph() {
  static const Graph g = ExtractAll(GraphTestCorpus());
  return g;
}

}  // namespace diplograph::testing
