// Phrase lists in cue-word ids (events/phrase_ids.h): the same answers as
// comparing the lower-cased words, for every phrase list the event builder
// reads this way.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "actions/action_rules.h"
#include "events/phrase_ids.h"
#include "split/tokenizer.h"
#include "util/strings.h"
#include "util/word_table.h"

using namespace diplograph::internal;

namespace {

bool EndsAtByString(const std::vector<std::string>& phrase, const LowerTokens& lower, std::size_t k) {
  if (phrase.empty() || k + 1 < phrase.size() || k >= lower.size()) return false;
  for (std::size_t q = 0; q < phrase.size(); ++q)
    if (lower[k + 1 - phrase.size() + q] != phrase[q]) return false;
  return true;
}

}  // namespace

TEST_CASE("PhraseIds: ids of a phrase list, by last word in list order", "[phrase_ids]") {
  WordTable words;
  words.Add("other");
  PhraseList list({{"plans", "to"}, {"hopes", "to"}, {}, {"to"}, {"due", "to", "meet"}});
  PhraseIds ids(list, &words);
  REQUIRE(ids.size() == 5);
  CHECK(ids[0] == std::vector<std::uint32_t>{words.Find("plans"), words.Find("to")});
  CHECK(ids[2].empty());
  CHECK(ids.EndingWith(words.Find("to")) == std::vector<std::uint32_t>{0, 1, 3});
  CHECK(ids.EndingWith(words.Find("meet")) == std::vector<std::uint32_t>{4});
  CHECK(ids.EndingWith(words.Find("other")).empty());
  CHECK(ids.EndingWith(WordTable::kNone).empty());
  const std::vector<std::uint32_t> sentence = {words.Find("he"), words.Find("hopes"), words.Find("to")};
  auto at = [&](std::size_t i) { return sentence[i]; };
  CHECK(PhraseIds::EndsAt(ids[1], sentence.size(), 2, at));
  CHECK(!PhraseIds::EndsAt(ids[0], sentence.size(), 2, at));
  CHECK(PhraseIds::EndsAt(ids[3], sentence.size(), 2, at));
  CHECK(!PhraseIds::EndsAt(ids[2], sentence.size(), 2, at));  // an empty phrase ends nowhere
  CHECK(!PhraseIds::EndsAt(ids[1], sentence.size(), 3, at));  // past the end
  CHECK(!PhraseIds::EndsAt(ids[4], sentence.size(), 1, at));  // before the start
}

TEST_CASE("PhraseIds: the rules' phrase lists match as their words do", "[phrase_ids]") {
  const RoleCues& cues = ActionRules::Default().cues();
  const PhraseList* lists[] = {&cues.exceptions, &cues.negated, &cues.hedged, &cues.planned,
                               &cues.election_night_phrases, &cues.winner.object_phrases, &cues.visitor_phrases,
                               &cues.regime_nouns};
  for (const PhraseList* list : lists) {
    WordTable words;
    PhraseIds ids(*list, &words);
    // Every phrase in a sentence, in capitals too, with near misses (a
    // phrase cut short, its words in another order) between them.
    std::string text = "Officials said";
    for (const auto& phrase : *list) {
      std::string joined, reversed;
      for (const auto& w : phrase) joined += " " + w;
      for (auto w = phrase.rbegin(); w != phrase.rend(); ++w) reversed += " " + *w;
      std::string upper = joined;
      for (char& ch : upper)
        if (ch >= 'a' && ch <= 'z') ch = static_cast<char>(ch - 'a' + 'A');
      text += joined + " ," + upper + " and" + reversed + " ; " + joined.substr(0, joined.rfind(' ')) + " .";
    }
    std::vector<Token> tokens;
    Tokenize(text, &tokens);
    LowerTokens lower;
    lower.Build(text, tokens);
    std::vector<std::uint32_t> token_ids;
    for (std::size_t k = 0; k < lower.size(); ++k) token_ids.push_back(words.Find(lower[k]));
    auto at = [&](std::size_t i) { return token_ids[i]; };
    std::size_t matches = 0;
    for (std::size_t k = 0; k <= lower.size(); ++k) {
      for (std::size_t pi = 0; pi < list->size(); ++pi) {
        const bool by_string = EndsAtByString((*list)[pi], lower, k);
        CHECK(PhraseIds::EndsAt(ids[pi], lower.size(), k, at) == by_string);
        matches += by_string;
      }
      // The phrases EndingWith lists are exactly those whose last word is the token's.
      if (k < lower.size()) {
        std::vector<std::uint32_t> expected;
        for (std::size_t pi = 0; pi < list->size(); ++pi)
          if (!(*list)[pi].empty() && (*list)[pi].back() == lower[k]) expected.push_back(static_cast<std::uint32_t>(pi));
        CHECK(ids.EndingWith(token_ids[k]) == expected);
      }
    }
    CHECK(matches >= list->size());
  }
}
