// The trigger patterns' literal anchors (lib/actions/trigger_anchors): a
// pattern is tried only where the scanner reports it, so every match must lie
// there.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <re2/re2.h>

#include <algorithm>
#include <fstream>
#include <string>
#include <vector>

#include "actions/action_rules.h"
#include "actions/trigger_anchors.h"
#include "test_support.h"

using namespace diplograph::internal;

namespace {

std::vector<std::string> Texts(const std::vector<PatternAnchors::Literal>& literals) {
  std::vector<std::string> out;
  for (const auto& lit : literals) out.push_back(lit.text + (lit.word_start ? " (word start)" : ""));
  return out;
}

// Every match of every built-in trigger pattern in `text`, found by searching
// it whole, begins where the scanner reports the pattern (or, for a pattern
// whose literals need not begin a match, the scanner reports it somewhere),
// and one of its required literals, reported as pattern triggers.size() + p,
// lies at or after that place.
void CheckEveryMatchIsFound(const std::vector<TriggerRule>& triggers, const std::vector<PatternAnchors>& anchors,
                            const AnchorScanner& scanner, const std::string& text) {
  std::vector<AnchorScanner::Hit> hits;
  REQUIRE(scanner.Scan(text, &hits));
  RE2::Options opt;
  opt.set_case_sensitive(false);
  for (std::size_t p = 0; p < triggers.size(); ++p) {
    RE2 re(triggers[p].pattern, opt);
    re2::StringPiece whole(text), found;
    std::size_t pos = 0;
    while (pos <= text.size() && re.Match(whole, pos, text.size(), RE2::UNANCHORED, &found, 1)) {
      std::size_t begin = found.data() - text.data();
      bool reported = std::any_of(hits.begin(), hits.end(), [&](const AnchorScanner::Hit& h) {
        return h.pattern == static_cast<int>(p) && (!anchors[p].at_start || h.begin == begin);
      });
      const int required_id = static_cast<int>(triggers.size() + p);
      bool required_found = anchors[p].required.empty() ||
                            std::any_of(hits.begin(), hits.end(), [&](const AnchorScanner::Hit& h) {
                              return h.pattern == required_id && h.begin >= begin;
                            });
      INFO(triggers[p].id << " at " << begin << " in: " << text);
      CHECK(reported);
      CHECK(required_found);
      pos = begin + std::max<std::size_t>(found.size(), 1);
    }
  }
}

}  // namespace

TEST_CASE("leading literals are read from a pattern", "[actions]") {
  CHECK(Texts(FindAnchors(R"(\b(?:met|meets|meet)\b)").literals) ==
        std::vector<std::string>{"meet (word start)", "met (word start)"});
  // A character class of a few letters, an optional letter, and \s+ (followed
  // by the scanner over a run of white space, written \x02 here).
  CHECK(Texts(FindAnchors(R"(\bsen[dt]s?\s+notes)").literals) ==
        std::vector<std::string>{"send\x02notes (word start)", "sends\x02notes (word start)",
                                 "sent\x02notes (word start)", "sents\x02notes (word start)"});
  CHECK(Texts(FindAnchors(R"(,\s*meeting)").literals) == std::vector<std::string>{",\x02meeting", ",meeting"});
  // No literal begins every match: literals that every match holds, from the
  // part of the pattern whose shortest literal is longest.
  PatternAnchors inside = FindAnchors(R"([\w'-]+'s\s+(?:victory|win)\b)");
  CHECK_FALSE(inside.at_start);
  CHECK(Texts(inside.literals) == std::vector<std::string>{"'s\x02victory", "'s\x02win"});
  // Leading literals and, from the part after the first one that is not
  // exact, required literals, looked for from word starts.
  PatternAnchors after = FindAnchors(R"(\b(?:has|had)\s+(?:[\w-]+\s+){0,2}?talks\s+by\s+phone\b)");
  CHECK(after.at_start);
  CHECK(Texts(after.literals) == std::vector<std::string>{"had\x02 (word start)", "has\x02 (word start)"});
  CHECK(Texts(after.required) == std::vector<std::string>{"by\x02phone (word start)"});
  // A pattern read in full from its leading literals requires nothing more.
  CHECK(FindAnchors(R"(\bcongratulat(?:e|ed)\b)").required.empty());
  // What the reader does not know leaves the pattern to a full search.
  CHECK(FindAnchors(R"(\pL+ met)").literals.empty());
  CHECK(FindAnchors(R"(.+\d)").literals.empty());
}

TEST_CASE("the scanner finds literals in any case, across any white space, at word starts", "[actions]") {
  std::vector<PatternAnchors> anchors{FindAnchors(R"(\bheld\s+talks)"), FindAnchors(R"(,\s*meeting)")};
  AnchorScanner scanner(anchors);
  std::vector<AnchorScanner::Hit> hits;
  REQUIRE(scanner.Scan("They HELD \t\n Talks, meeting; upheld talks", &hits));
  REQUIRE(hits.size() == 2);
  CHECK(hits[0].pattern == 0);
  CHECK(hits[0].begin == 5);
  CHECK(hits[1].pattern == 1);
  CHECK(hits[1].begin == 18);
  // RE2 folds the Kelvin sign and the long s into ASCII letters: the scan says
  // it cannot be trusted on such text.
  hits.clear();
  CHECK_FALSE(scanner.Scan("they held \xC5\xBF\x61lks", &hits));
}

TEST_CASE("every match of the built-in trigger patterns lies where the scanner looks", "[actions]") {
  const std::vector<TriggerRule>& triggers = ActionRules::Default().triggers();
  std::vector<PatternAnchors> anchors(2 * triggers.size());
  for (std::size_t p = 0; p < triggers.size(); ++p) {
    anchors[p] = FindAnchors(triggers[p].pattern);
    anchors[triggers.size() + p].literals = anchors[p].required;
  }
  AnchorScanner scanner(anchors);
  std::ifstream corpus(diplograph::testing::SourcePath("tests/fixtures/articles/corpus.jsonl"));
  REQUIRE(corpus);
  std::string line;
  int articles = 0;
  while (std::getline(corpus, line) && articles < 120) {
    nlohmann::json article = nlohmann::json::parse(line);
    CheckEveryMatchIsFound(triggers, anchors, scanner, article.at("text").get<std::string>());
    ++articles;
  }
  CHECK(articles == 120);
}
