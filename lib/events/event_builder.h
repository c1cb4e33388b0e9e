// Build events: put actors into the roles a trigger implies (who acts, who is
// acted on, who takes part), decide factuality (asserted, planned, negated,
// hedged) and the date of the event's own clause, then merge the mentions of
// one article that tell the same event.
#pragma once

#include <array>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "actions/action_rules.h"
#include "actors/actor_recognizer.h"
#include "diplograph/graph.h"
#include "diplograph/temporal.h"
#include "events/phrase_ids.h"
#include "split/sentence_words.h"
#include "split/tokenizer.h"
#include "util/function_ref.h"
#include "util/strings.h"
#include "util/word_table.h"

namespace diplograph::internal {

// Where a sentence stands in its document. Views, not copies: a sentence with
// several candidates would otherwise be copied for each of them, and most
// candidates are merged away; Finish copies the text once per mention it keeps.
struct Evidence {
  std::string_view document;  // the document id
  std::size_t begin = 0;      // code-point offsets of the sentence in the document text as given
  std::size_t end = 0;
  std::string_view sentence;  // the sentence, as in the original text
};

struct SentenceContext {
  std::string_view text;  // normalised sentence
  const std::vector<Token>* tokens = nullptr;
  const std::vector<ActorMention>* mentions = nullptr;
  const std::vector<TriggerMatch>* triggers = nullptr;
  const std::vector<Timex>* timexes = nullptr;
  Evidence evidence;
  // The sentence's words already read (lower-cased, with their ids in a
  // SharedWords that holds cue_words()), or null to read them here.
  const SentenceWords* words = nullptr;
};

// An event as one sentence tells it, before merging. Its views (the evidence
// and the trigger's words) point into the article's texts, which must outlive
// Finish.
struct CandidateEvent {
  std::string action;
  std::vector<std::string> agents, recipients, participants;
  std::vector<std::string> agent_countries;  // the states the agents stand for
  Factuality factuality = Factuality::kAsserted;
  std::optional<DateSpan> date;  // also the date its mention gives
  Evidence evidence;
  std::string_view trigger;  // the words that triggered it, in the normalised sentence
  const TriggerRule* rule = nullptr;
  bool incomplete = false;  // a directed event whose recipient the sentence does not name
  std::size_t sentence = 0;  // index of the sentence in the article
  bool background = false;   // "the two last met in 2019": an earlier occasion, recalled
  bool sequel = false;  // "He then held talks with Putin": told as what followed the sentence before
  bool election_night = false;  // "late on election night", and no date of its own
  // "congratulated the Alliance a day after the vote": days past the article's
  // election day (with election_night set), and no date of its own.
  int election_offset = 0;
  std::string winner;        // the election winner the article had named by this sentence (ArticleMemory::winner)
  // The article's own people (`new:` actors) known by this sentence, with
  // their states: the lexicon cannot tell whether carrying one over is domestic.
  std::vector<std::pair<std::string, std::string>> new_actor_countries;
};

class EventBuilder {
 public:
  EventBuilder(const ActionRules& rules, const ActorRecognizer& actors);

  // Adds the candidate events of one sentence to `out`; updates the article
  // memory (subject of the sentence, for "he"/"she" in the next one).
  void AddSentence(const SentenceContext& sentence, ArticleMemory* memory, std::vector<CandidateEvent>* out) const;

  // Whether the sentence after the last one added could still change `out`:
  // it holds a mere contact ("shook hands with") that a denial in the next
  // sentence ("It was not a meeting") would undo. When it does, the caller
  // passes that next sentence to AddSentence (its tokens suffice).
  bool AwaitsNextSentence(const ArticleMemory& memory, const std::vector<CandidateEvent>& out) const;

  // Merges the candidates of one article, in the order AddSentence made them,
  // into its events: one event per real event, with every mention; incomplete
  // candidates join a matching complete event or are dropped. The candidates
  // are used up (their strings moved into the events): the caller clears the
  // list, and may reuse its room for the next article.
  //
  // `context_day(sentence)`: the last single day the article resolved before
  // its sentence `sentence` (CandidateEvent::sentence; the temporal anchor),
  // if any: the date of an asserted event the article tells without one of
  // its own. Asked only for such events, in the order of their candidates
  // (dates/context_days.h finds it then); none when empty.
  // (A reference to the caller's callable, not a copy: util/function_ref.h.)
  // `election` true: instead, the day of the article's election, asked for an
  // event told "on election night" (CandidateEvent::election_night).
  using ContextDayFn = FunctionRef<std::optional<CivilDate>(std::size_t sentence, bool election)>;
  std::vector<Event> Finish(std::vector<CandidateEvent>& candidates, const ContextDayFn& context_day = {}) const;

  // The words of the cue lists (lower-cased), which AddSentence looks tokens up in.
  const WordTable& cue_words() const { return cue_words_; }

 private:
  const ActionRules& rules_;
  const ActorRecognizer& actors_;
  // Each word of the role cue lists the role search asks about single tokens
  // (and of its pronoun tables), with one bit per list that holds it, and per
  // phrase list the search tries at every token, whether it starts or ends one
  // of its phrases (the lists are in event_builder.cpp): the words in a
  // vocabulary, their bits by vocabulary id.
  WordTable cue_words_;
  std::vector<std::uint64_t> cue_bits_;
  // The phrase lists the searches try at many tokens, in cue-word ids
  // (every word of theirs is a cue word): the factuality search's, those of
  // the sentence-wide phrase searches, and the regime nouns.
  PhraseIds exception_ids_, negated_ids_, hedged_ids_, planned_ids_;
  PhraseIds election_night_ids_, winner_object_ids_, visitor_ids_, regime_noun_ids_;
  // What a sentence with no trigger and no person must hold for the referendum
  // holder to be looked for in it: each of `referendum_nouns` without its first
  // letter ("eferendum" for "Referendum" and "referendum"), none holding another.
  std::vector<std::string> referendum_parts_;
  // How far the object search reaches, by ObjectMode (rules data, found once).
  std::array<std::size_t, static_cast<std::size_t>(ObjectMode::kNone) + 1> object_limits_{};
};

}  // namespace diplograph::internal
