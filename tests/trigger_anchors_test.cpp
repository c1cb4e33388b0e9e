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
#include "util/embedded_data.h"

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
// lies at or after that place, the first of them within the pattern's reach.
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
      // The first required literal at or after the match, within the pattern's reach.
      const int required_id = static_cast<int>(triggers.size() + p);
      std::size_t first_required = std::string::npos;
      for (const AnchorScanner::Hit& h : hits)
        if (h.pattern == required_id && h.begin >= begin) first_required = std::min(first_required, h.begin);
      bool required_found = anchors[p].required.empty() ||
                            (first_required != std::string::npos &&
                             WithinReach(text, begin, first_required, anchors[p].required_chars, anchors[p].required_words));
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
  CHECK(Texts(after.required) == std::vector<std::string>{"talks\x02" "by\x02phone (word start)"});
  // How far the required literals may lie: the part before them holds at
  // most 4 + 1 + 2 * 1 characters (\s+ is one run) and 3 word starts.
  CHECK(after.required_chars == PatternAnchors::kUnbounded);  // [\w-]+ has no bound
  CHECK(after.required_words == 3);
  PatternAnchors gap = FindAnchors(R"(\bcalled\b[^.;]{1,60}?\bto\s+congratulate\b)");
  CHECK(Texts(gap.required) == std::vector<std::string>{"to\x02" "congratulate (word start)"});
  CHECK(gap.required_chars == 66);
  CHECK(gap.required_words == 60);
  // The item where the leading literals stop (here: too many of them) gives
  // the required ones, from a word start after white space.
  PatternAnchors meal = FindAnchors(
      R"(\b(?:had|held)\s+(?:a\s+)?(?:private\s+|working\s+|state\s+|official\s+|long\s+|late\s+)?(?:dinner|lunch|luncheon|breakfast)\s+(?:together\s+)?(?:in|at|on)\b)");
  CHECK(Texts(meal.literals) == std::vector<std::string>{"had\x02 (word start)", "held\x02 (word start)"});
  const std::vector<std::string> meal_required = Texts(meal.required);
  CHECK(meal_required.size() == 24);
  CHECK(std::count(meal_required.begin(), meal_required.end(), "lunch\x02" "together\x02" "at (word start)") == 1);
  CHECK(meal.required_chars == 4 + 1 + 2 + 9);  // held, a run, "a" and a run, "official" and a run
  CHECK(meal.required_words == 3);
  // White space makes no literal rarer: "the " is required by nothing (it is
  // in nearly every sentence), "talks " may be.
  CHECK(FindAnchors(R"(\bnoted\s+(?:[\w-]+\s+){0,2}?the\s+\w+)").required.empty());
  CHECK(Texts(FindAnchors(R"(\bnoted\s+(?:[\w-]+\s+){0,2}?talks\s+\w+)").required) ==
        std::vector<std::string>{"talks\x02 (word start)"});
  // A pattern read in full from its leading literals requires nothing more.
  CHECK(FindAnchors(R"(\bcongratulat(?:e|ed)\b)").required.empty());
  // A letter of Latin-1 stands for itself in both cases (RE2 ignores case
  // there too); a quotation mark, which has no case, for itself alone.
  CHECK(Texts(FindAnchors("\\bf(?:\u00e9|e)licit").literals) ==
        std::vector<std::string>{"felicit (word start)", "f\u00c9licit (word start)", "f\u00e9licit (word start)"});
  CHECK(Texts(FindAnchors("\u201cgl\u00fcck").literals) ==
        std::vector<std::string>{"\u201cgl\u00dcck", "\u201cgl\u00fcck"});
  // Not a letter that folds with a third character (\u00c5 with the Angstrom
  // sign), nor one outside Latin-1.
  CHECK(Texts(FindAnchors("\\bx\u00e5y").literals) == std::vector<std::string>{"x (word start)"});
  CHECK(Texts(FindAnchors("\\bx\u0161y").literals) == std::vector<std::string>{"x (word start)"});
  // What the reader does not know leaves the pattern to a full search.
  CHECK(FindAnchors(R"(\Qmet\E)").literals.empty());
  CHECK(FindAnchors(R"(.+\d)").literals.empty());
}

