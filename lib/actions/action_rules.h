// Actions: the diplomatic action types (with CAMEO and PLOVER codes) and the
// trigger rules that find them in a sentence, loaded from JSON data
// (lib/data/rules/actions.json; format in docs/rules.md).
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "diplograph/status.h"
#include "util/strings.h"

namespace diplograph::internal {

struct ActionType {
  std::string id;     // snake_case: "congratulate"
  std::string klass;  // IRI local name: "Congratulate"
  std::string label;
  std::string cameo, cameo_label, plover, plover_mode;
  bool symmetric = false;
  // Symmetric and told pairwise: a meeting of three is three meetings of two.
  bool pairwise = false;
  // Withholding is an asserted stance even when phrased in the future ("will wait").
  bool ignore_modality = false;
  // The action proposes a later act ("invited Putin to visit China later this
  // year"): a future date after the trigger dates that act, and neither dates
  // this event nor makes it planned.
  bool proposes = false;
  // With no recipient in the sentence, the country of the article's dateline
  // is the recipient ("BEIJING - Putin arrived on Tuesday": a visit to China).
  bool host_from_dateline = false;
  // An act that lasts days (a visit): in one article, mentions by the same
  // agent to the same host state dated at most this many days apart are one
  // occasion, dated by its first day ("arrived in Washington on Thursday" and
  // "was welcomed to the White House on Friday"). 0: each date is its own event.
  int occasion_days = 0;
};

enum class ObjectMode { kAfter, kNear, kAdjacent, kInside, kNone };

struct TriggerRule {
  std::string id;
  std::string action;
  std::string pattern;  // RE2, as compiled: "\w" takes letters outside ASCII too (actions/word_class.h)
  bool noun = false;  // a nominal trigger ("congratulations", "talks with")
  ObjectMode object = ObjectMode::kAfter;
  // Symmetric acts: coordinated subjects with no object are parties of one act
  // ("X and Y met"); false where they each acted on someone unnamed ("Prodi
  // and Zapatero also telephoned on Monday").
  bool pairs_subjects = true;
  // Its objects take part in one act with each other too: "joined Merkel,
  // Macron and Johnson for talks" is one meeting of the four.
  bool pairs_objects = false;
  // "waited until December 2020 to congratulate", "did not recognise Kosovo until 2010": a match
  // in the past tense with "until" and a date after its verb reports an act on that date; the
  // act is the value of the first key that opens a word of the match ("congratulat" ->
  // "congratulate", "recogni" -> "grant_recognition"). Empty: no such reading.
  std::vector<std::pair<std::string, std::string>> until_date_reports;
  bool clause_subject = false;    // the agent is the sentence's first actor (", meeting X")
  bool adjective_object = false;  // "sanctions on Russian banks": the adjective's country is the recipient
  bool reciprocal = false;        // "X and Y exchanged congratulations": each acts on the other
  // The object is the one who acts: "X welcomed Y to Britain" and "Y was
  // welcomed by X" are visits by Y to X (agent and recipient swap).
  bool object_is_agent = false;
  // The trigger counts only with a person named right after it, not a state nor a
  // possessor, and not followed by "as" ("saw Harris at the White House", not
  // "saw China as a threat", "saw Biden's plan", "saw Putin as a partner").
  bool person_object = false;
  // "the Biden-Xi meeting", "the Modi-Biden talks": the parties are the two
  // surnames the trigger's first word joins by a hyphen, each a person the
  // article (or this sentence) has named; without two, no event.
  bool hyphen_pair = false;
  std::vector<std::string> suppresses;
};

// One trigger found in a sentence.
struct TriggerMatch {
  const TriggerRule* rule = nullptr;
  std::size_t begin = 0;  // bytes in the sentence
  std::size_t end = 0;
};

// Word lists that steer role assignment and factuality.
struct RoleCues {
  std::size_t modality_window = 5;
  PhraseList planned, negated, hedged, exceptions;
  // Which `exceptions` are wishes ("would like to"): not exceptions for
  // `desire_actions` ("would like to meet" is planned; "would like to
  // congratulate" congratulates).
  std::vector<bool> exception_is_desire;
  WordList desire_actions;
  std::vector<std::string> negated_suffixes;
  WordList noun_modal_after, noun_modal_stops;  // "a phone call with Xi would be welcome"
  WordList noun_negated_after;  // "the meeting with Xi was postponed"
  WordList noun_negated_before;  // "the indirect talks with the United States": no meeting of the parties
  // "A meeting between A and B, expected on Tuesday, did not take place": the
  // noun trigger's predicate, past a parenthesis, says it never happened.
  PhraseList noun_negated_phrases;
  PhraseList noun_hedged_phrases;  // "a visit to Kabul by Lavrov was under discussion"
  // "denied that X met Y", "rejected reports that X met Y": a denial before the
  // "that" opening the trigger's clause negates it.
  WordList denial_verbs, denied_report_nouns;
  WordList claim_verbs;  // "claimed that X had decided not to congratulate": the clause after "that" is hedged
  WordList negated_inside;      // "held no formal meeting": a determiner inside the trigger
  WordList future_clause_openers;  // "when they meet": a present-tense verb after it is to come
  WordList question_ends;          // "?": a sentence ending so asks, it does not assert
  PhraseList group_nouns;
  // "Lee and his wife were received", "Lee and first lady Kim Yoon-ok were
  // received": after "and", a spouse (`spouse_phrases`) or a spouse's title
  // and a name (`spouse_titles`) takes no part beside the subject.
  PhraseList spouse_phrases, spouse_titles;
  // "the junta", "the military authorities": as the object of one of
  // `regime_actions`, the state they rule (docs/rules.md).
  // "on election night": the phrases that tie an undated act to the
  // article's election, and the nouns that name one (docs/dates.md).
  PhraseList election_night_phrases;
  std::vector<std::string> election_nouns;
  std::vector<std::string> election_night_strings;  // the phrases above, words joined by a space
  // "recognised Russia's contribution": for `recognised_actions` an owned
  // object counts only when the owned word is one of these ("Kosovo's independence").
  WordList recognised_things, recognised_actions;
  PhraseList regime_nouns;
  WordList regime_actions;
  // "congratulated Antonio Jose Seguro": for `unknown_person_actions`, a run
  // of capitalised words the lexicon does not know right after the trigger
  // is a person of the article's own (titles in `unknown_person_titles`
  // before the name are passed over: "congratulated President-elect Seguro").
  WordList unknown_person_actions, unknown_person_titles;
  // "held a trilateral summit with Biden and Ishiba": a word of these in or
  // just before a pairwise trigger has the listed parties meet each other too.
  WordList all_pairs_words;
  // "congratulated him two days after the April 12 vote": `days_after_units`
  // ("day", "days") after a count (`days_after_counts` word, or digits) and
  // before "after" shift the date that follows by the count.
  WordList days_after_units;
  // "A, B and C, all of whom congratulated X": the words before "of whom".
  WordList list_quantifiers;
  StringMap<int> days_after_counts;
  // The words of direction after the count and their sign ("after": 1,
  // "before": -1: "ten days before the vote"); without them, "after" alone.
  StringMap<int> days_after_directions;
  StringMap<std::string> subject_pronouns;  // he -> male
  StringMap<std::string> object_pronouns;   // him -> male
  // his -> male, their -> plural, its -> neuter: "his" and "her" own for a
  // person, "their" for people or states, "its" for a state or a body.
  StringMap<std::string> possessive_pronouns;
  WordList speaker_pronouns, addressee_pronouns, speech_verbs, address_verbs, prepositions, clause_breaks, object_stops,
      fronting_prepositions, date_barriers, date_soft_barriers, date_forward_barriers, noun_determiners, infinitive_planned_except, infinitive_reports, purpose_travel_verbs, date_recall_participles,
      subject_openers, topic_prepositions, background_markers;
  // "as", "when", "while" ...: open an adverbial clause that a participle after its comma skips.
  WordList adverbial_openers;
  // "was", "were", "been" ...: before a participle, a passive ("was received by").
  WordList passive_auxiliaries;
  // Past-tense verbs not ending in -ed ("met", "flew"): after "after"/"before",
  // an actor followed by one is a clause's subject ("after Pence spent hours").
  WordList irregular_past;
  // Auxiliaries and modals: a quotation opening right after one continues the
  // clause before it ('said he had "congratulated the president-elect"').
  WordList auxiliaries;
  // Words after "her" that make it an object, not a possessive ("wished her well").
  WordList object_her_followers;
  // Words that end the search for "by X" after a passive participle.
  WordList passive_agent_stops;
  // Quantifiers floating after a subject ("X, Y and Z all phoned"): right
  // after an actor they neither block the subject nor make it a modifier.
  WordList floating_quantifiers;
  // Words describing a person before his title and name ("former Colombian
  // president X"): no verb, so the name after them may be a subject.
  WordList name_premodifiers;
  // Lower-case nouns that head a title right before a name ("party chief X",
  // "opposition leader X"): no verb either; the name is a verb's object only
  // if a verb stands before the whole title ("met opposition leader X").
  WordList title_nouns;
  // Copulas before "the first/last/only ... to <verb>": the act is reported,
  // not planned ("became the first leader to visit").
  WordList copulas;
  // An undirected act takes its recipient from the other party of an act of
  // these kinds its agent had in the same sentence ("telephoned Rajapaksa and
  // conveyed the felicitations of India": congratulate <- phone_call, meet).
  std::unordered_map<std::string, std::vector<std::string>> carry_recipient_same_sentence;
  PhraseList pair_phrases;
  // "Their last meeting was in Bali": pair phrases that count only opening a sentence.
  PhraseList opening_pair_phrases;
  PhraseList state_pair_phrases;  // "the two countries": the pair's states
  // "Independence Day", "National Day": on such an occasion a congratulation
  // of "the people of X" (or "the Indian people") is one of the state.
  PhraseList national_occasions;
  // ", including X and Y", ", among them X": the words after a comma that
  // open a list of the people a group noun stands for.
  PhraseList inclusion_markers;
  // "he is not among the leaders who have congratulated": a membership that,
  // negated before a relative clause, negates the trigger in it.
  PhraseList membership_phrases;
  // "the two prime ministers" -> "prime_minister": a pair phrase naming an
  // office means the last two people named who held it on the publication day.
  std::unordered_map<std::string, std::vector<std::string>> pair_phrase_roles;
  // "the three leaders", "the four": the last N people named, of N states,
  // where N is the first of `count_words` in the phrase.
  PhraseList group_phrases;
  std::unordered_map<std::string, std::size_t> count_words;  // "three" -> 3
  PhraseList echo_phrases;        // ", as did X": X did the same
  PhraseList visitor_phrases;     // "the visiting leader": the person the article last said visited
  // "would not recognise the referendum held by the Kurdistan Regional
  // Government": the nouns of an act of self-determination, the prepositions
  // that name who held it, and the actions whose missing recipient it gives.
  WordList referendum_nouns, referendum_holder_prepositions, referendum_actions, referendum_verbs;
  PhraseList meeting_hosts;       // "talks hosted by X": X takes part in the meeting too
  WordList message_sender_nouns;  // "a statement from X congratulating Y": X acts
  WordList message_arrival_words;  // "Congratulations also came (poured in) from X": words between a message noun and "from"
  WordList intermediary_prepositions;  // "sent congratulations through her spokesman X": X carries the act, no party
  WordList led_group_nouns;       // "received a delegation led by X": the nouns whose leader, after "led by", is the party
  // "Obama shook hands with King Abdullah; no meeting between the two was
  // planned": the trigger ids of a mere contact (a handshake, a greeting),
  // which a denial of a meeting in its sentence or in the next one ("It was
  // not a meeting") undoes: one of `contact_denial_openers`, at most
  // three words, then one of `contact_denial_heads`.
  WordList contact_triggers, contact_denial_openers, contact_denial_heads;
  // "Obama flies to Laos on Monday evening", in a story of that Monday: the
  // actions whose present tense, dated on the day of publication, is the
  // day's schedule ("China congratulates X, the spokesman said Monday" is
  // done as it is said).
  WordList schedule_present_actions;
  // "Correction: An earlier version of this article said Kerry called
  // Netanyahu on Tuesday": a sentence holding one of these before a trigger
  // tells what was wrongly reported, no act (hedged).
  PhraseList retraction_phrases;
  // "Putin met Merkel and Macron together": right after the objects of a
  // pairwise act, one of these makes each two of them a pair too.
  WordList joint_words;
  // "Russia and Ukraine signed separate agreements with Turkey": one of these
  // inside the trigger of an act of all its parties makes it one act of each
  // subject with the objects, not one of all of them.
  WordList separate_words;
  WordList meeting_host_nouns;    // the nouns a `meeting_hosts` phrase must follow ("talks", not "banquet")
  WordList echo_triggers;         // "X did the same": trigger ids that repeat the article's last act only
  std::size_t carry_recipient_sentences = 3;
  // A shorter reach for some actions ("visit": 2): "Pelosi's visit to Taiwan
  // ... Biden arrived on Sunday night from Phnom Penh" is no visit to Taiwan.
  std::unordered_map<std::string, std::size_t> carry_recipient_sentences_of;
  // Actions whose recipient may also be carried from other actions: a
  // withholding without a named recipient ("did not recognise the results")
  // is aimed at whoever was just congratulated.
  std::unordered_map<std::string, std::vector<std::string>> carry_recipient_from;
  // Actions whose mention without a recipient may take it from the same act by
  // another state in the sentences just after it.
  WordList carry_recipient_later_same;
  // Actions whose mention without a recipient, when nothing nearby gives one,
  // is aimed at the election winner the article last named (winner_cues).
  WordList carry_winner;
  struct WinnerCues {
    // possessed_before_as: "Nandi-Ndaitwah's election as president";
    // recipient_of: the person an asserted act of these actions is aimed at
    // ("Scholz congratulated Merz") is the winner when no cue named one.
    WordList verbs, verb_leads, verb_objects, possessed, possessed_before_as, of_nouns, recipient_of;
    PhraseList after;
    // "sent messages of congratulations to To Lam on his election as General
    // Secretary": right after a person, the winner when none is known yet (a
    // later "congratulated JD Vance on his election as vice president" does
    // not make Vance the "him" of "congratulate him").
    PhraseList first_after;
    // "phoned the president-elect": in or right after a trigger, the winner.
    PhraseList object_phrases;
    std::string elect_suffix;
  } winner;
  // "congratulated Chavez's chosen heir": a person's relation (heir, son,
  // ally), up to two words after the possessive, is the object, not the person.
  WordList relation_nouns;
  // "welcomed Nauru's decision": what a state owns that makes it no party of a
  // symmetric act (a decision, a move, a statement), right or two words after it.
  WordList possessed_things;
  // "Boric, who took office last month, held talks": a relative clause holding
  // one of these tells how someone came to office; its date dates nothing outside.
  WordList tenure_words;
  // "In Friday's messages, Macron congratulated Starmer": a possessive date
  // after one of `prepositions` (or "of" after one of `of_heads`: "on the
  // sidelines of Monday's summit") whose noun (within two words) is one of
  // `nouns`, an occasion, dates the clause; other possessive dates ("after
  // Sunday's vote") date only their noun.
  struct OccasionDates {
    WordList prepositions, of_heads, nouns;
  } occasion_dates;
  std::unordered_map<std::string, std::size_t> object_limits;
  std::unordered_map<std::string, std::string> negated_becomes;
  // Actions whose state-level event is the same act as the same agent's
  // events towards that state's people in the article ("Putin sends greetings
  // as India marks Republic Day ... congratulated President Murmu and Prime
  // Minister Modi"): the person-level ones are kept.
  WordList state_joins_people;
};

class ActionRules {
 public:
  // The rules embedded in the library, built on the first call (with up to
  // `threads` threads: compiling the patterns and finding their anchors are
  // two pieces of work); later calls return the same rules.
  static const ActionRules& Default(unsigned threads = 1);
  // threads > 1: the patterns are compiled on one thread while their anchors
  // are found on another. The rules are the same either way.
  static Result<std::unique_ptr<ActionRules>> FromJson(std::string_view json, std::string_view origin,
                                                       unsigned threads = 1);
  ~ActionRules();

  const std::vector<ActionType>& actions() const;
  const ActionType* Find(std::string_view id) const;
  const std::vector<TriggerRule>& triggers() const;
  const RoleCues& cues() const;

  // Every trigger in the sentence, ordered by position; triggers that a
  // withholding rule suppresses ("too early to congratulate") are dropped.
  std::vector<TriggerMatch> Match(std::string_view sentence) const;

 private:
  struct Impl;
  ActionRules();
  std::unique_ptr<Impl> impl_;
};

}  // namespace diplograph::internal
