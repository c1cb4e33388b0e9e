// Build events: put actors into the roles a trigger implies (who acts, who is
// acted on, who takes part), decide factuality (asserted, planned, negated,
// hedged) and the date of the event's own clause, then merge the mentions of
// one article that tell the same event.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "actions/action_rules.h"
#include "actors/actor_recognizer.h"
#include "diplograph/graph.h"
#include "diplograph/temporal.h"
#include "split/tokenizer.h"

namespace diplograph::internal {

struct SentenceContext {
  std::string_view text;  // normalised sentence
  const std::vector<Token>* tokens = nullptr;
  const std::vector<ActorMention>* mentions = nullptr;
  const std::vector<TriggerMatch>* triggers = nullptr;
  const std::vector<Timex>* timexes = nullptr;
  Mention evidence;  // document, offsets and original text of the sentence
};

// An event as one sentence tells it, before merging.
struct CandidateEvent {
  std::string action;
  std::vector<std::string> agents, recipients, participants;
  std::vector<std::string> agent_countries;  // the states the agents stand for
  Factuality factuality = Factuality::kAsserted;
  std::optional<DateSpan> date;
  Mention mention;
  bool incomplete = false;  // a directed event whose recipient the sentence does not name
  std::size_t sentence = 0;  // index of the sentence in the article
  bool background = false;   // "the two last met in 2019": an earlier occasion, recalled
};

class EventBuilder {
 public:
  EventBuilder(const ActionRules& rules, const ActorRecognizer& actors);

  // Adds the candidate events of one sentence to `out`; updates the article
  // memory (subject of the sentence, for "he"/"she" in the next one).
  void AddSentence(const SentenceContext& sentence, ArticleMemory* memory, std::vector<CandidateEvent>* out) const;

  // Merges the candidates of one article into its events: one event per real
  // event, with every mention; incomplete candidates join a matching complete
  // event or are dropped.
  std::vector<Event> Finish(std::vector<CandidateEvent> candidates) const;

 private:
  const ActionRules& rules_;
  const ActorRecognizer& actors_;
};

}  // namespace diplograph::internal
