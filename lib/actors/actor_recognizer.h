// Recognise actors: people, countries and organizations mentioned in a
// sentence, resolved to lexicon entries (or, for "Kenyan President William
// Ruto" when Ruto is not in the lexicon, to a new actor with that role).
//
// Handles full names and aliases; title + name ("Russian Foreign Minister
// Sergei Lavrov", "the president of Mexico, Andrés Manuel López Obrador");
// titles alone resolved by role and date ("the Russian president", "the
// Chinese leader"); surname-only mentions resolved within the article ("Wang"
// is the Wang last named in full); country names, capitals and government
// metonyms ("Beijing", "the Kremlin"); honorifics ("Mr. Biden"); misspelt
// multi-word names ("Lobez Abrador"); "the winner" of a named election.
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "diplograph/date.h"
#include "diplograph/lexicon.h"
#include "split/sentence_words.h"
#include "split/tokenizer.h"
#include "util/strings.h"
#include "util/word_table.h"

namespace diplograph::internal {

// An actor the lexicon does not know, introduced by a title pattern.
struct NewActor {
  std::string id;       // "new:william_ruto"
  std::string name;     // "William Ruto"
  std::string role;     // role id, e.g. "president"
  std::string country;  // country id
};

// kAdjective: a country adjective alone ("Russian banks"); used only where a
// rule asks for it, never as a subject.
enum class MentionVia { kName, kTitleName, kTitle, kShort, kFuzzy, kCountry, kCapital, kOrganization, kWinner, kAdjective, kCity };

struct ActorMention {
  std::size_t tok_begin = 0;  // token range [tok_begin, tok_end) in the sentence
  std::size_t tok_end = 0;
  std::string actor;          // lexicon id or NewActor id
  ActorKind kind = ActorKind::kPerson;
  MentionVia via = MentionVia::kName;
  std::string country;        // the state the actor stands for on that day, if known
  bool possessive = false;    // followed by 's
  // One of the states listed after a plural title ("the presidents of
  // [Latvia], [Lithuania] and [Estonia]"): the mention is that state's
  // office holder (or the state), and the "of" before it no preposition.
  bool listed_after_title = false;
  std::size_t title_begin = 0;  // then: where its plural title begins ("the")
};

// Per-article memory: who was last named in full, for short names and pronouns.
struct ArticleMemory {
  StringMap<std::string> short_to_actor;  // "Wang" -> "wang_yi"; "" where the surname is someone unknown's
  // Two-word short forms of people named in full in the article, folded:
  // honorific or monarch's title + first name, or the first two words of a longer name
  // ("Sheikh Abdullah bin Zayed ... Sheikh Abdullah said": "sheikh abdullah").
  StringMap<std::string> two_word_forms;
  std::vector<std::string> two_word_firsts;  // their first words, for a cheap test per token
  std::vector<NewActor> new_actors;
  std::string last_subject;  // actor id of the previous sentence's subject
  std::string last_subject_gender;
  std::size_t sentence = 0;  // index of the sentence being read
  std::vector<std::string> recent_people;  // people named so far, most recent last (for "the two leaders")
  // Lexicon entries of the people the recogniser has met named in full so far,
  // most recent last (for "the new president").
  std::vector<std::size_t> named_entries;
  // The same people in the order the article's body (not its first line, the
  // headline) first named them: its protagonist first ("the president" among
  // several presidents).
  std::vector<std::size_t> first_named;
  // People an honorific introduced ("His Highness Prince Faisal bin Farhan"):
  // (index of the honorific in the rules' `honorific_titles`, lexicon entry),
  // in article order. The honorific alone names the first of them.
  std::vector<std::pair<std::size_t, std::size_t>> honorific_named;
  std::optional<CivilDate> published;       // the article's date (for actors met only through pronouns)
  // Pairs of people who took part in two-party events, with how often, in
  // order of last use ("the two leaders" is the pair the article is about).
  std::vector<std::pair<std::pair<std::string, std::string>, int>> pairs;
  // The country whose election the article last named ("Germany's election"),
  // for "the winner" in a later sentence that names none.
  std::string election_country;
  // The person the article last said won an election ("X won the vote",
  // "X's victory", "President-elect X"): whom a withholding or a congratulation
  // that names no one is aimed at, when no sentence near it gives a recipient.
  std::string winner;
  // The person the article last said visited a state ("X arrived in New Delhi
  // on Sunday"): who "the visiting leader" in a later sentence is.
  std::string visitor;
  // The entity the article last said held a referendum or declared
  // independence ("the referendum held by the Kurdistan Regional
  // Government", "Crimea's referendum"): whose referendum "does not
  // recognise the referendum" in a later sentence withholds recognition from.
  std::string referendum_holder;
  // The country of the article's dateline city ("BEIJING (Reuters) -"): the
  // host of a visit the article reports without naming the place.
  std::string dateline_country;
  // The country of the first government spokesperson the article names
  // ("Official Spokesperson, Shri Arindam Bagchi:"): whose office a bare title
  // nobody named holds means in a briefing ("Prime Minister held talks").
  std::string home_country;

  // Forgets everything, as a new ArticleMemory would, but keeps the tables'
  // room: the extractor reuses one memory per thread for article after
  // article (a fresh one grew its tables anew for every article). A field
  // added above must be reset here too.
  void Clear() {
    short_to_actor.clear();
    two_word_forms.clear();
    two_word_firsts.clear();
    new_actors.clear();
    last_subject.clear();
    last_subject_gender.clear();
    sentence = 0;
    recent_people.clear();
    named_entries.clear();
    first_named.clear();
    honorific_named.clear();
    published.reset();
    pairs.clear();
    election_country.clear();
    winner.clear();
    visitor.clear();
    referendum_holder.clear();
    dateline_country.clear();
    home_country.clear();
  }
};

class ActorRecognizer {
 public:
  // Compiles the lexicon's names and titles with the recognition rules
  // (lib/data/rules/actors.json). The lexicon must outlive the recogniser.
  static Result<std::unique_ptr<ActorRecognizer>> Create(const Lexicon& lexicon);
  ~ActorRecognizer();

  // Mentions in one sentence, left to right, not overlapping. `words`: the
  // sentence's words already read (split/sentence_words.h, with a SharedWords
  // that holds vocabulary()), or null to read them here.
  std::vector<ActorMention> Recognize(std::string_view sentence, const std::vector<Token>& tokens,
                                      const std::optional<CivilDate>& date, ArticleMemory* memory,
                                      const SentenceWords* words = nullptr) const;
  // The same into `out` (cleared first), whose room is reused: the extractor
  // keeps one list per thread instead of allocating one per sentence.
  void Recognize(std::string_view sentence, const std::vector<Token>& tokens, const std::optional<CivilDate>& date,
                 ArticleMemory* memory, std::vector<ActorMention>* out, const SentenceWords* words = nullptr) const;

  // The words the recogniser looks tokens up in (lower-cased, accents folded).
  const WordTable& vocabulary() const;

  const Lexicon& lexicon() const;
  // Gender of a lexicon person ("male"/"female"/"").
  std::string GenderOf(std::string_view actor) const;

  // A person the lexicon does not know, named in full where a rule expects a
  // person ("congratulated Antonio Jose Seguro"): the article's new actor of
  // that name (added to `memory` on first use, with `country`, which may be
  // empty), whose last name alone then names them in later sentences. Returns
  // the actor's id ("new:antonio_jose_seguro"), or "" for a name of no word.
  std::string AddUnknownPerson(std::string_view name, std::string_view country, ArticleMemory* memory) const;

 private:
  struct Impl;
  explicit ActorRecognizer(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace diplograph::internal