TEST_CASE("each alternative of an alternation has its own anchors", "[actions]") {
  const std::string pattern = R"(\bspoke\s+[^.;]{0,40}?\bat\s+the\s+summit\b|\bat\s+the\s+summit\b[^.;]{0,40}?\bspoke\b)";
  // As a whole, the pattern lets a place through when any alternative's
  // required literal follows it.
  const PatternAnchors whole = FindAnchors(pattern);
  CHECK(Texts(whole.required) ==
        std::vector<std::string>{"at\x02the\x02summit (word start)", "spoke (word start)"});
  // Each alternative alone: "at the summit" needs "spoke" after it.
  const std::vector<PatternAnchors> alternatives = FindAlternativeAnchors(pattern);
  REQUIRE(alternatives.size() == 2);
  CHECK(Texts(alternatives[0].literals) == std::vector<std::string>{"spoke\x02 (word start)"});
  CHECK(Texts(alternatives[0].required) == std::vector<std::string>{"at\x02the\x02summit (word start)"});
  CHECK(Texts(alternatives[1].literals) == std::vector<std::string>{"at\x02the\x02summit (word start)"});
  CHECK(Texts(alternatives[1].required) == std::vector<std::string>{"spoke (word start)"});
  // Not for a sequence, nor when an alternative has no leading literal, nor
  // when no alternative requires anything.
  CHECK(FindAlternativeAnchors(R"(\bspoke\s+to\b)").empty());
  CHECK(FindAlternativeAnchors(R"(\bspoke\b|\w+\s+spoke)").empty());
  CHECK(FindAlternativeAnchors(R"(\bspoke\b|\btalked\b)").empty());
}

