// Helpers shared by the unit tests.
#pragma once

#include <functional>
#include <string>

#include "diplograph/extractor.h"
#include "diplograph/graph.h"
#include "diplograph/lexicon.h"

namespace diplograph::testing {

inline std::string SourcePath(const std::string& rel) { return std::string(DIPLOGRAPH_SOURCE_DIR) + "/" + rel; }

// The small test lexicon (tests/fixtures/lexicon/mini.json).
const Lexicon& MiniLexicon();
// An extractor over the mini lexicon.
const Extractor& MiniExtractor();
// Extracts one article (published on `date`) with the mini lexicon.
Graph ExtractOne(const std::string& text, const std::string& date, const std::string& id = "doc");

// "agent>recipient" or "a+b" (symmetric), by actor id, for compact asserts.
std::string Parties(const Event& e);
// Every event as "action agent>recipient date factuality", sorted, for compact asserts.
std::vector<std::string> Describe(const Graph& g);

// Each line of the first `articles` test articles (tests/fixtures/articles/corpus.jsonl)
// cut after every "." and newline: short texts to compare matchers on. False
// when the corpus cannot be read.
bool ForEachCorpusPiece(int articles, const std::function<void(const std::string&)>& piece);

}  // namespace diplograph::testing
