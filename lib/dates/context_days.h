// The temporal anchor of one article, followed sentence by sentence but found
// only where something reads it.
//
// The anchor before a sentence is the sentence day (the first resolved DATE
// whose earliest and latest day are equal) of the nearest sentence before it
// that has one. The first, not the last: "Borrell said on September 24 that
// ... the August 9 election had been neither free nor fair. The State
// Department said the same day" is September 24; a sentence's later days are
// mostly the background of its report. A day that only modifies a noun ("the
// November 7 vote") counts for neither. Two readers: the anaphoric days of a
// sentence ("the next day", "the same day"; TemporalContext::anchor) and the
// context day of an event told without a date of its own (EventBuilder::
// Finish), which takes the LAST single day of that sentence (ContextDay). Tagging every sentence in order to move it cost the dates stage
// three times its work on the generated corpora, where most sentences hold no
// event; so here:
//
// - a sentence is tagged when its own dates are wanted (Tag: one with a
//   trigger) or when a reader asks for the anchor after it (Before);
// - Before(si) walks back from si to the nearest sentence that sets a single
//   day, and no further; the sentences past it need no tagging, nor do those
//   on the way that TemporalTagger::MaySetDay clears (no word that could make
//   a single day or read the anchor);
// - a sentence is first tagged without an anchor. Only the anaphora rule
//   reads the anchor, and it always leaves an "anaphora.day" expression, so a
//   result without one is the sentence's result for any anchor; a result with
//   one is tagged again once the anchor before it is known.
//
// The result is the one of tagging every sentence in order with the anchor
// moved after each: the same expressions, the same anchors.
//
//   ContextDays days;
//   days.Reset(&tagger, published, sentences.size());
//   for each sentence si in order: days.Add(si, text, &tokens_of_si);
//                                  if it has a trigger: days.Tag(si, &timexes);
//   ... days.Before(si) for an event of sentence si that has no date ...
//
// The texts and tokens given to Add must live until the last call for the
// article. Not thread-safe: one per thread (the extractor keeps one per thread
// and reuses its room from article to article).
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "diplograph/date.h"
#include "diplograph/temporal.h"
#include "split/sentence_words.h"
#include "split/tokenizer.h"

namespace diplograph::internal {

class ContextDays {
 public:
  // Starts an article of `count` sentences (indices 0 .. count-1).
  void Reset(const TemporalTagger* tagger, std::optional<CivilDate> published, std::size_t count);

  // Sentence `si`, in article order. Sentences never added (boilerplate lines,
  // those past the last trigger) neither set nor read the anchor. `words`: its
  // words read already (split/sentence_words.h), or null; like the tokens,
  // they must live until the last call for the article.
  void Add(std::size_t si, std::string_view text, const std::vector<Token>* tokens,
           const SentenceWords* words = nullptr);

  // Every temporal expression of added sentence `si` (TemporalTagger::Tag with
  // the anchor of the sentences before it).
  void Tag(std::size_t si, std::vector<Timex>* out);

  // The anchor before added sentence `si`: the sentence day of the nearest
  // added sentence before it that has one, if any. Cheapest asked in article order.
  std::optional<CivilDate> Before(std::size_t si);
  // The context day of an event told without a date in added sentence `si`:
  // the LAST single day of the nearest sentence before it that has one ("As
  // you know, Prime Minister returned yesterday from Tokyo, where he attended
  // the summit on Tuesday. On the margins of the summit, he held bilateral
  // meetings": Tuesday). The anaphoric days read the first (Before).
  std::optional<CivilDate> ContextDay(std::size_t si);

  // The day of the article's election (for "late on election night"): the
  // first single day, in added sentences 0..si, tied to one of `nouns`:
  // "Saturday's presidential election", "the January 13 vote", "the election
  // on Sunday", or set off after one of `nights` ("On election night, Sunday
  // December 19"; each phrase its words joined by one space). Tags the
  // sentences on the way (asked rarely), each once per article when asked in
  // article order.
  std::optional<CivilDate> OccasionDay(std::size_t si, const std::vector<std::string>& nouns,
                                       const std::vector<std::string>& nights = {});

  // Whether expression `t` of sentence `text` can be a sentence's day: a single
  // resolved day that does not only modify a noun ("the November 7 vote").
  static bool SetsAnchor(std::string_view text, const Timex& t);

  // "In December 2015 Abe returned the visit. On the evening of December 12
  // the two men ...": a day of a month told without its year, resolved
  // against publication by the tagger, takes the year the story has reached
  // instead. The context is the last expression before it in its sentence
  // when that names its year, else, for the sentence's first expression,
  // `before`: the previous sentence's YearEnd (after that sentence's own days
  // took their year this way). Only a day or a month names a context, not a
  // bare year ("a 2018 agreement", "since 1959"), and a relative expression
  // ends it. Of the context's year and the next, the day nearer the context
  // ("in December 2015 ... on January 5": 2016); never a day after
  // `published`. "That September" (rule "month.context") is a month of the
  // context's year, nearer it; "the following October" of the year after.
  // The days moved get the rule suffix ".context_year", and the anaphora of
  // their sentence counted from them move with them. Independent of the
  // anchor: absolute years read none. Tag applies it to every sentence; a
  // caller tagging sentences itself in order does the same with these three.
  static void ApplyYears(std::optional<CivilDate> before, std::optional<CivilDate> published, std::vector<Timex>* out);
  // The date of a sentence's last expression when that names its year (see
  // ApplyYears; anaphora are passed over), the context of the next sentence.
  static std::optional<CivilDate> YearEnd(const std::vector<Timex>& timexes);
  // Whether the first expression of `timexes` lacks its year, so that
  // ApplyYears reads `before`.
  static bool WantsYearBefore(const std::vector<Timex>& timexes);

 private:
  struct Sentence {
    std::string_view text;
    const std::vector<Token>* tokens = nullptr;
    const SentenceWords* words = nullptr;
    bool added = false;
    bool tagged = false;         // `day` is known
    std::optional<CivilDate> day;       // the first single day of the sentence
    std::optional<CivilDate> last_day;  // and its last
    bool year_known = false;            // `year_end` is known
    std::optional<CivilDate> year_end;  // its last expression's date, when that names its year
  };
  // Tags sentence `si` against `anchor` into `out`; returns whether one of its
  // expressions read the anchor (only then does the anchor change the result).
  bool TagWith(std::size_t si, std::optional<CivilDate> anchor, std::vector<Timex>* out);
  // Records the first single day of `timexes` as sentence si's.
  void Record(std::size_t si, const std::vector<Timex>& timexes);
  // Gives sentence si's days told without their year the year of the
  // story (ApplyYears), with the sentence before it as context (YearBefore).
  void FixYears(std::size_t si, std::vector<Timex>* out);
  // The year context sentence si takes from the added sentence before it:
  // that sentence's YearEnd, its own days fixed first (found once, cached).
  std::optional<CivilDate> YearBefore(std::size_t si);

  const TemporalTagger* tagger_ = nullptr;
  std::optional<CivilDate> published_;
  std::vector<Sentence> sentences_;
  // The anchor before sentence `known_`: every request so far was for a
  // sentence at or before it, so a walk back stops there.
  std::size_t known_ = 0;
  std::optional<CivilDate> known_anchor_;
  // OccasionDay: the next sentence to read, and the day once found.
  std::size_t occasion_next_ = 0;
  std::optional<CivilDate> occasion_day_;
  std::vector<std::size_t> pending_;  // Before's sentences that read the anchor
  std::vector<Timex> scratch_;
};

}  // namespace diplograph::internal