TEST_CASE("reach is counted in characters, runs of white space and word starts", "[actions]") {
  const std::string text = "had  a \xE2\x80\x9Cvery\xE2\x80\x9D long dinner";
  const std::size_t dinner = text.find("dinner");
  // h a d _ a _ " v e r y " _ l o n g _: 18 characters (the two spaces one run), 4 word starts
  // (a, the quotation mark, long, dinner).
  CHECK(WithinReach(text, 0, dinner, 18, 4));
  CHECK_FALSE(WithinReach(text, 0, dinner, 17, 4));
  CHECK_FALSE(WithinReach(text, 0, dinner, 18, 3));
  CHECK(WithinReach(text, 0, dinner, PatternAnchors::kUnbounded, PatternAnchors::kUnbounded));
  CHECK(WithinReach(text, dinner, dinner, 0, 0));
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

// The matcher tries a pattern only where its literals say it may match. The
// same rules with every pattern behind "\Q\E" (an empty literal, which RE2
// matches everywhere and the literal reader does not read) are searched whole
// in every sentence: both must find the same triggers.
TEST_CASE("the trigger matcher finds what searching every pattern everywhere finds", "[actions]") {
  nlohmann::json rules = nlohmann::json::parse(diplograph::internal::EmbeddedData("rules/actions.json"));
  for (auto& t : rules.at("triggers")) t["pattern"] = "\\Q\\E" + t.at("pattern").get<std::string>();
  auto everywhere = ActionRules::FromJson(rules.dump(), "test");
  INFO((everywhere.ok() ? std::string() : everywhere.status().ToString()));
  REQUIRE(everywhere.ok());
  for (const TriggerRule& t : (*everywhere)->triggers()) REQUIRE(FindAnchors(t.pattern).literals.empty());
  const ActionRules& pruned = ActionRules::Default();
  auto same = [&](const std::string& sentence) {
    const std::vector<TriggerMatch> a = pruned.Match(sentence), b = (*everywhere)->Match(sentence);
    bool equal = a.size() == b.size();
    for (std::size_t i = 0; equal && i < a.size(); ++i)
      equal = a[i].rule->id == b[i].rule->id && a[i].begin == b[i].begin && a[i].end == b[i].end;
    INFO(sentence);
    CHECK(equal);
    return a.size();
  };
  // Near misses: a required word just within and just beyond a pattern's reach.
  for (const char* s : {
           "They had a long private dinner in Rome.", "They had a dinner in Rome.",
           "They had a long and very friendly dinner in Rome.", "He held talks, then a dinner at the palace.",
           "Talks came after a bilateral, on Monday.", "Talks came after a first bilateral meeting in Rome.",
           "It happened after a very long and tiring bilateral meeting in Rome.",
           "He called Putin on Monday to congratulate him.",
           "He called the leader of the opposition party of the neighbouring country yesterday to congratulate her.",
           "He called; then he wrote to congratulate her.",
           "She told Xi during a phone call that talks would go on.",
           "She told the president of the republic and his foreign minister and their aides during a call that",
           "The president did not congratulate him.", "The president did not at any point say he would congratulate him.",
           "He sent a message of congratulations.", "He sent his warmest greetings on the occasion of the anniversary.",
           "He sent greetings to all, and then, much later in a very long day of events, for the anniversary.",
           // Letters outside ASCII in either case, where a pattern holds them.
           "\u00abF\u00e9licitations, cher Emmanuel\u00bb, wrote Macron's friend.",
           "\"F\u00c9LICITATIONS, CHER AMI\", he wrote.", "\"FELICITATIONS, Monsieur\", he wrote.",
           "\u201cHerzlichen Gl\u00fcckwunsch, lieber Olaf\u201d, wrote Scholz.",
           "\"HERZLICHEN GL\u00dcCKWUNSCH, Olaf\", he said.", "\"Parab\u00c9ns, Lula\", Biden wrote.",
           "He wrote \"Parab\u00e9ns\" on a card.",
           // Alternations anchored per alternative: a place of one
           // alternative with a required word of the other after it.
           "At the summit, he spoke to Xi in person.", "He spoke to Xi at the summit.",
           "On the sidelines of the summit he spoke with Modi.", "On the first day he spoke with Modi by phone.",
           "During his visit, Blinken spoke with Wang.", "At the dinner the two spoke; at the summit they did not."}) {
    same(s);
  }
  // Every sentence-like piece of the test articles, and each article whole.
  std::ifstream corpus(diplograph::testing::SourcePath("tests/fixtures/articles/corpus.jsonl"));
  REQUIRE(corpus);
  std::string line;
  std::size_t sentences = 0, triggers = 0;
  while (std::getline(corpus, line)) {
    const std::string text = nlohmann::json::parse(line).at("text").get<std::string>();
    std::size_t from = 0;
    while (from < text.size()) {
      std::size_t to = text.find_first_of(".\n", from);
      to = to == std::string::npos ? text.size() : to + 1;
      triggers += same(text.substr(from, to - from));
      ++sentences;
      from = to;
    }
    if (text.size() <= 4096) triggers += same(text);
  }
  CHECK(sentences > 10000);
  CHECK(triggers > 1000);
}

// Built on two threads (patterns compiled on one, anchors found on the
// other), the rules match what the rules built on one thread match; a bad
// pattern is reported the same way, after the triggers before it compiled.
TEST_CASE("rules built on two threads match as rules built on one", "[actions]") {
  const std::string json(diplograph::internal::EmbeddedData("rules/actions.json"));
  auto one = ActionRules::FromJson(json, "rules/actions.json", 1);
  auto two = ActionRules::FromJson(json, "rules/actions.json", 2);
  REQUIRE(one.ok());
  REQUIRE(two.ok());
  REQUIRE((*one)->triggers().size() == (*two)->triggers().size());
  std::ifstream corpus(diplograph::testing::SourcePath("tests/fixtures/articles/corpus.jsonl"));
  REQUIRE(corpus);
  std::string line;
  std::size_t articles = 0, triggers = 0;
  while (std::getline(corpus, line) && articles < 300) {
    const std::string text = nlohmann::json::parse(line).at("text").get<std::string>();
    const std::vector<TriggerMatch> a = (*one)->Match(text), b = (*two)->Match(text);
    bool equal = a.size() == b.size();
    for (std::size_t i = 0; equal && i < a.size(); ++i)
      equal = a[i].rule->id == b[i].rule->id && a[i].begin == b[i].begin && a[i].end == b[i].end;
    INFO(text.substr(0, 200));
    CHECK(equal);
    triggers += a.size();
    ++articles;
  }
  CHECK(triggers > 300);

  nlohmann::json rules = nlohmann::json::parse(json);
  auto& list = rules.at("triggers");
  REQUIRE(list.size() > 10);
  list[7]["pattern"] = "congratulat(e";
  list[9]["pattern"] = "met[";
  for (unsigned threads : {1u, 2u}) {
    INFO("threads " << threads);
    auto bad = ActionRules::FromJson(rules.dump(2), "bad_rules.json", threads);
    REQUIRE_FALSE(bad.ok());
    const std::string message = bad.status().ToString();
    INFO(message);
    CHECK(message.find("trigger '" + list[7].at("id").get<std::string>() + "': bad pattern") != std::string::npos);
    CHECK(bad.status().where().file == "bad_rules.json");
    CHECK(bad.status().where().line > 1);
  }
}

// A rules file with a bad pattern has its anchors read while RE2 compiles it
// (FromJson on two threads), so the reader meets patterns RE2 rejects. Cut
// every built-in pattern short: the reader must give up cleanly (the ASan
// build runs this), and a pattern cut right after an opening parenthesis,
// a group never closed, gives no literals to anchor on.
TEST_CASE("the anchor reader gives up cleanly on patterns cut short", "[actions]") {
  RE2::Options opt;
  opt.set_case_sensitive(false);
  opt.set_log_errors(false);
  std::size_t probed = 0, rejected = 0, open_groups = 0;
  for (const TriggerRule& t : ActionRules::Default().triggers()) {
    const std::string& p = t.pattern;
    for (std::size_t n = 1; n < p.size(); n += (n < 40 ? 1 : 9)) {
      const std::string cut = p.substr(0, n);
      const PatternAnchors anchors = FindAnchors(cut);
      (void)FindAlternativeAnchors(cut);
      ++probed;
      if (!RE2(cut, opt).ok()) ++rejected;
      if (cut.back() == '(' && (n < 2 || cut[n - 2] != '\\')) {
        ++open_groups;
        INFO(cut);
        CHECK(anchors.literals.empty());
        CHECK(anchors.required.empty());
      }
    }
  }
  CHECK(probed > 5000);
  CHECK(rejected > 1000);
  CHECK(open_groups > 100);
}

// Patterns written with \x{...} and \p{...} escapes keep their anchors: a
// user's rules file may spell accented letters that way, and a pattern whose
// anchors are not read is searched in every sentence.
TEST_CASE("the anchor reader reads character and Unicode class escapes", "[actions]") {
  // In a class: one character, and a word start only if the class may hold white space.
  const PatternAnchors latin = FindAnchors(R"(\bsent\s+[\x{00C0}-\x{024F}a-z]{1,5}\s+notes\b)");
  CHECK(Texts(latin.literals) == std::vector<std::string>{"sent\x02 (word start)"});
  CHECK(Texts(latin.required) == std::vector<std::string>{"notes (word start)"});
  CHECK(latin.required_chars == 4 + 1 + 5 + 1);
  CHECK(latin.required_words == 2);
  const PatternAnchors greek = FindAnchors(R"(\bsent\s+[\p{Greek}\pL']{1,5}\s+notes\b)");
  CHECK(Texts(greek.required) == std::vector<std::string>{"notes (word start)"});
  CHECK(greek.required_words == 2);
  // A separator class, or a negated one, may match white space: each character a word start.
  CHECK(FindAnchors(R"(\bsent\s+[\p{Zs}a-z]{1,5}\s+notes\b)").required_words == 2 + 5);
  CHECK(FindAnchors(R"(\bsent\s+[\P{L}]{1,5}\s+notes\b)").required_words == 2 + 5);
  CHECK(FindAnchors(R"(\bsent\s+[\x09-\x0D]{1,5}\s+notes\b)").required_words == 2 + 5);
  // Out of a class: an ASCII character is itself (in lower case), one outside ASCII ends the literal.
  CHECK(Texts(FindAnchors(R"(\b\x4De\x{74}\s+with)").literals) == std::vector<std::string>{"met\x02with (word start)"});
  CHECK(Texts(FindAnchors(R"(\bpr\x{e9}sident)").literals) == std::vector<std::string>{"pr (word start)"});
  CHECK(FindAnchors(R"(\bsent\s+\pL{1,5}\s+notes\b)").required_words == 2);
  // The scanner, given those anchors, finds the match RE2 finds.
  const std::string text = "Vu\u010Di\u0107 sent \u0106osi\u0107 notes";
  AnchorScanner scanner({latin});
  std::vector<AnchorScanner::Hit> hits;
  REQUIRE(scanner.Scan(text, &hits));
  RE2 re(R"(\bsent\s+[\x{00C0}-\x{024F}a-z]{1,5}\s+notes\b)");
  re2::StringPiece found;
  REQUIRE(RE2::PartialMatch(text, "(" + re.pattern() + ")", &found));
  const auto begin = static_cast<std::size_t>(found.data() - text.data());
  CHECK(std::any_of(hits.begin(), hits.end(), [&](const AnchorScanner::Hit& h) { return h.pattern == 0 && h.begin == begin; }));
  // A malformed escape still gives up, and RE2 rejects the pattern too.
  CHECK(FindAnchors(R"(\bsent[\x{zz}])").literals.empty());
  CHECK(FindAnchors(R"(\bsent[\p{])").literals.empty());
}
