#include "test_support.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>
#include <stdexcept>

namespace diplograph::testing {

const Lexicon& MiniLexicon() {
  static const Lexicon lex = [] {
    Lexicon l;
    Status s = l.AddFile(SourcePath("tests/fixtures/lexicon/mini.json"));
    if (!s.ok()) throw std::runtime_error(s.ToString());
    return l;
  }();
  return lex;
}

const Extractor& MiniExtractor() {
  static const Extractor ex = [] {
    Extractor::Options o;
    o.lexicon = MiniLexicon();
    Result<Extractor> r = Extractor::Create(o);
    if (!r.ok()) throw std::runtime_error(r.status().ToString());
    return std::move(r).value();
  }();
  return ex;
}

Graph ExtractOne(const std::string& text, const std::string& date, const std::string& id) {
  Graph g;
  Document d;
  d.id = id;
  d.text = text;
  d.published = CivilDate::Parse(date);
  (void)MiniExtractor().Extract(d, &g);
  return g;
}

std::string Parties(const Event& e) {
  auto join = [](const std::vector<std::string>& v, const char* sep) {
    std::string out;
    for (const auto& s : v) out += (out.empty() ? "" : sep) + s;
    return out;
  };
  if (!e.participants.empty()) return join(e.participants, "+");
  return join(e.agents, ",") + ">" + join(e.recipients, ",");
}

std::vector<std::string> Describe(const Graph& g) {
  std::vector<std::string> out;
  for (const Event& e : g.events()) {
    out.push_back(e.action + " " + Parties(e) + " " + (e.date ? e.date->value : "-") + " " +
                  std::string(FactualityName(e.factuality)));
  }
  std::sort(out.begin(), out.end());
  return out;
}

bool ForEachCorpusPiece(int articles, const std::function<void(const std::string&)>& piece) {
  std::ifstream corpus(SourcePath("tests/fixtures/articles/corpus.jsonl"));
  if (!corpus) return false;
  std::string line;
  for (int read = 0; read < articles && std::getline(corpus, line); ++read) {
    const std::string text = nlohmann::json::parse(line).at("text").get<std::string>();
    std::size_t from = 0;
    while (from < text.size()) {
      std::size_t to = text.find_first_of(".\n", from);
      to = to == std::string::npos ? text.size() : to + 1;
      piece(text.substr(from, to - from));
      from = to;
    }
  }
  return true;
}

}  // namespace diplograph::testing
