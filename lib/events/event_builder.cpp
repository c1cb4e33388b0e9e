#include "events/event_builder.h"

#include <algorithm>
#include <map>
#include <numeric>
#include <set>

#include "normalize/normalizer.h"
#include "util/edit_distance.h"
#include "util/strings.h"

namespace diplograph::internal {
namespace {

// How far (in tokens) role and date searches reach from a trigger.
constexpr std::size_t kMaxReach = 60;

bool Contains(const std::vector<std::string>& v, std::string_view s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}
bool Contains(const WordList& v, std::string_view s) { return v.contains(s); }

// The word lists of the rules that the role search asks about single tokens.
// A sentence finds a token's membership in all of them with one lookup (see
// Sentence::Is): the same few tokens around a trigger are asked about again
// and again, by many lists.
enum class Cue : unsigned {
  kAddressVerbs, kAddresseePronouns, kAdverbialOpeners, kAuxiliaries, kBackgroundMarkers, kClauseBreaks, kCopulas, kDateBarriers,
  kClaimVerbs, kDateForwardBarriers, kDateRecallParticiples, kDateSoftBarriers, kDenialVerbs, kDeniedReportNouns,
  kFloatingQuantifiers, kFrontingPrepositions,
  kFutureClauseOpeners, kIrregularPast, kNamePremodifiers, kNegatedInside, kNounDeterminers, kNounModalAfter,
  kNounModalStops, kNounNegatedAfter, kObjectHerFollowers, kOccasionNouns, kOccasionOfHeads, kOccasionPrepositions, kObjectStops, kPassiveAgentStops, kPassiveAuxiliaries, kPossessedThings,
  kPrepositions, kQuestionEnds, kRelationNouns, kSpeakerPronouns, kSpeechVerbs, kSubjectOpeners, kTenureWords, kTitleNouns, kTopicPrepositions,
  kWinnerOfNouns, kWinnerPossessed, kWinnerPossessedBeforeAs, kWinnerVerbLeads, kWinnerVerbObjects, kWinnerVerbs,
  // Not word lists but the first or last words of the phrase lists the
  // searches try at every token they pass (see EventBuilder::EventBuilder).
  kEndsPairPhrase, kEndsStatePairPhrase, kEndsGroupPhrase, kEndsGroupNoun, kStartsPairPhrase, kEndsException,
  kEndsNegated, kEndsHedged, kEndsPlanned, kEndsEchoPhrase, kEndsElectionNight,
  // The words of the pronoun tables (pronoun -> gender): every possessive, the
  // possessives of one person ("his", "her") and those of a thing ("its").
  kSubjectPronouns, kObjectPronouns, kPossessivePronouns, kPersonPossessives, kNeuterPossessives,
  kCount
};
static_assert(static_cast<unsigned>(Cue::kCount) <= 64, "a token's cues fit in 64 bits");

std::uint64_t CueBit(Cue cue) { return std::uint64_t{1} << static_cast<unsigned>(cue); }

const WordList& CueWords(const RoleCues& cues, Cue cue) {
  switch (cue) {
    case Cue::kAddressVerbs: return cues.address_verbs;
    case Cue::kAddresseePronouns: return cues.addressee_pronouns;
    case Cue::kAuxiliaries: return cues.auxiliaries;
    case Cue::kBackgroundMarkers: return cues.background_markers;
    case Cue::kClauseBreaks: return cues.clause_breaks;
    case Cue::kCopulas: return cues.copulas;
    case Cue::kDateBarriers: return cues.date_barriers;
    case Cue::kDateForwardBarriers: return cues.date_forward_barriers;
    case Cue::kDateRecallParticiples: return cues.date_recall_participles;
    case Cue::kDateSoftBarriers: return cues.date_soft_barriers;
    case Cue::kClaimVerbs: return cues.claim_verbs;
    case Cue::kDenialVerbs: return cues.denial_verbs;
    case Cue::kDeniedReportNouns: return cues.denied_report_nouns;
    case Cue::kFloatingQuantifiers: return cues.floating_quantifiers;
    case Cue::kFrontingPrepositions: return cues.fronting_prepositions;
    case Cue::kFutureClauseOpeners: return cues.future_clause_openers;
    case Cue::kIrregularPast: return cues.irregular_past;
    case Cue::kNamePremodifiers: return cues.name_premodifiers;
    case Cue::kTitleNouns: return cues.title_nouns;
    case Cue::kNegatedInside: return cues.negated_inside;
    case Cue::kNounDeterminers: return cues.noun_determiners;
    case Cue::kNounModalAfter: return cues.noun_modal_after;
    case Cue::kNounModalStops: return cues.noun_modal_stops;
    case Cue::kNounNegatedAfter: return cues.noun_negated_after;
    case Cue::kObjectHerFollowers: return cues.object_her_followers;
    case Cue::kOccasionNouns: return cues.occasion_dates.nouns;
    case Cue::kOccasionOfHeads: return cues.occasion_dates.of_heads;
    case Cue::kOccasionPrepositions: return cues.occasion_dates.prepositions;
    case Cue::kObjectStops: return cues.object_stops;
    case Cue::kPassiveAgentStops: return cues.passive_agent_stops;
    case Cue::kPassiveAuxiliaries: return cues.passive_auxiliaries;
    case Cue::kPrepositions: return cues.prepositions;
    case Cue::kQuestionEnds: return cues.question_ends;
    case Cue::kRelationNouns: return cues.relation_nouns;
    case Cue::kPossessedThings: return cues.possessed_things;
    case Cue::kSpeakerPronouns: return cues.speaker_pronouns;
    case Cue::kSpeechVerbs: return cues.speech_verbs;
    case Cue::kSubjectOpeners: return cues.subject_openers;
    case Cue::kAdverbialOpeners: return cues.adverbial_openers;
    case Cue::kTenureWords: return cues.tenure_words;
    case Cue::kTopicPrepositions: return cues.topic_prepositions;
    case Cue::kWinnerOfNouns: return cues.winner.of_nouns;
    case Cue::kWinnerPossessed: return cues.winner.possessed;
    case Cue::kWinnerPossessedBeforeAs: return cues.winner.possessed_before_as;
    case Cue::kWinnerVerbLeads: return cues.winner.verb_leads;
    case Cue::kWinnerVerbObjects: return cues.winner.verb_objects;
    case Cue::kWinnerVerbs: return cues.winner.verbs;
    case Cue::kEndsPairPhrase:
    case Cue::kEndsStatePairPhrase:
    case Cue::kEndsGroupPhrase:
    case Cue::kEndsGroupNoun:
    case Cue::kStartsPairPhrase:
    case Cue::kEndsException:
    case Cue::kEndsNegated:
    case Cue::kEndsHedged:
    case Cue::kEndsPlanned:
    case Cue::kEndsEchoPhrase:
    case Cue::kEndsElectionNight:
    case Cue::kSubjectPronouns:
    case Cue::kObjectPronouns:
    case Cue::kPossessivePronouns:
    case Cue::kPersonPossessives:
    case Cue::kNeuterPossessives:
    case Cue::kCount: break;
  }
  static const WordList kEmpty;
  return kEmpty;
}

// What the role search found.
struct Found {
  enum Kind { kNone, kActors, kBlocked, kSpeaker, kAddressee, kPair, kObjectPronoun } kind = kNone;
  std::size_t at = 0;  // where a pronoun was found
  std::vector<std::size_t> mentions;  // indexes into the sentence's mentions
  bool apart = false;  // "talks with A and with B": the objects met the agent apart, not each other
  bool included = false;  // listed after a group noun (", including A and B"): the list's own prepositions govern no one
};

// What the role search keeps per token.
struct TokenInfo {
  int mention = -1;    // the mention covering it (not one by adjective), or -1
  int adjective = -1;  // the mention by adjective covering it, or -1
  bool in_quote = false;
  std::uint32_t word = WordTable::kNone;  // its id among the cue words (Sentence::WordId)
  std::uint64_t cues = 0;  // its Cue bits (Sentence::Is)
};

// The per-token arrays of a Sentence, and AddSentence's lists per trigger.
// One per thread (AddSentence is not re-entrant), so that each sentence
// reuses the buffers of the one before.
struct SentenceBuffers {
  LowerTokens lower;
  std::vector<TokenInfo> info;
  std::vector<long> relative;
  std::vector<std::pair<std::size_t, std::size_t>> timex_tokens;  // each date's first and last token
  std::vector<std::pair<std::size_t, std::size_t>> trig_tokens;  // each trigger's tokens
  std::vector<std::pair<std::size_t, std::size_t>> others;       // the triggers after the one at hand
  std::vector<char> masked;  // tokens that are no factuality cue (names, months)
  std::vector<char> names_and_months;  // `masked` before a trigger's exceptions: the same for every trigger
  std::vector<std::pair<std::string, DateSpan>> object_dates;  // people met apart, each on a date of their own
};

// Everything the role search needs about one sentence.
class Sentence {
 public:
  Sentence(const SentenceContext& c, const RoleCues& cues, const WordTable& cue_words,
           const std::vector<std::uint64_t>& cue_bits, const PhraseIds& election_night, SentenceBuffers& buffers)
      : c_(c), cues_(cues), cue_words_(cue_words), cue_bits_(cue_bits), election_night_(election_night),
        lower_(buffers.lower), info_(buffers.info), relative_(buffers.relative), timex_tokens_(buffers.timex_tokens) {
    const auto& toks = *c.tokens;
    if (c.words)
      lower_.View(c.words->lower, toks);
    else
      lower_.Build(c.text, toks);
    info_.assign(toks.size(), TokenInfo());
    // Every token's cues, found now, not at the first question (Is would
    // test for them each time): with the ids read already, one array read or
    // two a token. And which cues the sentence holds at all: a search for a
    // cue the sentence lacks stops at once. In the same pass, the quotation
    // spans.
    std::uint64_t any = 0;
    bool open = false;
    for (std::size_t k = 0; k < toks.size(); ++k) {
      const std::uint32_t id = c.words ? c.words->StageId(WordStage::kCues, k) : cue_words_.Find(lower_[k]);
      info_[k].word = id;
      info_[k].cues = id == WordTable::kNone ? 0 : cue_bits_[id];
      any |= info_[k].cues;
      if (lower_[k] == "\"") open = !open;
      else info_[k].in_quote = open;
    }
    any_cues_ = any;
    // The dates' tokens, found once (the searches ask about every date at
    // many tokens).
    timex_tokens_.clear();
    if (c.timexes)
      for (const Timex& x : *c.timexes)
        timex_tokens_.emplace_back(TokenAt(x.begin), x.end > x.begin ? TokenAt(x.end - 1) : kNoToken);
    for (std::size_t m = 0; m < c.mentions->size(); ++m) {
      const ActorMention& am = (*c.mentions)[m];
      for (std::size_t k = am.tok_begin; k < am.tok_end; ++k)
        (am.via == MentionVia::kAdjective ? info_[k].adjective : info_[k].mention) = static_cast<int>(m);
    }
  }

  std::size_t size() const { return lower_.size(); }
  std::string_view lower(std::size_t k) const { return lower_[k]; }  // "" past the end, like Is() and mention_at()
  int mention_at(std::size_t k) const { return k < info_.size() ? info_[k].mention : -1; }
  int adjective_at(std::size_t k) const { return k < info_.size() ? info_[k].adjective : -1; }
  const ActorMention& mention(std::size_t m) const { return (*c_.mentions)[m]; }
  bool in_quote(std::size_t k) const { return k < info_.size() && info_[k].in_quote; }
  const Token& token(std::size_t k) const { return (*c_.tokens)[k]; }

  // Is token k inside a date expression ("Earlier in the day")?
  bool InTimex(std::size_t k) const {
    for (std::size_t i = 0; i < timex_tokens_.size(); ++i)
      if (TimexHolds(i, k)) return true;
    return false;
  }
  // The first and the last token of the sentence's date i (in c.timexes);
  // the last is kNoToken for an empty date.
  static constexpr std::size_t kNoToken = static_cast<std::size_t>(-1);
  std::size_t TimexFirst(std::size_t i) const { return timex_tokens_[i].first; }
  std::size_t TimexLast(std::size_t i) const { return timex_tokens_[i].second; }
  // Does the sentence's date i (not empty) cover token k?
  bool TimexHolds(std::size_t i, std::size_t k) const {
    return timex_tokens_[i].second != kNoToken && timex_tokens_[i].first <= k && k <= timex_tokens_[i].second;
  }
  // First token at or after byte `b`.
  std::size_t TokenAt(std::size_t b) const {
    const auto& toks = *c_.tokens;
    auto it = std::lower_bound(toks.begin(), toks.end(), b, [](const Token& t, std::size_t x) { return t.end <= x; });
    return static_cast<std::size_t>(it - toks.begin());
  }
  // Is token k in the list of `cue`? (Every token's membership in every
  // list is looked up once, when the sentence is built.)
  bool Is(std::size_t k, Cue cue) const {
    return k < info_.size() && ((info_[k].cues >> static_cast<unsigned>(cue)) & 1);
  }
  // Does a token of the sentence belong to the list of `cue`?
  bool Any(Cue cue) const { return (any_cues_ >> static_cast<unsigned>(cue)) & 1; }
  // Token k's id among the cue words (WordTable::kNone: in no list).
  std::uint32_t WordId(std::size_t k) const { return info_[k].word; }
  // Does the phrase end at token k?
  bool PhraseEndsAt(const std::vector<std::string>& phrase, std::size_t k) const {
    if (phrase.empty() || k + 1 < phrase.size() || k >= size() || lower_[k] != phrase.back()) return false;
    std::size_t start = k + 1 - phrase.size();
    for (std::size_t q = 0; q < phrase.size(); ++q)
      if (lower_[start + q] != phrase[q]) return false;
    return true;
  }
  // `last_words`: the cue of the words that end a phrase of the list.
  bool AnyPhraseEndsAt(const PhraseList& phrases, Cue last_words, std::size_t k) const {
    if (!Is(k, last_words)) return false;
    for (const auto& p : phrases)
      if (PhraseEndsAt(p, k)) return true;
    return false;
  }
  // "with" at `k`, or "then with" / "later with" ("..., and later with Trong").
  bool AndWithAt(std::size_t k) const {
    if (k < size() && lower_[k] == "with") return true;
    return k + 1 < size() && (lower_[k] == "then" || lower_[k] == "later") && lower_[k + 1] == "with";
  }
  bool GroupNounEndsAt(std::size_t k) const { return AnyPhraseEndsAt(cues_.group_nouns, Cue::kEndsGroupNoun, k); }
  // Does phrase `phrase` (cue-word ids: PhraseIds) end at token k?
  bool PhraseEndsAt(const std::vector<std::uint32_t>& phrase, std::size_t k) const {
    return PhraseIds::EndsAt(phrase, info_.size(), k, [&](std::size_t i) { return info_[i].word; });
  }
  // Does any phrase of the list lie in the words [from, to)? (Tried only at
  // the words that end one of them.)
  bool AnyPhraseIn(const PhraseIds& phrases, std::size_t from, std::size_t to) const {
    return FirstPhraseIn(phrases, from, to) != kNoPhrase;
  }
  // Where the first phrase of the list found in the words [from, to) begins
  // (the one ending first; of those, the first in the list), or kNoPhrase.
  static constexpr std::size_t kNoPhrase = static_cast<std::size_t>(-1);
  std::size_t FirstPhraseIn(const PhraseIds& phrases, std::size_t from, std::size_t to) const {
    for (std::size_t k = from; k < to && k < info_.size(); ++k)
      for (std::uint32_t pi : phrases.EndingWith(info_[k].word))
        if (k + 1 >= phrases[pi].size() && k + 1 - phrases[pi].size() >= from && PhraseEndsAt(phrases[pi], k))
          return k + 1 - phrases[pi].size();
    return kNoPhrase;
  }
  // Where the sentence's first `election_night_phrases` phrase begins, or
  // kNoPhrase (found at the first question: every trigger asks).
  std::size_t ElectionNightAt() const {
    if (!election_night_found_) {
      election_night_found_ = true;
      // (Most sentences hold no word that ends one: no search.)
      election_night_at_ = Any(Cue::kEndsElectionNight) ? FirstPhraseIn(election_night_, 0, size()) : kNoPhrase;
    }
    return election_night_at_;
  }

  // Left of token `k`: the subject (nearest actor not governed by a preposition),
  // with actors coordinated before it ("X and Y met").
  Found Subject(std::size_t k, bool want_coordination, bool stop_at_quote) const {
    Found f;
    bool start_quote = in_quote(k);
    std::size_t i = k;
    // Bounded look-back keeps every sentence linear, however long.
    const std::size_t floor = k > kMaxReach ? k - kMaxReach : 0;
    // "Putin sent a telegram to Battulga on Monday as the businessman was sworn
    // in as Mongolia's president, wishing him success": a participle right after
    // a comma acts for the main clause. An adverbial clause (`adverbial_openers`
    // followed by a determiner or an actor, after the main clause's first actor)
    // running up to that comma is stepped over: its actors are not the subject.
    // ("..., wishing him success and inviting him to visit": a participle
    // coordinated with it goes with the first.)
    auto participle = [&](std::size_t p) {
      return token(p).word && !token(p).cap && lower_[p].size() > 4 && lower_[p].ends_with("ing");
    };
    // "The Kremlin held back as Europe hailed Sandu's win": a clause opened by
    // one of `adverbial_openers` whose subject is a capitalised name the
    // lexicon does not know, right before the trigger, acts for that name,
    // not for an actor before the opener.
    {
      std::size_t q = k;
      while (q > floor && k - q < 3 && token(q - 1).word && token(q - 1).cap && !token(q - 1).upper &&
             mention_at(q - 1) < 0 && !InTimex(q - 1) && !Is(q - 1, Cue::kAdverbialOpeners))
        --q;
      if (q < k && q > floor + 1 && Is(q - 1, Cue::kAdverbialOpeners) && mention_at(q - 2) < 0 && !start_quote) {
        f.kind = Found::kBlocked;
        return f;
      }
    }
    if (std::vector<std::size_t> people = IncludedPersonsBefore(k); !people.empty() && !start_quote) {
      f.kind = Found::kActors;
      f.mentions = std::move(people);
      return f;
    }
    std::size_t part = k;
    if (k >= 2 && lower_[k - 1] == "and" && participle(k))
      for (std::size_t j = k - 1; j > floor + 1 && j + 8 > k; --j)
        if (lower_[j - 1] == "," && participle(j)) {
          part = j;
          break;
        }
    if (part >= 2 && lower_[part - 1] == "," && participle(part)) {
      std::size_t seg = part - 1;
      while (seg > floor && lower_[seg - 1] != "," && !Is(seg - 1, Cue::kClauseBreaks) && lower_[seg - 1] != "\"") --seg;
      bool actor_before = false;
      for (std::size_t j = seg; j + 2 < part; ++j) {
        if (const int m = mention_at(j); m >= 0) {
          actor_before = true;
          j = mention(m).tok_end - 1;
          continue;
        }
        if (!actor_before || !Is(j, Cue::kAdverbialOpeners)) continue;
        const int next = mention_at(j + 1);
        if ((Is(j + 1, Cue::kNounDeterminers) && !token(j + 1).possessive && lower_[j + 1] != "'s") ||
            (next >= 0 && !mention(next).possessive)) {
          i = j;
          break;
        }
      }
    }
    bool stepped_of = false;  // an actor or group governed by "of" was stepped over
    while (i > floor) {
      --i;
      // "Lee and first lady Kim Yoon-ok were received by Akihito", "Lee and
      // his wife were received": a spouse coordinated after the subject takes
      // no part of its own; the name before "and" is the subject.
      if (const std::size_t a = SpouseAndAt(i, floor); a != kNoTitle) {
        i = a;
        continue;
      }
      // "... in Khujand, where the borders of the three countries meet": a
      // "where" or "when" clause holds its own subject; reached with none
      // found but actors governed by "of" stepped over, the subject is the
      // noun they belong to, no actor.
      if ((lower_[i] == "where" || lower_[i] == "when") && stepped_of && token(i).word && !token(i).cap) {
        f.kind = Found::kBlocked;
        return f;
      }
      // "met King Felipe at the hotel where the monarch was staying, and later
      // met Boric": the subject of a "where" or "when" clause after a noun,
      // closed by a comma before the trigger, is the clause's own; the search
      // goes on before the clause.
      if (const int m = mention_at(i); m >= 0 && mention(m).tok_end == i + 1 && mention(m).tok_begin >= 2) {
        const std::size_t b = mention(m).tok_begin;
        bool closed = false;
        for (std::size_t q = i + 1; q < k && !closed; ++q) closed = lower_[q] == ",";
        if (closed && (lower_[b - 1] == "where" || lower_[b - 1] == "when") && token(b - 2).word &&
            !token(b - 2).cap) {
          i = b - 1;
          continue;
        }
      }
      // "Parmelin, who welcomed both leaders, met Biden": step over the relative clause.
      if (lower_[i] == "," && i > 0) {
        std::size_t c = SegmentStart(i);
        // ("Bolsonaro, who had made little secret of his preference for Boric's
        // rival, Jose Antonio Kast, had not congratulated": a name set off by
        // commas closes the relative clause as its appositive.)
        if (c > 1 && lower_[c - 1] == "," && mention_at(c) >= 0 && mention(mention_at(c)).tok_begin == c &&
            mention(mention_at(c)).tok_end == i && mention(mention_at(c)).kind == ActorKind::kPerson) {
          const std::size_t c2 = SegmentStart(c - 1);
          if (c2 > 0 && lower_[c2 - 1] == "," && c2 + 1 < c && (lower_[c2] == "who" || lower_[c2] == "which"))
            c = c2;
        }
        if (c > 0 && lower_[c - 1] == "," && c < i &&
            (lower_[c] == "who" || lower_[c] == "which" || lower_[c] == "whose" || lower_[c] == "whom")) {
          i = c - 1;  // the comma before "who"; the antecedent is next
          continue;
        }
        // "Fernandez telephoned Boric on Sunday night, shortly after his
        // opponent Kast conceded, to congratulate him": an adverbial clause
        // between commas holds no subject of what follows it. (Not one
        // closed by ", and": "met his host, Merkel, at her hotel, and then
        // had dinner with Abe" ends the first verb phrase.)
        if (c > 1 && lower_[c - 1] == "," && AdverbialAsideOpens(c, i) && !(i + 1 < size() && lower_[i + 1] == "and")) {
          i = c - 1;
          continue;
        }
        // "Argentine President Cristina Fernandez de Kirchner, in mourning after
        // the death of her husband, former president Nestor Kirchner, on
        // Wednesday, telephoned Rousseff": the sentence opens with a person
        // and an aside that opens with a preposition; every comma-delimited
        // piece up to the verb belongs to that aside, and the names in it are
        // not the subject.
        {
          std::size_t first = 0;
          while (first < i && lower_[first] != "," && !Is(first, Cue::kClauseBreaks) && lower_[first] != "\"") ++first;
          const int pm = first > 0 && first < i ? mention_at(first - 1) : -1;
          bool clean = pm >= 0 && lower_[first] == "," && first + 2 < i && token(first + 1).word &&
                       !token(first + 1).cap && Is(first + 1, Cue::kPrepositions) && lower_[first + 1] != "of" &&
                       mention(pm).kind == ActorKind::kPerson && mention(pm).tok_end == first && !mention(pm).possessive;
          for (std::size_t q = 0; clean && q < mention(pm).tok_begin; ++q) clean = !token(q).word;
          for (std::size_t q = first + 1; clean && q < i; ++q)
            clean = !Is(q, Cue::kClauseBreaks) && lower_[q] != "\"" && lower_[q] != "and" && lower_[q] != "who" &&
                    lower_[q] != "which";
          if (clean) {
            i = first;
            continue;
          }
        }
        // "Hayashi, the most senior Japanese official to attend a South Korean
        // inauguration, called on Yoon": step over an appositive that opens with
        // an article right after a person's name (not "In Beijing, the Chinese
        // leader met": the place is governed by "In").
        // So does one that opens with a participle ("May, attending her first
        // summit since taking office, had her first sit-down with Xi").
        if (c > 1 && lower_[c - 1] == "," && c < i &&
            (lower_[c] == "the" || lower_[c] == "a" || lower_[c] == "an" ||
             (token(c).word && !token(c).cap && lower_[c].size() > 4 && lower_[c].ends_with("ing")))) {
          int pm = mention_at(c - 2);
          if (pm >= 0 && mention(pm).kind == ActorKind::kPerson && mention(pm).tok_end == c - 1 &&
              !(mention(pm).tok_begin > 0 && Is(mention(pm).tok_begin - 1, Cue::kPrepositions))) {
            i = c - 1;
            continue;
          }
        }
      }
      std::string_view w = lower_[i];
      // "The first message came from Ramaphosa, who on Friday conveyed his
      // congratulations": the trigger's relative clause acts for its antecedent,
      // even one governed by a preposition.
      if (w == "who" && i >= 2 && lower_[i - 1] == "," && mention_at(i - 2) >= 0 &&
          mention(mention_at(i - 2)).tok_end == i - 1 && !mention(mention_at(i - 2)).possessive &&
          mention(mention_at(i - 2)).kind == ActorKind::kPerson) {
        f.kind = Found::kActors;
        f.mentions.push_back(static_cast<std::size_t>(mention_at(i - 2)));
        // ("Sikorski and Westerwelle, who spent an afternoon with Lukashenko":
        // a list of persons that opens the clause is the antecedent whole;
        // "met Xi and Modi, who ..." is Modi's alone.)
        std::vector<std::size_t> list{f.mentions.back()};
        std::size_t b = mention(list.back()).tok_begin;
        // (The last joiner is "and": "China's top diplomat, Wang Yi, who" is
        // one person named twice.)
        while (b >= floor + 2 && (lower_[b - 1] == "and" || (lower_[b - 1] == "," && list.size() > 1))) {
          const int prev = mention_at(b - 2);
          if (prev < 0 || mention(prev).tok_end != b - 1 || mention(prev).kind != ActorKind::kPerson ||
              mention(prev).possessive)
            break;
          list.push_back(static_cast<std::size_t>(prev));
          b = mention(prev).tok_begin;
        }
        if (list.size() > 1 && b == floor) f.mentions.assign(list.rbegin(), list.rend());
        return f;
      }
      // "won the vote against hardliner Saeed Jalili, who conceded and
      // congratulated him": a relative clause whose antecedent is a name the
      // lexicon does not know, governed by a preposition, acts for that
      // unknown person, not for an actor further back. (Not after "by":
      // "Washington was represented by U.N. Ambassador Susan Rice, who also
      // met Kiir", nor after a verb: "China sent Culture Minister Luo
      // Shugang, who met Solih": the one represented acts through its envoy.)
      if (w == "who" && i >= 3 && lower_[i - 1] == "," && token(i - 2).word && token(i - 2).cap) {
        std::size_t q = i - 2;  // the first word of the capitalised name
        bool known = false;
        while (q > floor && !known) {
          known = mention_at(q) >= 0;
          const Token& prev = token(q - 1);
          if ((prev.word && prev.cap) || lower_[q - 1] == "-" || lower_[q - 1] == ".") --q;
          else break;
        }
        std::size_t p = q;  // up to two lower-case modifiers ("hardliner", "opposition leader")
        for (int skip = 0; skip < 2 && p > floor && token(p - 1).word && !token(p - 1).cap &&
                           !Is(p - 1, Cue::kPrepositions) && mention_at(p - 1) < 0;
             ++skip)
          --p;
        if (!known && p > floor && Is(p - 1, Cue::kPrepositions) && lower_[p - 1] != "by") {
          f.kind = Found::kBlocked;
          return f;
        }
      }
      // "Argentina and Ecuador said they would withhold recognition": a
      // one-word pair phrase right after a verb of saying (or its "that") is
      // the list of actors that say it.
      if (Is(i, Cue::kEndsPairPhrase) && i >= 2) {
        std::size_t verb = lower_[i - 1] == "that" ? i - 2 : i - 1;
        // ("said on Monday they": over the reporting clause's date.)
        if (InTimex(verb)) {
          std::size_t q = verb;
          while (q > 1 && q + 8 > i &&
                 (InTimex(q) || lower_[q] == "on" || lower_[q] == "late" || lower_[q] == "early"))
            --q;
          if (Is(q, Cue::kSpeechVerbs)) verb = q;
        }
        // ("said in a joint statement on Sunday that they": over a
        // prepositional phrase of lower-case words, too.)
        for (std::size_t q = verb; q > 1 && q + 10 > i && !Is(verb, Cue::kSpeechVerbs); --q) {
          if (lower_[q] == "," || Is(q, Cue::kClauseBreaks) || (mention_at(q) >= 0 && !InTimex(q)) ||
              (token(q).cap && !InTimex(q)))
            break;
          if (Is(q - 1, Cue::kSpeechVerbs)) verb = q - 1;
        }
        bool one_word = false;
        for (const auto& pp : cues_.pair_phrases) one_word = one_word || (pp.size() == 1 && pp[0] == w);
        if (one_word && verb >= 1 && Is(verb, Cue::kSpeechVerbs)) {
          Found sayers = Subject(verb, true, stop_at_quote);
          // "The 14 countries of the Lima Group, including Argentina, Brazil
          // and Peru, said they ...": the members listed after "including"
          // only illustrate the group; the organisation named before acts.
          if (sayers.kind == Found::kActors && !sayers.mentions.empty()) {
            std::size_t first = mention(sayers.mentions[0]).tok_begin;
            for (std::size_t m : sayers.mentions) first = std::min(first, mention(m).tok_begin);
            while (first > floor + 1 && (lower_[first - 1] == "," || lower_[first - 1] == "and" || mention_at(first - 1) >= 0))
              --first;
            if (first > 0 && lower_[first - 1] == "including") {
              for (std::size_t q = first - 1; q > floor && !Is(q - 1, Cue::kClauseBreaks); --q)
                if (const int om = mention_at(q - 1); om >= 0 && mention(om).kind == ActorKind::kOrganization) {
                  f.kind = Found::kActors;
                  f.mentions = {static_cast<std::size_t>(om)};
                  return f;
                }
              f.kind = Found::kBlocked;
              return f;
            }
          }
          if (sayers.kind == Found::kActors && sayers.mentions.size() >= 2) return sayers;
          // ("Fourteen countries of the Lima Group said they": a bloc alone
          // is who "they" are; not a state: "Argentina said they too would".)
          if (sayers.kind == Found::kActors && sayers.mentions.size() == 1 &&
              mention(sayers.mentions[0]).kind == ActorKind::kOrganization)
            return sayers;
          // "fourteen countries of the Americas said they would not recognise
          // the vote and recalled their ambassadors": sayers the lexicon does
          // not know are who "they" are, not the last two people named.
          if (sayers.kind == Found::kNone || sayers.kind == Found::kBlocked) {
            f.kind = Found::kBlocked;
            return f;
          }
        }
      }
      const std::pair<const PhraseList*, Cue> pair_lists[] = {{&cues_.pair_phrases, Cue::kEndsPairPhrase},
                                                              {&cues_.state_pair_phrases, Cue::kEndsStatePairPhrase},
                                                              {&cues_.group_phrases, Cue::kEndsGroupPhrase},
                                                              {&cues_.opening_pair_phrases, Cue::kEndsPairPhrase}};
      // "The two other candidates have refused": a pair phrase that goes on
      // as a longer noun phrase ("other", or a plural noun: a verb after a
      // plural subject takes no -s) names some other group.
      const bool noun_goes_on =
          i + 1 < size() && token(i + 1).word && !token(i + 1).cap &&
          (lower_[i + 1] == "other" || (lower_[i + 1].size() > 3 && lower_[i + 1].back() == 's' &&
                                         !lower_[i + 1].ends_with("ss") && !Is(i + 1, Cue::kAuxiliaries)));
      for (const auto& [list, last_words] : pair_lists) {
        if (!Is(i, last_words) || noun_goes_on) continue;
        for (const auto& pp : *list) {
          // ("Their last meeting was in Bali": `opening_pair_phrases` only at
          // the sentence's start, "their first" elsewhere being anyone's, and
          // only for a trigger right after them: "Their last call was in July,
          // weeks before a visit to Taipei by ..." is no visit of theirs.)
          if (list == &cues_.opening_pair_phrases && (i + 1 != pp.size() || k > i + 3)) continue;
          if (PhraseEndsAt(pp, i)) {
            f.kind = Found::kPair;
            pair_at_ = i + 1 - pp.size();
            pair_states_ = list == &cues_.state_pair_phrases;
            pair_count_ = 0;
            if (list == &cues_.group_phrases)
              for (const auto& w : pp)
                if (auto n = cues_.count_words.find(w); n != cues_.count_words.end() && pair_count_ == 0)
                  pair_count_ = n->second;
            return f;
          }
        }
      }
      // 'Macron tweeted: "Congratulations, dear Lula!"': a trigger that opens
      // a quotation right after a colon is said by the subject of the verb
      // (of saying, writing, posting) before the colon.
      if (w == ":" && i + 1 == k && (lower_[k] == "\"" || lower_[k] == "“") && i > floor) {
        bool reporting = false;
        for (std::size_t q = i; q > floor && q + 6 > i && !reporting; --q) {
          if (Is(q - 1, Cue::kClauseBreaks) || lower_[q - 1] == "\"" || lower_[q - 1] == ",") break;
          reporting = Is(q - 1, Cue::kSpeechVerbs) || (PastTense(q - 1) && !token(q - 1).cap);
        }
        if (reporting) continue;
      }
      if (Is(i, Cue::kClauseBreaks)) break;
      if (stop_at_quote && start_quote && w == "\"") {
        // 'Putin "is awaiting ..."': a quotation that starts mid-clause
        // continues the sentence of the actor just before it.
        if (i > 0 && mention_at(i - 1) >= 0 && !mention(mention_at(i - 1)).possessive) {
          f.kind = Found::kActors;
          f.mentions.push_back(static_cast<std::size_t>(mention_at(i - 1)));
          return f;
        }
        // 'Motlanthe said the bloc "will not" treat X as ...': the quotation goes on
        // from a subject that names nobody ("the bloc", "the government"); the
        // speaker of the reporting clause before it stands for it.
        // So does one that opens after an auxiliary ('Lula's office said he had
        // "congratulated the president-elect"'): the clause began before it.
        if (i > 1 && token(i - 1).word && !token(i - 1).cap && mention_at(i - 1) < 0 &&
            ((Is(i - 2, Cue::kNounDeterminers) && !token(i - 2).cap) || Is(i - 1, Cue::kAuxiliaries)))
          continue;
        // 'posting his "heartiest congratulations"': quoted words after a
        // possessive are part of the clause's noun phrase, not a quotation.
        if (i > 0 && Is(i - 1, Cue::kPossessivePronouns)) continue;
        break;
      }
      // "McClellan said the president had taken congratulatory calls": the reported
      // clause has a subject of its own ("the" + a common noun + an auxiliary) that
      // names nobody; the speaker is not it ("announced the pullout after" is an object).
      if (i + 3 < k && Is(i, Cue::kSpeechVerbs) && !in_quote(i) && lower_[i + 1] == "the" && !token(i + 1).cap &&
          token(i + 2).word && !token(i + 2).cap && mention_at(i + 1) < 0 && mention_at(i + 2) < 0 &&
          Is(i + 3, Cue::kAuxiliaries)) {
        f.kind = Found::kBlocked;
        return f;
      }
      int m = mention_at(i);
      if (m >= 0) {
        const ActorMention& am = mention(m);
        // "with Trump congratulating him": "with" before an actor right before
        // the trigger makes it the trigger's agent, not a prepositional object.
        bool with_agent = am.tok_begin > 0 && lower_[am.tok_begin - 1] == "with" && am.tok_end == k;
        // "plans for Putin to congratulate Trump": the actor of a for-to clause acts.
        if (am.tok_begin > 0 && lower_[am.tok_begin - 1] == "for" && am.tok_end + 1 == k && lower_[am.tok_end] == "to")
          with_agent = true;
        // "Beijing summons Manila's envoy after Marcos congratulates Taiwan's Lai": in a
        // headline's present tense too, an actor right before the trigger's verb
        // ("-s") after a word that opens clauses is that clause's subject.
        if (!with_agent && am.tok_end == k && k < size() && am.tok_begin > 0 && !am.possessive &&
            Is(am.tok_begin - 1, Cue::kSubjectOpeners) && lower_[k].size() > 3 && lower_[k].back() == 's' &&
            lower_[k][lower_[k].size() - 2] != 's' && token(k).word && !token(k).cap)
          with_agent = true;
        // ("President Xi Jinping of the People's Republic of China held talks":
        // a person's "of the" governs the state after it too; "the head of the
        // Arab League toured" stands for the League, "after the Swedish government
        // recognised" is a clause.)
        const bool person_of_the = am.tok_begin > 2 && lower_[am.tok_begin - 1] == "the" &&
                                   lower_[am.tok_begin - 2] == "of" && mention_at(am.tok_begin - 3) >= 0 &&
                                   mention(mention_at(am.tok_begin - 3)).kind == ActorKind::kPerson;
        // ("spoke with Russian dictator Vladimir Putin": a state's adjective
        // and a noun before the name belong to it.)
        std::size_t gov = person_of_the ? am.tok_begin - 1 : am.tok_begin;
        if (const std::size_t title = !person_of_the && am.tok_begin > 0 ? AdjectiveTitleStart(am.tok_begin - 1) : kNoTitle;
            title != kNoTitle)
          gov = title;
        // ("A delegation led by Ramaphosa was received by Putin": the leader
        // named after "led by" / "headed by" is the party.)
        const bool leader_of_group = gov >= 2 && lower_[gov - 1] == "by" && (lower_[gov - 2] == "led" || lower_[gov - 2] == "headed");
        // ("Chairman of the State Affairs of the DPRK Kim Jong Un sent": an
        // "of" inside a capitalised title that opens the sentence governs no
        // name after it.)
        auto opening_title = [&](std::size_t of) {
          if (am.kind != ActorKind::kPerson || of < 1 || lower_[of] != "of") return false;
          for (std::size_t q = 0; q < of; ++q)
            if (!(token(q).word && token(q).cap && mention_at(q) < 0) && lower_[q] != "of" && lower_[q] != "the")
              return false;
          return token(0).cap;
        };
        bool governed = gov > 0 && Is(gov - 1, Cue::kPrepositions) && !with_agent && !leader_of_group &&
                        !SubjectAfterConjunction(am) && !opening_title(gov - 1);
        // "Putin's spokesman said"; but an organisation's body named in capitals acts for it
        // ("The Organization of American States' Permanent Council approved").
        bool possessive_det = am.possessive && am.tok_end + 1 < k &&
                              !(am.kind == ActorKind::kOrganization && token(am.tok_end + 1).cap && mention_at(am.tok_end + 1) < 0);
        // "Mubarak told his guest that a Palestinian state was the only way to
        // peace and urged Israel": a state named with an indefinite article,
        // its noun phrase ending there, is an idea, not an actor ("a German
        // government spokesman said" goes on to the person).
        const bool indefinite = am.tok_begin > 0 && am.kind != ActorKind::kPerson && !token(am.tok_begin - 1).cap &&
                                (lower_[am.tok_begin - 1] == "a" || lower_[am.tok_begin - 1] == "an") &&
                                (am.tok_end >= size() || !token(am.tok_end).word || Is(am.tok_end, Cue::kAuxiliaries) ||
                                 Is(am.tok_end, Cue::kCopulas));
        // "Kim visited Russia last week and met Putin": an actor right after a
        // verb is its object, not the subject of a later verb.
        // A determiner in between is looked through: "visited the Kremlin and
        // met" is an object, "In Berlin, a German government spokesman said" not.
        std::size_t before = am.tok_begin > 0 ? am.tok_begin - 1 : 0;
        // 'spoken with his "friend" Donald Trump and congratulated him': a quoted
        // word before the name is looked through too.
        if (before > 1 && lower_[before] == "\"" && token(before - 1).word && !token(before - 1).cap &&
            lower_[before - 2] == "\"")
          --before;
        // ("told reporters that Putin had congratulated": "that" before a name
        // opens a clause; it is no determiner of the name.)
        if (am.tok_begin > 1 && Is(before, Cue::kNounDeterminers) && !token(before).cap && lower_[before] != "that")
          --before;
        // ("Yesterday, party chief Thongloun Sisoulith also congratulated": a
        // title noun in lower case is no verb; the word before the whole
        // title decides: "met opposition leader X and also ..." keeps X the
        // object of "met".)
        const bool title_noun = before < am.tok_begin && Is(before, Cue::kTitleNouns);
        if (title_noun) before = BeforeLowerTitle(before);
        // ("Earlier in the day Vance had met Meloni": a date's last word is no verb;
        // "Belarusian dictator Alexander Lukashenko": nor is a noun after a
        // state's adjective.)
        bool object_of_verb = !with_agent && !leader_of_group && am.tok_end < k && am.tok_begin > 0 && before < am.tok_begin &&
                              !(title_noun && before == kNoTitle) && LowerWord(before) &&
                              !Is(before, Cue::kNounDeterminers) && !InTimex(before) && !AdjectiveNounBefore(before) &&
                              !Is(before, Cue::kSubjectOpeners) && !Is(before, Cue::kNamePremodifiers) &&
                              !GroupAfter(am.tok_end) && !GroupNounEndsAt(before) &&
                              !FrontedTimeNoun(before) && !opening_title(before);
        // ("met his host, Chancellor Angela Merkel, at her hotel, and then had
        // dinner with Abe": a name in apposition to a verb's object, "his host,",
        // is that object too.)
        if (!object_of_verb && !with_agent && am.tok_end < k && am.tok_begin >= 4 && lower_[am.tok_begin - 1] == "," &&
            token(am.tok_begin - 2).word && !token(am.tok_begin - 2).cap && mention_at(am.tok_begin - 2) < 0 &&
            (lower_[am.tok_begin - 3] == "his" || lower_[am.tok_begin - 3] == "her" || lower_[am.tok_begin - 3] == "their") &&
            LowerWord(am.tok_begin - 4) && !Is(am.tok_begin - 4, Cue::kPrepositions) && !Is(am.tok_begin - 4, Cue::kAuxiliaries) &&
            !Is(am.tok_begin - 4, Cue::kCopulas))
          object_of_verb = true;
        // "had taken calls from Kishida and Yoon on Thursday and thanked ...": the
        // last of a list governed by a preposition is no subject either.
        // (The link next to it must be "and": "In Caracas, Chavez said" is no list.)
        std::size_t list_b = am.tok_begin;
        while (list_b >= 2 && (lower_[list_b - 1] == "and" || (list_b < am.tok_begin && lower_[list_b - 1] == ",")) &&
               mention_at(list_b - 2) >= 0 && !(lower_[list_b - 1] == "," && FrontedPlace(mention_at(list_b - 2)))) {
          list_b = mention(mention_at(list_b - 2)).tok_begin;
          // "France's Emmanuel Macron": the state owning the name is part of it.
          std::size_t own = list_b >= 2 && token(list_b - 1).possessive ? list_b - 2 : list_b - 1;
          if (list_b >= 1 && mention_at(own) >= 0 && mention(mention_at(own)).possessive &&
              mention(mention_at(own)).kind == ActorKind::kCountry)
            list_b = mention(mention_at(own)).tok_begin;
        }
        // ("The foreign ministers of China, Japan and South Korea met": after "of" the list
        // names the subject's parties; ", with Cuba and Nicaragua hurrying to" acts.)
        // ("held talks with Boric, Petro and Arce, and received King Felipe":
        // a "with" list closed by ", and" before the trigger is an object too.)
        const bool with_list_closed = lower_[list_b - 1] == "with" && am.tok_end + 1 < k && lower_[am.tok_end] == "," &&
                                      lower_[am.tok_end + 1] == "and";
        // ("arrived from the NATO and EU summits": past an article too.)
        const std::size_t list_prep =
            list_b > 1 && (lower_[list_b - 1] == "the" || lower_[list_b - 1] == "a") && !token(list_b - 1).cap ? list_b - 2
                                                                                                                : list_b - 1;
        bool governed_list = list_b < am.tok_begin && list_b > 0 && Is(list_prep, Cue::kPrepositions) &&
                             lower_[list_prep] != "of" && (lower_[list_prep] != "with" || with_list_closed) &&
                             !SubjectAfterConjunction(mention(mention_at(list_b)), am.tok_end);
        // "receiving Ukraine's Zelenskiy, France's Macron and Turkey's Erdogan
        // before sitting down with Biden": a list right after a verb is its object.
        std::size_t list_before = list_b > 0 ? list_b - 1 : 0;
        if (list_b > 1 && Is(list_before, Cue::kNounDeterminers) && !token(list_before).cap) --list_before;
        // ("party chief Thongloun Sisoulith and ... Hun Manet also congratulated".)
        const bool list_title = list_b > 0 && Is(list_before, Cue::kTitleNouns);
        if (list_title) list_before = BeforeLowerTitle(list_before);
        // ("foreign ministers Nicolas Maduro and Maria Angela Holguin met": a
        // group noun before the list is its label, not a verb.)
        bool verb_object_list = list_b < am.tok_begin && list_b > 0 && !(list_title && list_before == kNoTitle) &&
                                LowerWord(list_before) && !AdjectiveNounBefore(list_before) &&
                                !Is(list_before, Cue::kNounDeterminers) && !Is(list_before, Cue::kSubjectOpeners) &&
                                !Is(list_before, Cue::kPrepositions) && !GroupNounEndsAt(list_before) &&
                                // ("On Sunday morning Mr Obama, Mr Abbott and Abe met": as for one name.)
                                !InTimex(list_before) && !FrontedTimeNoun(list_before);
        if (governed_list || verb_object_list) {
          i = list_b;
          continue;
        }
        // ("where the borders of Tajikistan and Kyrgyzstan meet": a list after
        // "of" in a "where" or "when" clause belongs to the clause's own
        // subject, as a single actor does above.)
        if (list_b < am.tok_begin && list_b >= 3 && lower_[list_b - 1] == "of" && WhereClauseHeadsOf(list_b - 1, floor)) {
          f.kind = Found::kBlocked;
          return f;
        }
        if (governed || possessive_det || indefinite || object_of_verb || GroupAfter(am.tok_end)) {
          if (governed && gov > 0 && lower_[gov - 1] == "of") stepped_of = true;
          i = am.tok_begin;
          continue;
        }
        // "Bush held talks with Japan's new prime minister, Shinzo Abe, and then
        // sat down with Roh": a name set off by commas after a description that
        // is itself an object (of a verb or a preposition) is that object too,
        // when ", and" plus a lower-case word opens the trigger's predicate.
        if (const std::size_t desc = AppositiveObjectStart(am, k); desc != kNoTitle) {
          i = desc;
          continue;
        }
        f.kind = Found::kActors;
        f.mentions.push_back(static_cast<std::size_t>(m));
        if (want_coordination) {
          // "X and Y", "X, Y and Z": the link next to the nearest actor must be
          // "and" ("before Russia invaded Ukraine, Putin visited" lists nobody).
          std::size_t b = am.tok_begin;
          // "Bolivia's Evo Morales", "Myanmar President Thein Sein": the state
          // owning or naming the person is part of the name.
          auto with_state = [&](std::size_t at) {
            // ("the Dominican Republic's Luis Abinader": the "'s" between them.)
            if (at >= 2 && token(at - 1).possessive && mention_at(at - 1) < 0 && mention_at(at - 2) >= 0 &&
                mention(mention_at(at - 2)).kind == ActorKind::kCountry && mention(mention_at(at - 2)).possessive)
              return mention(mention_at(at - 2)).tok_begin;
            // ("and Congo's Denis Sassou Nguesso": a place the lexicon leaves
            // unresolved, capitalised, owning a person's name.)
            if (at >= 2 && at < size() && token(at - 1).possessive && mention_at(at - 1) < 0 && mention_at(at) >= 0 &&
                mention(mention_at(at)).kind == ActorKind::kPerson) {
              std::size_t q = at - 1;
              while (q > 0 && at - q <= 3 && token(q - 1).word && token(q - 1).cap && mention_at(q - 1) < 0) --q;
              if (q < at - 1) return q;
            }
            if (at >= 1 && mention_at(at - 1) >= 0 && mention(mention_at(at - 1)).kind == ActorKind::kCountry &&
                (mention(mention_at(at - 1)).possessive ||
                 (mention(mention_at(at - 1)).tok_end == at && mention_at(at) >= 0 &&
                  mention(mention_at(at)).kind == ActorKind::kPerson)))
              return mention(mention_at(at - 1)).tok_begin;
            return at;
          };
          b = with_state(b);
          bool first = true;
          // "The United States and the European Union": a determiner may follow "and".
          // "King Salman and Crown Prince and Prime Minister Mohammed bin
          // Salman": a capitalised title run before a name, even one joining
          // two titles by "and", is stepped over to the link before it.
          auto link = [&](std::size_t at) {
            if (at >= 1 && lower_[at - 1] == "the" && !token(at - 1).cap) return at - 1;
            std::size_t k = at;
            // ("led by Foreign Minister Osman Saleh and presidential adviser
            // Yemane Gebreab": so is a title in lower case.)
            if (k >= 2 && Is(k - 1, Cue::kTitleNouns) && mention_at(at) >= 0 &&
                mention(mention_at(at)).kind == ActorKind::kPerson)
              k = LowerTitleStart(k - 1);
            for (std::size_t n = 0; k >= 1 && n < kMaxTitleWords; ++n) {
              if (TitleRunWord(k - 1)) --k;
              else if (k >= 2 && k < size() && lower_[k - 1] == "and" && token(k).cap && token(k - 2).cap &&
                       mention_at(k - 2) < 0 && !in_quote(k - 2))
                --k;
              else
                break;
            }
            // ("and Bangladesh's Chief Adviser Muhammad Yunus": a state owning
            // the title run is part of it.)
            if (k < at) k = with_state(k);
            if (k < at && k >= 2 && (lower_[k - 1] == "and" || lower_[k - 1] == ",") && mention_at(k - 2) >= 0 &&
                mention_at(at) >= 0 && mention(mention_at(at)).kind == ActorKind::kPerson)
              return k;
            return at;
          };
          while (link(b) >= 2 && (lower_[link(b) - 1] == "and" || (!first && lower_[link(b) - 1] == ",")) &&
                 mention_at(link(b) - 2) >= 0 &&
                 !(lower_[link(b) - 1] == "," && FrontedPlace(mention_at(link(b) - 2)))) {
            first = false;
            int m2 = mention_at(link(b) - 2);
            f.mentions.insert(f.mentions.begin(), static_cast<std::size_t>(m2));
            b = with_state(mention(m2).tok_begin);
          }
          // "he and French President Emmanuel Macron sat down": the pronoun is
          // coordinated with the name (resolved by the caller).
          if (first && b >= 2 && lower_[b - 1] == "and" && Is(b - 2, Cue::kSubjectPronouns) &&
              !in_quote(b - 2)) {
            coord_pronoun_ = lower_[b - 2];
            coord_pronoun_at_ = b - 2;
          }
          // "Cuba's new president, Miguel Diaz-Canel, and Bolivia's Evo Morales":
          // a name set off by commas before ", and" is coordinated too ("Putin
          // met Xi, and Modi said" is not: Xi has no comma before him).
          // "The German chancellor, Olaf Scholz, and the Irish taoiseach, Simon
          // Harris, also sent": the subject itself set off by commas after a
          // description in lower case opened by a determiner steps back over
          // the description to the ", and" before it.
          std::size_t and_at = b;  // (just after the "and" to look before)
          if (first && b >= 3 && lower_[b - 1] == ",") {
            std::size_t k = b - 1;
            // (A state's adjective may stand in it, and the description may
            // itself name the person: "the Irish taoiseach".)
            // ("Putin and Ukraine's president-elect, Petro Poroshenko, held
            // talks": so may a state owning the description.)
            auto describes = [&](std::size_t t) {
              return mention_at(t) < 0 || mention(mention_at(t)).via == MentionVia::kAdjective ||
                     mention(mention_at(t)).actor == am.actor ||
                     (mention(mention_at(t)).possessive && mention(mention_at(t)).kind == ActorKind::kCountry);
            };
            for (std::size_t n = 0; k > 0 && n < 6 && describes(k - 1) && lower_[k - 1] != "," &&
                                    lower_[k - 1] != "and" && !token(k - 1).digit;
                 ++n)
              --k;
            const bool owned = k < size() && mention_at(k) >= 0 && mention(mention_at(k)).possessive &&
                               mention(mention_at(k)).kind == ActorKind::kCountry;
            if (k < b - 1 && k >= 1 && lower_[k - 1] == "and" && (Is(k, Cue::kNounDeterminers) || owned)) and_at = k;
            // "Putin and Ukraine's president-elect, Petro Poroshenko, held
            // talks": the description follows the "and" of a two-party list.
            if (and_at < b && and_at >= 2 && mention_at(and_at - 2) >= 0 && !in_quote(and_at - 2)) {
              const ActorMention& am2 = mention(mention_at(and_at - 2));
              if (!am2.possessive && (am2.kind == ActorKind::kPerson || am2.kind == ActorKind::kCountry) &&
                  am2.actor != am.actor)
                f.mentions.insert(f.mentions.begin(), static_cast<std::size_t>(mention_at(and_at - 2)));
            }
          }
          if (first && and_at >= 4 && lower_[and_at - 1] == "and" && lower_[and_at - 2] == "," &&
              mention_at(and_at - 3) >= 0) {
            int m2 = mention_at(and_at - 3);
            const ActorMention& am2 = mention(m2);
            if (am2.tok_begin > 0 && lower_[am2.tok_begin - 1] == "," && am2.kind == ActorKind::kPerson) {
              f.mentions.insert(f.mentions.begin(), static_cast<std::size_t>(m2));
              first = false;
            }
          }
          // (Past an honorific before the name: ", and His Highness Sheikh Mansour".)
          std::size_t hon = and_at;
          while (first && hon > 0 && and_at - hon < 3 && TitleRunWord(hon - 1)) --hon;
          if (first && hon >= 5 && lower_[hon - 1] == "and" && lower_[hon - 2] == ",") {
            // "Sheikh Mohammed bin Rashid, Vice President, Prime Minister and
            // Ruler of Dubai, and Sheikh Mansour bin Zayed, ..., sent": a
            // person opening the sentence, then an office of capitalised words
            // set off by commas (commas and "and" inside it), then ", and".
            const int pm = OfficeSetOffBefore(hon - 2);
            if (pm >= 0 && mention(pm).actor != am.actor)
              f.mentions.insert(f.mentions.begin(), static_cast<std::size_t>(pm));
          }
        }
        return f;
      }
      // "Modi, Merkel and Macron all phoned": a quantifier floating right after
      // an actor is not the subject.
      if (i > 0 && mention_at(i - 1) >= 0 && Is(i, Cue::kFloatingQuantifiers)) continue;
      if (GroupNounEndsAt(i)) {
        // "world leaders congratulated ..." names nobody; but in "Xi, like
        // other leaders, ..." the group sits in a prepositional phrase.
        // ("was among the first foreign leaders to react, congratulating ...":
        // four words back.)
        bool in_pp = false;
        // ("from the NATO and EU summits": a list of actors before the noun
        // counts as one word.)
        auto and_between = [&](std::size_t q) {
          return q + 1 < size() && q > 0 && lower_[q] == "and" && mention_at(q - 1) >= 0 && mention_at(q + 1) >= 0;
        };
        for (std::size_t back = 1, words = 1; words <= 4 && back <= i && !in_pp; ++back) {
          if (lower_[i - back] == "," || Is(i - back, Cue::kClauseBreaks)) break;
          // (The "and" and the actors before it are free; the last one counts.)
          const bool listed = and_between(i - back) || (mention_at(i - back) >= 0 && and_between(i - back + 1));
          if (!listed) ++words;
          in_pp = Is(i - back, Cue::kPrepositions);
          if (in_pp && lower_[i - back] == "of") stepped_of = true;
        }
        // "Mubarak welcomed arriving heads of state ... and held talks with
        // Mugabe": the object of an earlier verb coordinated with this one
        // ("congratulated the voters but stopped short of congratulating Ruto").
        bool coordinated_object = false;
        for (std::size_t a = i + 1; a < k && !coordinated_object; ++a)
          coordinated_object = lower_[a] == "and" || (lower_[a] == "but" && a + 1 < size() && lower_[a + 1] != "not");
        // (Not a group followed by its own verb: "assembled leaders met and congratulated".)
        if (coordinated_object && i + 1 < k && (PastTense(i + 1) || Is(i + 1, Cue::kAuxiliaries)))
          coordinated_object = false;
        if (coordinated_object) {
          bool verb = false;
          for (std::size_t back = 1; back <= 3 && back < i && !verb; ++back) verb = PastTense(i - back);
          coordinated_object = verb;
        }
        // "Trump opened the summit by accusing Germany ...", "addressed the
        // leaders, condemning ...": the object of the main verb, which a
        // participle's subject precedes.
        bool main_verb_object = false;
        if (participle(k) && ((k >= 1 && lower_[k - 1] == "by") || (k >= 2 && lower_[k - 1] == ",")))
          for (std::size_t back = 1; back <= 3 && back <= i && !main_verb_object; ++back) {
            if (lower_[i - back] == "," || mention_at(i - back) >= 0) break;
            main_verb_object = PastTense(i - back);
          }
        // "the United States and its allies would never recognize ...": the
        // actor's own company; the actor before "and" is the subject.
        const bool own_company = i >= 3 && Is(i - 1, Cue::kPossessivePronouns) && lower_[i - 2] == "and" &&
                                 mention_at(i - 3) >= 0;
        if (!in_pp && !coordinated_object && !main_verb_object && !own_company) {
          f.kind = Found::kBlocked;
          return f;
        }
      }
      if (Is(i, Cue::kSubjectPronouns)) {
        f.kind = Found::kNone;
        f.mentions.clear();
        pronoun_ = w;
        pronoun_at_ = i;
        return f;
      }
      if (Is(i, Cue::kSpeakerPronouns) && in_quote(i)) {
        f.kind = Found::kSpeaker;
        return f;
      }
    }
    return f;
  }

  // Right of token `from`: the first actor within `limit` words, and actors
  // coordinated after it ("met X and Y").
  // `possessor_is_party`: "praised Xi's leadership" praises Xi; but one does
  // not meet or phone "Biden's statement" or "Putin's aide" (false for
  // symmetric acts). `title_runs`: a capitalised title before the name is no
  // distance (false for objects that must be adjacent).
  Found Object(std::size_t from, std::size_t limit, std::size_t trigger_begin, std::size_t trigger_end,
               const std::vector<std::pair<std::size_t, std::size_t>>& other_triggers, bool skip_locations,
               bool possessor_is_party = true, bool title_runs = true, bool quoted_pronouns = false) const {
    Found f;
    std::size_t gap = 0, title_words = 0;
    bool appositive_only = false;
    std::size_t led_by = kNoTitle;  // the "by" of "a delegation led by X", if one was passed
    // 'congratulated "the Nigerian people"': a quotation mark opening the
    // object is no word of it.
    const std::size_t words_from = from + (from < size() && (lower_[from] == "\"" || lower_[from] == "“") ? 1 : 0);
    for (std::size_t i = from; i < size() && i < from + kMaxReach; ++i) {
      int m = mention_at(i);
      if (m >= 0) {
        const ActorMention& am = mention(m);
        // ("received congratulations from the leaders of Nepal and Bhutan":
        // the word before the plural title.)
        const std::size_t begin = PhraseBegin(am);
        std::size_t prev = begin > 0 ? begin - 1 : begin;
        if (prev > 0 && (lower_[prev] == "the" || Is(prev, Cue::kPossessivePronouns)))
          --prev;  // "at the White House", "members of his Security Council"
        // "met in Beijing", "talks on Iran": places and topics are not parties.
        bool location = skip_locations && begin > 0 && !(prev >= trigger_begin && prev < trigger_end) &&
                        Is(prev, Cue::kTopicPrepositions);
        // ("sent her congratulations through her spokesman Steffen Seibert":
        // whoever carries the act, past a few lower-case words, is no party.)
        for (std::size_t q = begin, n = 0; !location && q > from && q > 0 && n < 4; --q, ++n) {
          if (cues_.intermediary_prepositions.contains(lower_[q - 1])) location = true;
          else if (!token(q - 1).word || token(q - 1).cap) break;
        }
        // ("an iftar given by King Mohammed VI": a "by" inside the trigger names the party.)
        // (Not a "by" before `from`: the caller asks for the list after it.)
        bool by_agent = am.tok_begin > 0 && lower_[prev] == "by" && prev >= from &&
                        !(prev >= trigger_begin && prev < trigger_end) && prev != led_by;
        // "congratulate South Korea's Lee": the state owns the name that
        // follows, and that person (not known here) is the party.
        // (Not for visits: "a trip to Russia's Far East" is a trip to Russia.)
        bool owns_name = skip_locations && am.possessive && am.kind == ActorKind::kCountry && am.tok_end + 1 < size() &&
                         ((token(am.tok_end).possessive && token(am.tok_end + 1).cap && token(am.tok_end + 1).word &&
                           mention_at(am.tok_end + 1) < 0) ||
                          OwnedPerson(am) >= 0);
        // "received Biden's message", "met Putin's aide, Yuri Ushakov": the
        // person owns what follows, which is the object (unless what follows
        // is the trigger: "was Putin's guest").
        std::size_t owned = am.tok_end + 1;
        bool possessor_only = !possessor_is_party && am.possessive && am.kind == ActorKind::kPerson &&
                              owned < size() && token(owned).word && !token(owned).cap &&
                              !(owned >= trigger_begin && owned < trigger_end);
        // "welcomed Nauru's decision": a state owning a thing (`possessed_things`)
        // is no party of a symmetric act either ("met Nauru's delegation" is).
        if (!possessor_is_party && am.possessive && am.kind != ActorKind::kPerson && owned < size() &&
            !(owned >= trigger_begin && owned < trigger_end) &&
            (Is(owned, Cue::kPossessedThings) || (owned + 1 < size() && !token(owned).cap && Is(owned + 1, Cue::kPossessedThings))))
          possessor_only = true;
        // "congratulated Chavez's chosen heir": whoever the relation is, not
        // the person who has it (even where a possessor is the party:
        // "hailed Fico's return").
        for (std::size_t k = owned; !possessor_only && am.possessive && am.kind == ActorKind::kPerson &&
                                    k < owned + 2 && k < size() && token(k).word && !token(k).cap;
             ++k)
          possessor_only = Is(k, Cue::kRelationNouns);
        // "Cairo had met with U.S. requests": a state's adjective before a
        // lower-case word that is no title names a thing of that state, no
        // party of a symmetric act ("met Chinese counterpart Wang Yi" is a
        // person's mention, not the adjective).
        if (!possessor_is_party && am.via == MentionVia::kAdjective && am.tok_end < size() &&
            token(am.tok_end).word && !token(am.tok_end).cap && mention_at(am.tok_end) < 0 &&
            !GroupNounEndsAt(am.tok_end) && !TitleRunWord(am.tok_end))
          possessor_only = true;
        if (possessor_only) {
          i = am.tok_end;
          continue;
        }
        if (location || by_agent || owns_name || GroupAfter(am.tok_end)) {
          // "congratulated the Spanish players": the object is a group, named
          // by nobody; no recipient is to be looked for elsewhere.
          if (!location && !by_agent && !owns_name && i > trigger_begin && am.tok_end <= from + 3) {
            f.kind = Found::kBlocked;
            return f;
          }
          i = am.tok_end - 1;
          // "envoys from Tokyo and Beijing": a place coordinated with a place is one too.
          if (location && am.tok_end + 1 < size() && lower_[am.tok_end] == "and" && mention_at(am.tok_end + 1) >= 0 &&
              mention(mention_at(am.tok_end + 1)).kind != ActorKind::kPerson)
            i = mention(mention_at(am.tok_end + 1)).tok_end - 1;
          continue;
        }
        f.kind = Found::kActors;
        f.mentions.push_back(static_cast<std::size_t>(m));
        std::size_t e = am.tok_end;
        // "X, Y and Z" / "X and Y": a comma list counts only if it ends with "and".
        bool ended_with_and = true;
        // Whether the "from" or "by" at `k` repeats the one that closes the
        // trigger before the first party, at most an honorific between them
        // ("received cables of congratulations from His Highness Sheikh Sabah,
        // ..., and from His Highness Sheikh Mohamed").
        auto repeats_trigger_close = [&](std::size_t k) {
          return (lower_[k] == "from" || lower_[k] == "by") && trigger_end > 0 && lower_[trigger_end - 1] == lower_[k] &&
                 am.tok_begin >= trigger_end && am.tok_begin <= trigger_end + 3;
        };
        // "met President X of Sri Lanka, Prime Minister Y of Nepal and ...": a
        // person's state after "of" belongs to the name; the list goes on after it.
        auto past_own_state = [&](std::size_t k) {
          if (k > 0 && k + 1 < size() && lower_[k] == "of" && mention_at(k - 1) >= 0 &&
              mention(mention_at(k - 1)).kind == ActorKind::kPerson) {
            int st = mention_at(k + 1);
            if (st >= 0 && mention(st).kind == ActorKind::kCountry && mention(st).tok_begin == k + 1)
              return mention(st).tok_end;
          }
          return k;
        };
        // "talks with Merkel in Berlin and with Rajoy in Madrid": a place after
        // a "with" party is passed over when "and with" follows it.
        auto past_place = [&](std::size_t k) {
          if (am.tok_begin == 0 || lower_[am.tok_begin - 1] != "with" || k + 1 >= size() ||
              (lower_[k] != "in" && lower_[k] != "at") || mention_at(k + 1) < 0 ||
              mention(mention_at(k + 1)).kind == ActorKind::kPerson || mention(mention_at(k + 1)).tok_begin != k + 1)
            return k;
          const std::size_t pe = mention(mention_at(k + 1)).tok_end;
          const std::size_t w = pe < size() && lower_[pe] == "," ? pe + 1 : pe;
          return w + 1 < size() && lower_[w] == "and" && lower_[w + 1] == "with" ? pe : k;
        };
        // "talks with Ishiba, who took office in October, and with Yoon": so is
        // a relative clause.
        auto past_relative = [&](std::size_t k) {
          if (am.tok_begin == 0 || lower_[am.tok_begin - 1] != "with" || k + 1 >= size() || lower_[k] != "," ||
              RelativeClauses()[k + 1] != static_cast<long>(k))
            return k;
          std::size_t j = k + 1;
          while (j < size() && lower_[j] != ",") ++j;  // the clause's closing comma
          return j + 2 < size() && lower_[j + 1] == "and" && AndWithAt(j + 2) ? j : k;
        };
        // "talks with Lula, the summit host, and with Albanese": and so is a
        // description set off by commas.
        // ("met Uzbek President Shavkat Mirziyoyev, the summit host, Iranian
        // President Ebrahim Raisi and ...": so is one followed by the next
        // person of a comma list, whatever governs the first.)
        auto past_description = [&](std::size_t k) {
          if (k + 1 >= size() || lower_[k] != ",") return k;
          std::size_t j = k + 1;
          while (j < size() && j < k + 10 && lower_[j] != ",") ++j;
          if (j + 2 >= size() || lower_[j] != ",") return k;
          // ("met Zhao Leji, chairman of the National People's Congress, and
          // Premier Li Qiang": after the description, ", and", capitalised
          // title words and a person go on with the list.)
          auto person_after_and = [&] {
            if (lower_[j + 1] != "and" || f.mentions.size() != 1 || am.kind != ActorKind::kPerson) return false;
            std::size_t t = j + 2;
            if (t + 1 < size() && repeats_trigger_close(t)) ++t;  // ", and from His Highness Sheikh Mohamed"
            const std::size_t first = t;
            while (t < size() && t < first + 4 && token(t).word && token(t).cap && mention_at(t) < 0) ++t;
            const int p = t < size() ? mention_at(t) : -1;
            return p >= 0 && mention(p).kind == ActorKind::kPerson && !mention(p).possessive;
          };
          // (The description may be a bare "<noun> of ...".)
          // (Capitalised too: "Sheikh Sabah, Amir of the State of Kuwait, and ...".)
          const bool bare_office =
              k + 3 < j && lower_[k + 2] == "of" &&
              ((LowerWord(k + 1) && !PastTense(k + 1)) || (token(k + 1).word && token(k + 1).cap && mention_at(k + 1) < 0));
          if (bare_office && person_after_and()) return j;
          if (!Description(k + 1, j)) return k;
          const bool with = am.tok_begin > 0 && lower_[am.tok_begin - 1] == "with";
          if (with && lower_[j + 1] == "and" && AndWithAt(j + 2)) return j;
          if (person_after_and()) return j;
          const int next = mention_at(j + 1);
          return next >= 0 && mention(next).kind == ActorKind::kPerson && !mention(next).possessive &&
                         f.mentions.size() == 1 && am.kind == ActorKind::kPerson
                     ? j
                     : k;
        };
        // "met South Korean President Moon Jae-in on Monday, as well as Polish
        // President Andrzej Duda", "met Ghani on Thursday morning, and then
        // Erdogan": a date after a person, then ", as well as" or "(,) and
        // then" and another person, goes on with the list.
        std::size_t aside_comma = 0;  // the comma closing "and, in the afternoon," (0: none)
        // "met Hu on Thursday and Roh the next day", "met Kagame in Kigali on
        // Monday and Museveni in Kampala on Tuesday": after a date, "and", a
        // person (after at most three capitalised title words) and that
        // person's own date (after at most a short place phrase: "in"/"at" and
        // capitalised words) go on with the list, each met apart. `n` is
        // the "and"; whether the pattern holds.
        bool dated_list = false;  // such a list was found: its people were met apart
        auto dated_next = [&](std::size_t n) {
          if (n + 2 >= size() || lower_[n] != "and") return false;
          std::size_t t = n + 1;
          while (t < size() && t < n + 4 && mention_at(t) < 0 && token(t).word && token(t).cap && !InTimex(t)) ++t;
          int next = t < size() ? mention_at(t) : -1;
          // ("and South Korea's Roh Moo-hyun": the state owns the name.)
          if (next >= 0 && mention(next).possessive && mention(next).tok_begin == t) {
            if (const int owned = OwnedPerson(mention(next)); owned >= 0) next = owned;
            else return false;
          } else if (next < 0 || mention(next).tok_begin != t) {
            return false;
          }
          if (mention(next).kind != ActorKind::kPerson || mention(next).possessive) return false;
          std::size_t q = DateAfterName(mention(next).tok_end);
          if (q >= size()) return false;
          while (q < size() && (InTimex(q) || DayPart(q))) ++q;
          return q >= size() || !token(q).word || lower_[q] == "and" || Is(q, Cue::kPrepositions);
        };
        auto past_date = [&](std::size_t k) {
          if (am.kind != ActorKind::kPerson || k + 1 >= size()) return k;
          // (The date's preposition may stand outside it: "on Monday".)
          // ("later on Wednesday": so may "later" or "earlier" before it.)
          std::size_t q = k;
          if (!InTimex(q) && q + 1 < size() && (lower_[q] == "later" || lower_[q] == "earlier")) ++q;
          if (!InTimex(q) && (lower_[q] == "on" || lower_[q] == "in" || lower_[q] == "at")) ++q;
          if (!InTimex(q)) return k;
          while (q < size() && (InTimex(q) || DayPart(q))) ++q;
          std::size_t n = q < size() && lower_[q] == "," ? q + 1 : q;
          // ("met al-Sisi later on Wednesday and, in the afternoon, Abbas": a
          // second date between commas after "and".)
          std::size_t aside = n + 2;
          if (n + 2 < size() && lower_[n] == "and" && lower_[n + 1] == ",") {
            if (lower_[aside] == "in" || lower_[aside] == "on" || lower_[aside] == "at" || lower_[aside] == "later") ++aside;
            const std::size_t first = aside;
            // (Only a part of the same day: "and, on Thursday, Abbas" would need a date of its own.)
            while (aside < size() && aside < first + 4 &&
                   (DayPart(aside) || lower_[aside] == "the" || lower_[aside] == "same" || lower_[aside] == "that" ||
                    lower_[aside] == "day"))
              ++aside;
          }
          if (n + 1 < size() && lower_[n] == "and" && (lower_[n + 1] == "then" || lower_[n + 1] == "later"))
            n += 2;
          else if (dated_next(n))
            return dated_list = true, q;
          else if (aside + 1 < size() && aside > n + 3 && lower_[aside] == "," && (DayPart(aside - 1) || lower_[aside - 1] == "day"))
            n = aside + 1, q = aside, aside_comma = aside;
          else if (n > q && AsWellAs(n))
            n += 3;
          else
            return k;
          // (A capitalised title may open the next name: "and then President Erdogan".)
          std::size_t t = n;
          while (t < size() && t < n + 3 && mention_at(t) < 0 && token(t).word && token(t).cap) ++t;
          const int next = t < size() ? mention_at(t) : -1;
          // (A mention may open with the "then" of "and then President Erdogan".)
          return next >= 0 && mention(next).kind == ActorKind::kPerson && !mention(next).possessive &&
                         (mention(next).tok_begin == t || (mention(next).tok_begin + 1 == t && lower_[t - 1] == "then"))
                     ? q
                     : k;
        };
        // "met President Thein Sein at Yangon University and opposition leader
        // Aung San Suu Kyi at her home": a person, a short place phrase ("at",
        // "in") naming nobody, then "and" and another person (after at most
        // three words of title) is a list of people met in turn.
        auto past_venue = [&](std::size_t k) {
          if (am.kind != ActorKind::kPerson || k + 3 >= size() || (lower_[k] != "at" && lower_[k] != "in")) return k;
          std::size_t j = k + 1;
          while (j < size() && j < k + 6 && token(j).word && lower_[j] != "and" && !InTimex(j) &&
                 (mention_at(j) < 0 || mention(mention_at(j)).kind != ActorKind::kPerson))
            ++j;
          // (Or the place, its date, and the next person with a date of his
          // own: "in Kigali on Monday and Museveni in Kampala on Tuesday".)
          if (j < size() && j > k + 1 && (InTimex(j) || (j + 1 < size() && (lower_[j] == "on" || lower_[j] == "at") && InTimex(j + 1)))) {
            std::size_t q = InTimex(j) ? j : j + 1;
            while (q < size() && (InTimex(q) || DayPart(q))) ++q;
            std::size_t n = q < size() && lower_[q] == "," ? q + 1 : q;
            if (!dated_next(n)) return k;
            dated_list = true;
            return q;
          }
          if (j >= size() || j == k + 1 || lower_[j] != "and") return k;
          std::size_t t = j + 1;
          while (t < size() && t < j + 4 && token(t).word && mention_at(t) < 0 && !Is(t, Cue::kPrepositions)) ++t;
          const int next = t < size() ? mention_at(t) : -1;
          if (next < 0 || mention(next).kind != ActorKind::kPerson || mention(next).possessive ||
              mention(next).tok_begin != t)
            return k;
          // (Not a new clause: "in Yangon and Suu Kyi praised him".)
          const std::size_t after = mention(next).tok_end;
          const bool clause = after < size() && token(after).word && !token(after).cap && !Is(after, Cue::kPrepositions) &&
                              lower_[after] != "and" && lower_[after] != "or";
          return clause ? k : j;
        };
        // "cables to Zourabichvili of Georgia on her country's Independence
        // Day, and to King Abdullah II": the occasion of the first party
        // ("on" and words naming nobody), then the preposition before it
        // repeated, goes on with the list.
        auto past_occasion = [&](std::size_t k) {
          if (am.tok_begin == 0 || k + 4 >= size() || lower_[k] != "on") return k;
          const std::string_view prep = lower_[am.tok_begin - 1];
          if (prep != "to" && prep != "from" && prep != "by") return k;
          for (std::size_t j = k + 1; j + 2 < size() && j < k + 14; ++j) {
            if (const int m = mention_at(j); m >= 0 && mention(m).kind == ActorKind::kPerson) return k;
            if (!token(j).word && lower_[j] != "," && !token(j).possessive) return k;
            const std::size_t a = lower_[j] == "," && lower_[j + 1] == "and" ? j + 1 : j;
            if (lower_[a] == "and" && a + 2 < size() && lower_[a + 1] == prep) return j;
            if (lower_[j] == ",") return k;
          }
          return k;
        };
        e = past_occasion(past_date(past_venue(past_description(past_relative(past_place(past_own_state(e)))))));
        while (e + 1 < size() && (lower_[e] == "and" || lower_[e] == "," || AsWellAs(e))) {
          std::size_t n = e + 1;
          bool is_and = lower_[e] == "and";
          bool then_next = false;  // "and then" before this item
          if (AsWellAs(e)) n = e + 3, is_and = true;  // "X as well as Y"
          if (lower_[e] == "," && AsWellAs(n)) n += 3, is_and = true;  // "X, as well as Y"
          if (lower_[e] == "," && n < size() && lower_[n] == "and") {
            ++n;
            is_and = true;
          }
          if (aside_comma > 0 && e == aside_comma) is_and = true, f.apart = true;
          if (dated_list) f.apart = true;
          // "meetings with Netanyahu and with Sheikh Abdullah": the preposition
          // repeated, also after "then" ("talks with Mirziyoyev, and then with Xi").
          // (The first party may follow an appositive: "talks with the host of
          // the summit, President Shavkat Mirziyoyev, and then with Xi".)
          const bool first_after_with = am.tok_begin > 0 && lower_[am.tok_begin - 1] == "with";
          if (is_and && n + 2 < size() && (lower_[n] == "then" || lower_[n] == "later") && lower_[n + 1] == "with" &&
              (first_after_with || (trigger_end > 0 && lower_[trigger_end - 1] == "with"))) {
            ++n;
            if (!first_after_with) {
              ++n;  // past "with" too: the check below wants the first party right after one
              f.apart = true;
            }
          }
          // ("met Ghani on Thursday morning, and then Erdogan": "then" or
          // "later" before the next person, each met apart.)
          if (is_and && n + 1 < size() && (lower_[n] == "then" || lower_[n] == "later") && token(n + 1).word &&
              token(n + 1).cap) {
            ++n;
            f.apart = true;
            then_next = true;
          }
          // ("congratulated by Russia and China, as well as by Iran": so is "by".)
          // (And "from": "came from Tinubu and from al-Sisi".)
          // (Also the trigger's own closing one, past an honorific.)
          // (And "to": "sent cables to Zourabichvili of Georgia, and to King
          // Abdullah II".)
          if (is_and && n + 1 < size() && (lower_[n] == "by" || lower_[n] == "from" || lower_[n] == "to") &&
              am.tok_begin > 0 &&
              (lower_[am.tok_begin - 1] == lower_[n] || repeats_trigger_close(n)))
            ++n;
          // ("separate talks with Erdogan, with Iran's Raisi and with the
          // host": a comma list of "with" phrases.)
          if ((is_and || lower_[e] == ",") && n + 1 < size() && lower_[n] == "with" && first_after_with) {
            ++n;
            f.apart = true;
          }
          int m2 = mention_at(n);
          // "from Xi, Biden and the prime ministers of Nepal and Bhutan": a
          // plural title's states close the list and go on it (each stands
          // for its holder of the office).
          // (And a comma list's item: "Bhutan, the Maldives and Mauritius".)
          if (m2 < 0) m2 = PartyAt(n);
          // "to General Secretary To Lam and State President Luong Cuong": a title
          // the lexicon does not know (capitalised words, no actor) before a person.
          // ("and opposition leader Aung San Suu Kyi": a title in lower case too.)
          if (m2 < 0 && is_and) {
            std::size_t t = n;
            while (t < size() && (t < n + 3 || (t < n + 4 && token(t).cap)) && token(t).word && mention_at(t) < 0 &&
                   (token(t).cap || (!Is(t, Cue::kPrepositions) && !Is(t, Cue::kNounDeterminers) &&
                                     lower_[t] != "then" && lower_[t] != "later" && lower_[t] != "also" &&
                                     !lower_[t].ends_with("ing") && !PastTense(t) && !lower_[t].ends_with("s"))))
              ++t;
            if (t > n && t < size() && mention_at(t) >= 0 && mention(mention_at(t)).kind == ActorKind::kPerson &&
                !mention(mention_at(t)).possessive)
              m2 = mention_at(t);
          }
          // "and the Secretary of State, Marco Rubio": a description, then its
          // appositive name.
          if (m2 < 0 && is_and) {
            std::size_t comma = n;
            while (comma < size() && comma < n + 9 && lower_[comma] != ",") ++comma;
            if (comma + 1 < size() && lower_[comma] == "," && Description(n, comma) && mention_at(comma + 1) >= 0 &&
                mention(mention_at(comma + 1)).kind == ActorKind::kPerson && !mention(mention_at(comma + 1)).possessive)
              m2 = mention_at(comma + 1);
          }
          if (m2 < 0) {
            // ("met Vo Van Thuong, Pham Minh Chinh and Vuong Dinh Hue": a
            // list closed by a name the lexicon does not know still lists
            // the names before it.)
            // (So does one closed by a phrase naming nobody: "met Xi, Biden and
            // the leaders of the opposition".)
            if (is_and && n < size() && token(n).word && ((token(n).cap && !token(n).upper) || lower_[n] == "the") &&
                !InTimex(n) && lower_[e] == "and" && f.mentions.size() >= 2)
              ended_with_and = true;
            break;
          }
          // "receiving Ukraine's Zelenskiy, France's Macron and Turkey's Erdogan":
          // a state owning the next name in the list stands for that person.
          if (const int owned = OwnedPerson(mention(m2)); owned >= 0) m2 = owned;
          // "congratulated the Turkish leader, and Zelensky said ...": after ", and"
          // an actor followed by a word that is no preposition, or owning what
          // follows ("and the European Union's foreign policy chief ..."),
          // opens a new clause; it is no party of this one.
          if (lower_[e] == "," && mention(m2).possessive) break;
          // ("met Ghani and then Ankara recalled its envoy": so does one after "and then".)
          if ((lower_[e] == "," || then_next) && mention(m2).tok_end < size() && token(mention(m2).tok_end).word &&
              !token(mention(m2).tok_end).cap && !Is(mention(m2).tok_end, Cue::kPrepositions) &&
              lower_[mention(m2).tok_end] != "and" && lower_[mention(m2).tok_end] != "or")
            break;
          // ("sent a congratulatory telegram to Modi and Meloni was among the
          // first to post": so does a name after "and" followed by a finite
          // verb.)
          // (Not after "between" or "with": "no meeting between Xi and Biden
          // took place" is one list.)
          const bool to_or_verb = am.tok_begin > 0 && (lower_[am.tok_begin - 1] == "to" ||
                                                       (LowerWord(am.tok_begin - 1) && !Is(am.tok_begin - 1, Cue::kPrepositions)));
          if (is_and && !then_next && to_or_verb && mention(m2).tok_end < size() && token(mention(m2).tok_end).word &&
              !token(mention(m2).tok_end).cap && !InTimex(mention(m2).tok_end) &&
              (Is(mention(m2).tok_end, Cue::kAuxiliaries) || Is(mention(m2).tok_end, Cue::kCopulas) ||
               PastTense(mention(m2).tok_end)))
            break;
          e = past_relative(past_place(past_own_state(mention(m2).tok_end)));
          // "the emir of Qatar, Sheikh Tamim, ...": an appositive names the same actor again.
          if (mention(m2).actor == mention(f.mentions.back()).actor) continue;
          f.mentions.push_back(static_cast<std::size_t>(m2));
          ended_with_and = is_and;
        }
        if (!ended_with_and) f.mentions.resize(1);
        return f;
      }
      // "wished him success", "sent her a message": an object pronoun right after
      // the verb that opens the trigger ("her" only before a word that cannot be
      // her possession: "offered her congratulations" is hers).
      // ("called on him on Monday": after the preposition that closes the verb.)
      const bool after_verb = i == trigger_begin + 1 || (i == trigger_begin + 2 && Is(i - 1, Cue::kPrepositions));
      if (after_verb && i < trigger_end && Is(i, Cue::kObjectPronouns) &&
          (quoted_pronouns || !in_quote(i)) &&
          (lower_[i] != "her" || (i + 1 < size() && Is(i + 1, Cue::kObjectHerFollowers)))) {
        f.kind = Found::kObjectPronoun;
        f.at = i;
        return f;
      }
      // "held talks with both leaders", "thanked both men for their congratulations"
      // (inside the trigger, after its verb): the pair the article is about
      // (phrases of two words or more; "they" and "the two" are subjects only).
      if (i != trigger_begin) {
        for (const auto& pp : cues_.pair_phrases) {
          if (!Is(i, Cue::kStartsPairPhrase)) break;  // (no phrase of two words can start here)
          if (pp.size() < 2 || (pp.size() == 2 && pp[1] == "two")) continue;
          if (i + pp.size() <= size() && PhraseEndsAt(pp, i + pp.size() - 1) && !in_quote(i)) {
            f.kind = Found::kPair;
            f.at = i;
            return f;
          }
        }
      }
      if (i >= trigger_end || i < trigger_begin) {
        // "received a delegation led by Kenyan President William Ruto": the
        // leader named after "led by" / "headed by" is the party
        // (`led_group_nouns`); the words of the group are no distance. (Only
        // for symmetric acts: "congratulated the team led by" is a team's.)
        if (!possessor_is_party && i + 3 < size() && cues_.led_group_nouns.contains(lower_[i]) &&
            (lower_[i + 1] == "led" || lower_[i + 1] == "headed") && lower_[i + 2] == "by") {
          led_by = i + 2;
          i += 2;
          continue;
        }
        // "met the presidents of Latvia and Estonia": the plural title before
        // the list of states is the object's own words, no distance.
        if (lower_[i] == "the") {
          if (const std::size_t listed = ListedAfterTitle(i); listed > i) {
            i = listed - 1;
            continue;
          }
        }
        // "met the coup leader, General Tiani": a description of the object, and
        // the comma opens the appositive that names it.
        // ("met with the Premier of the State Council, Li Qiang": after "with".)
        const std::size_t described = trigger_end + 1 < size() && lower_[trigger_end] == "with" ? trigger_end + 1 : trigger_end;
        // ("received the Secretary of State, Marco Rubio": the description is
        // no distance, even for an object that must be adjacent.)
        // (Not a clause of saying after the comma: "met the press, Li Qiang said".)
        auto says = [&](std::size_t comma) {
          const int n = comma + 1 < size() ? mention_at(comma + 1) : -1;
          return n >= 0 && mention(n).tok_end < size() && Is(mention(n).tok_end, Cue::kSpeechVerbs);
        };
        if (i == described && i >= trigger_end && Is(described, Cue::kNounDeterminers)) {
          std::size_t comma = i + 1;
          while (comma < size() && comma < i + 9 && lower_[comma] != ",") ++comma;
          if (comma + 1 < size() && lower_[comma] == "," && Description(described, comma) && mention_at(comma + 1) >= 0 &&
              mention(mention_at(comma + 1)).tok_begin == comma + 1 &&
              mention(mention_at(comma + 1)).kind == ActorKind::kPerson && token(comma + 1).cap && !says(comma)) {
            appositive_only = true;
            i = comma;
            continue;
          }
        }
        if (lower_[i] == "," && i > described && Description(described, i) && !says(i)) {
          appositive_only = true;  // only a name may follow, not "her office said"
          continue;
        }
        if (appositive_only && token(i).word && !token(i).cap) break;
        // "Rouhani sent a message, and Hungary's prime minister, Viktor Orban,
        // congratulated Erdogan": ", and" before any party opens the next clause.
        // (The comma may close the trigger: "sent a letter,".)
        if (i >= trigger_end && i + 1 < size() &&
            ((lower_[i] == "," && lower_[i + 1] == "and") || (i == trigger_end && i > 0 && lower_[i] == "and" && lower_[i - 1] == ",")))
          break;
        // ("Putin sent a congratulatory telegram and Italian Prime Minister
        // Giorgia Meloni was among the first": so does "and" right after the
        // trigger before a name and a finite verb.)
        if (i == trigger_end && lower_[i] == "and" && FiniteVerbAfterNameAt(i + 1)) break;
        // ("held a round of meetings in New York, with Oli, To Lam and Abbas":
        // a place right after the trigger, then ", with", goes on to the list.)
        // (Not ", with officials saying ...": a name follows the "with".)
        if (lower_[i] == "," && i + 2 < size() && lower_[i + 1] == "with" && token(i + 2).cap && i > trigger_end &&
            i <= trigger_end + 5 &&
            (lower_[trigger_end] == "in" || lower_[trigger_end] == "at")) {
          bool place = true;
          for (std::size_t q = trigger_end + 1; q < i && place; ++q)
            place = token(q).cap || lower_[q] == "the" || (mention_at(q) >= 0 && mention(mention_at(q)).kind == ActorKind::kCountry);
          if (place) continue;
        }
        // ("agreed in a phone conversation that North Korea's launch ...": a
        // clause after "that" holds no party; "held talks that afternoon with
        // Parmelin" is a date.)
        if (Is(i, Cue::kObjectStops) &&
            !(lower_[i] == "that" && (InTimex(i) || DayPart(i + 1) || lower_[i + 1] == "day")))
          break;
        // "congratulated the players": a group right after the trigger.
        // "met the summit's host, X", "the summit host, X": a group noun that
        // only modifies the noun before the comma is no group object.
        // (Not a capitalised plural title right before a name: "held talks with
        // Presidents Yoweri Museveni of Uganda, Samia Suluhu Hassan of Tanzania
        // and Paul Kagame of Rwanda".)
        const bool plural_title = token(i).cap && i + 1 < size() && mention_at(i + 1) >= 0 &&
                                  mention(mention_at(i + 1)).kind == ActorKind::kPerson &&
                                  mention(mention_at(i + 1)).tok_begin == i + 1;
        if (i <= words_from + 2 && i > trigger_begin && GroupNounEndsAt(i) && !GroupModifier(i) && !plural_title) {
          // "congratulated the people of India on their 77th Independence
          // Day", "the Indian people": on a national occasion
          // (`national_occasions`) the people are the state.
          if (lower_[i] == "people") {
            int state = -1;
            if (i + 2 < size() && lower_[i + 1] == "of" && mention_at(i + 2) >= 0 &&
                mention(mention_at(i + 2)).kind == ActorKind::kCountry)
              state = mention_at(i + 2);
            else if (i > 0 && adjective_at(i - 1) >= 0)
              state = adjective_at(i - 1);
            bool occasion = false;
            for (std::size_t k = 0; k < size() && state >= 0 && !occasion; ++k)
              for (const auto& ph : cues_.national_occasions) occasion = occasion || PhraseEndsAt(ph, k);
            if (state >= 0 && occasion) {
              f.kind = Found::kActors;
              f.mentions = {static_cast<std::size_t>(state)};
              return f;
            }
          }
          // (Not after a participle used as an adjective: "the invited
          // partners, including India and Brazil".)
          const bool adjective_trigger = trigger_begin > 0 && Is(trigger_begin - 1, Cue::kNounDeterminers);
          if (std::vector<std::size_t> listed = adjective_trigger ? std::vector<std::size_t>{} : IncludedAfterGroup(i);
              !listed.empty()) {
            f.kind = Found::kActors;
            f.mentions = std::move(listed);
            f.included = true;
            return f;
          }
          f.kind = Found::kBlocked;
          return f;
        }
        // (Not one that opens with the preposition right after this trigger:
        // "met with visiting Chinese Foreign Minister Wang Yi" is met too.)
        for (const auto& [b, e] : other_triggers)
          if (i == b && !(i == from && Is(i, Cue::kPrepositions))) return f;
        if (Is(i, Cue::kAddresseePronouns) && in_quote(i)) {
          f.kind = Found::kAddressee;
          return f;
        }
        // "congratulated her vice-president": "her" before a noun is a possessive
        // determiner, not the object.
        bool her_owns = lower_[i] == "her" && i + 1 < size() && token(i + 1).word && !token(i + 1).cap &&
                        !Is(i + 1, Cue::kObjectHerFollowers) && !Is(i + 1, Cue::kPrepositions);
        // '"I congratulated him," X said': the speaker's own "him" is someone
        // named outside the quotation (quoted_pronouns).
        if (Is(i, Cue::kObjectPronouns) && (quoted_pronouns || !in_quote(i)) && !her_owns) {
          f.kind = Found::kObjectPronoun;
          f.at = i;
          return f;
        }
        // "held talks with General Secretary of the Communist Party of Vietnam
        // Central Committee Nguyen Phu Trong": a long capitalised title before
        // the name (its "of" and "the" too) is not counted as distance.
        // (Not for objects that must be adjacent: "urged", "called on".)
        if (title_runs && token(i).word && i > trigger_end && TitleRunWord(i) && title_words < kMaxTitleWords) {
          ++title_words;
          continue;
        }
        if (token(i).word && ++gap > limit) break;
      }
    }
    return f;
  }

  // Where the phrase naming `am` begins: its plural title for a state listed
  // after one ("the leaders of [Nepal] and Bhutan"), else the mention itself.
  static std::size_t PhraseBegin(const ActorMention& am) {
    return am.listed_after_title ? am.title_begin : am.tok_begin;
  }

  // The mention at `k`, a state's after "the" there, or the first state
  // listed after a plural title opening there ("the presidents of Latvia and
  // Estonia"); -1 if none.
  int PartyAt(std::size_t k) const {
    if (k >= size()) return -1;
    if (const int m = mention_at(k); m >= 0) return m;
    if (lower_[k] != "the") return -1;
    // ("Bhutan, Nepal, the Maldives and Mauritius": a state's name after "the".)
    if (const int m = k + 1 < size() ? mention_at(k + 1) : -1;
        m >= 0 && mention(m).tok_begin == k + 1 && (mention(m).kind == ActorKind::kCountry || mention(m).listed_after_title))
      return m;
    const std::size_t first = ListedAfterTitle(k);
    return first != k ? mention_at(first) : -1;
  }

  // Where the first state listed after a plural title opening at `the` is
  // ("the presidents of [Latvia] and Estonia"), or `the` if none is.
  std::size_t ListedAfterTitle(std::size_t the) const {
    for (std::size_t k = the + 2; k < size() && k < the + 6; ++k) {
      const int m = mention_at(k);
      if (m < 0) continue;
      const ActorMention& am = mention(m);
      return am.listed_after_title && am.title_begin == the ? am.tok_begin : the;
    }
    return the;
  }

  // The comma at c opens a list of the people a group stands for (one of
  // `inclusion_markers` follows it: ", including", ", among them"): the first
  // token after the marker, else 0.
  std::size_t InclusionListAt(std::size_t c) const {
    if (c >= size() || lower_[c] != "," || c + 2 >= size() || !cues_.inclusion_markers.MayStartWith(lower_[c + 1]))
      return 0;
    for (const auto& ph : cues_.inclusion_markers)
      if (!ph.empty() && c + ph.size() + 1 < size() && PhraseEndsAt(ph, c + ph.size())) return c + ph.size() + 1;
    return 0;
  }

  // "back-to-back meetings with foreign dignitaries who came for the
  // inauguration, among them King Felipe VI of Spain, Argentina's Alberto
  // Fernandez and Chile's Gabriel Boric": the group noun at g stands for the
  // people (or states) listed after one of `inclusion_markers` within the
  // next sixteen tokens (no actor, quotation or clause end before it). The
  // list is a comma list closed by "and" (a state after "of" belongs to the
  // name before it; a state owning a name stands for that person), or one
  // actor. Their mentions, else none.
  std::vector<std::size_t> IncludedAfterGroup(std::size_t g) const {
    std::size_t open = 0;
    for (std::size_t c = g + 1; c < size() && c < g + 16 && open == 0; ++c) {
      if (mention_at(c) >= 0 || in_quote(c) || Is(c, Cue::kClauseBreaks) || lower_[c] == "." || lower_[c] == ";") return {};
      open = InclusionListAt(c);
    }
    if (open == 0) return {};
    std::vector<std::size_t> listed;
    bool ended_with_and = false;
    std::size_t q = open;
    while (q < size()) {
      int m = mention_at(q);
      if (m < 0) break;
      if (const int owned = OwnedPerson(mention(m)); owned >= 0) m = owned;
      const ActorMention& am = mention(m);
      if (am.possessive || (am.kind != ActorKind::kPerson && am.kind != ActorKind::kCountry)) return {};
      listed.push_back(static_cast<std::size_t>(m));
      q = am.tok_end;
      // ("King Felipe VI of Spain": the state names the person's, no new item.)
      if (am.kind == ActorKind::kPerson && q + 1 < size() && lower_[q] == "of" && mention_at(q + 1) >= 0 &&
          mention(mention_at(q + 1)).kind == ActorKind::kCountry)
        q = mention(mention_at(q + 1)).tok_end;
      if (q + 1 < size() && lower_[q] == "," && mention_at(q + 1) >= 0) {
        ++q;
      } else if (q + 1 < size() && (lower_[q] == "and" || (lower_[q] == "," && lower_[q + 1] == "and"))) {
        q += lower_[q] == "and" ? 1 : 2;
        ended_with_and = true;
      } else {
        break;
      }
    }
    if (listed.size() > 1 && !ended_with_and) return {};
    return listed;
  }

  // "Leaders from Azerbaijan and Hungary, including Ilham Aliyev and Viktor
  // Orban, also sent messages", "Several African leaders, among them Nigeria's
  // Muhammadu Buhari and Kenya's Uhuru Kenyatta, issued ...": the people
  // listed after ", including" / ", among them" / ", such as" and closed by a
  // comma right before the verb at k (past up to six lower-case words:
  // "also", "were among the first to") act, each; not the group. Their
  // mentions, else none.
  std::vector<std::size_t> IncludedPersonsBefore(std::size_t k) const {
    std::size_t j = k;
    while (j > 0 && k - j < 6 && LowerWord(j - 1) && mention_at(j - 1) < 0 && lower_[j - 1] != "and") --j;
    if (j < 4 || lower_[j - 1] != ",") return {};
    const std::size_t close = j - 1;
    std::size_t open = close;  // the first token after the marker
    for (std::size_t c = close; c > 0 && close - c < 40; --c)
      if (const std::size_t o = InclusionListAt(c - 1); o != 0 && o < close) {
        open = o;
        break;
      }
    if (open == close) return {};
    std::vector<std::size_t> people;
    std::size_t q = open;
    while (q < close) {
      int m = mention_at(q);
      if (m < 0) return {};
      if (const int owned = OwnedPerson(mention(m)); owned >= 0) m = owned;
      const ActorMention& pm = mention(m);
      if (pm.kind != ActorKind::kPerson || pm.possessive) return {};
      people.push_back(static_cast<std::size_t>(m));
      q = pm.tok_end;
      if (q < close && lower_[q] == ",") ++q;
      if (q < close && lower_[q] == "and") ++q;
      if (q < close && mention_at(q) < 0) return {};
    }
    return people.size() >= 2 ? people : std::vector<std::size_t>{};
  }

  // "Libya's interim premier Abdulhamid Dbeibah", "Colombia's new leader Juan
  // Manuel Santos": a state owning a person's name, across up to three
  // lower-case words of title or description (no preposition, no "and"), stands
  // for that person. The person's mention, else -1.
  int OwnedPerson(const ActorMention& am) const {
    if (!am.possessive || am.kind != ActorKind::kCountry) return -1;
    std::size_t q = am.tok_end;
    if (q < size() && token(q).possessive) ++q;
    for (std::size_t words = 0; q < size() && mention_at(q) < 0 && words < 3; ++q, ++words)
      if (!LowerWord(q) || Is(q, Cue::kPrepositions) || Is(q, Cue::kObjectStops) || lower_[q] == "and" ||
          lower_[q] == "or")
        return -1;
    if (q >= size() || mention_at(q) < 0) return -1;
    const ActorMention& pm = mention(mention_at(q));
    return pm.kind == ActorKind::kPerson && pm.tok_begin == q && !pm.possessive ? mention_at(q) : -1;
  }

  // Token k (a group noun) modifies the head that follows it: possessive, or
  // before one lower-case word closed by a comma ("the summit host, X").
  bool GroupModifier(std::size_t k) const {
    if (k + 2 < size() && token(k + 1).possessive) return token(k + 2).word && !token(k + 2).cap;
    return k + 2 < size() && token(k + 1).word && !token(k + 1).cap && lower_[k + 2] == "," &&
           !Is(k + 1, Cue::kPrepositions) && !Is(k + 1, Cue::kObjectStops);
  }

  // A word in lower-case letters ("met", "receiving"): not a name, a number, or
  // a symbol such as a bullet (multi-byte characters count as word bytes).
  bool LowerWord(std::size_t k) const {
    if (!token(k).word || token(k).cap || token(k).digit || lower_[k].empty()) return false;
    char c = lower_[k][0];
    return c >= 'a' && c <= 'z';
  }

  // Token k is one of `title_nouns` ("chief" in "party chief X"): where its
  // title in lower case begins, past up to two more lower-case words that are
  // no verb, preposition or determiner ("party", "presidential").
  std::size_t LowerTitleStart(std::size_t k) const {
    auto participle = [&](std::size_t p) { return lower_[p].size() > 4 && lower_[p].ends_with("ing"); };
    std::size_t q = k;
    for (std::size_t n = 0; q > 0 && n < 2 && LowerWord(q - 1) && !PastTense(q - 1) && !participle(q - 1) &&
                            !Is(q - 1, Cue::kPrepositions) && !Is(q - 1, Cue::kNounDeterminers) &&
                            !Is(q - 1, Cue::kSubjectOpeners);
         ++n)
      --q;
    return q;
  }

  // The token before the whole title of title noun k: past its lower-case
  // words (LowerTitleStart), then up to four capitalised words or actors, then
  // a determiner; kNoTitle when the title opens the sentence.
  std::size_t BeforeLowerTitle(std::size_t k) const {
    std::size_t q = LowerTitleStart(k);
    // (So are capitalised words and actors the title opens with: "telephoned
    // Pakistan Tehreek-i-Insaf chairman Imran Khan", "EU foreign policy chief".)
    for (std::size_t n = 0; q > 0 && n < 4 && token(q - 1).word && (token(q - 1).cap || mention_at(q - 1) >= 0) &&
                            !in_quote(q - 1);
         ++n)
      --q;
    if (q == 0) return kNoTitle;
    std::size_t before = q - 1;
    if (before > 0 && Is(before, Cue::kNounDeterminers) && !token(before).cap && lower_[before] != "that") --before;
    return before;
  }

  // The comma at `comma` closes an office of capitalised words ("Vice
  // President, Prime Minister and Ruler of Dubai": "of", "the", "and" and
  // commas inside it, states too, no person) set off after a person who opens
  // the sentence (past capitalised words and a date: "On Sunday, His Highness
  // Sheikh X, ..."). That person's mention, or -1.
  int OfficeSetOffBefore(std::size_t comma) const {
    std::size_t c = comma;
    bool cap_word = false;
    while (c > 0 && comma - c < 14) {
      const std::size_t q = c - 1;
      if (const int m = mention_at(q); m >= 0 && mention(m).kind == ActorKind::kPerson) break;
      if (token(q).word && token(q).cap && !token(q).digit) cap_word = true;
      else if (lower_[q] != "," && lower_[q] != "of" && lower_[q] != "the" && lower_[q] != "and") return -1;
      c = q;
    }
    // c: the comma after the person, the office right after it.
    if (!cap_word || c < 1 || c + 1 >= comma || lower_[c] != "," || !token(c + 1).cap) return -1;
    const int pm = mention_at(c - 1);
    if (pm < 0 || mention(pm).kind != ActorKind::kPerson || mention(pm).tok_end != c || mention(pm).possessive)
      return -1;
    for (std::size_t q = 0; q < mention(pm).tok_begin; ++q)
      if (token(q).word && !token(q).cap && !InTimex(q)) return -1;
    return pm;
  }

  // A name begins at k (past up to four capitalised title words and a state's
  // adjective) and a finite verb follows it: an auxiliary, a copula or a past
  // tense ("Italian Prime Minister Giorgia Meloni was ...").
  bool FiniteVerbAfterNameAt(std::size_t k) const {
    std::size_t t = k;
    while (t < size() && t < k + 4 && mention_at(t) < 0 && token(t).word && token(t).cap) ++t;
    if (t < size() && mention_at(t) >= 0 && mention(mention_at(t)).via == MentionVia::kAdjective) {
      t = mention(mention_at(t)).tok_end;
      while (t < size() && t < k + 6 && mention_at(t) < 0 && token(t).word && token(t).cap) ++t;
    }
    const int m = t < size() ? mention_at(t) : -1;
    if (m < 0 || mention(m).possessive) return false;
    const std::size_t v = mention(m).tok_end;
    return v < size() && token(v).word && !token(v).cap && !InTimex(v) &&
           (Is(v, Cue::kAuxiliaries) || Is(v, Cue::kCopulas) || PastTense(v));
  }

  // Token k belongs to a run of capitalised words naming an office ("General
  // Secretary of the Communist Party"): capitalised, or "of"/"the" between such words.
  bool TitleRunWord(std::size_t k) const {
    if (mention_at(k) >= 0 || in_quote(k)) return false;
    if (token(k).cap) return !token(k).digit;
    if (lower_[k] != "of" && lower_[k] != "the") return false;
    bool cap_before = k > 0 && token(k - 1).cap && mention_at(k - 1) < 0;
    bool cap_after = k + 1 < size() && (token(k + 1).cap || (lower_[k] == "of" && lower_[k + 1] == "the"));
    return cap_before && cap_after;
  }
  static constexpr std::size_t kMaxTitleWords = 10;

  // Token k, a lower-case word, follows a state's adjective, directly or past
  // one more such word ("Belarusian dictator", "Russian opposition leader"):
  // a noun of a title before a name, no verb. Where the adjective begins, or
  // kNoTitle.
  static constexpr std::size_t kNoTitle = static_cast<std::size_t>(-1);
  std::size_t AdjectiveTitleStart(std::size_t k) const {
    // (A preposition or a determiner is no noun: "the Saudi capital from".)
    auto noun = [&](std::size_t q) { return LowerWord(q) && !Is(q, Cue::kPrepositions) && !Is(q, Cue::kNounDeterminers); };
    if (!noun(k)) return kNoTitle;
    for (std::size_t back = 1; back <= 2 && back <= k; ++back) {
      const int a = adjective_at(k - back);
      if (a >= 0) return mention(a).tok_end == k - back + 1 ? mention(a).tok_begin : kNoTitle;
      if (mention_at(k - back) >= 0 || !noun(k - back)) return kNoTitle;
    }
    return kNoTitle;
  }
  bool AdjectiveNounBefore(std::size_t k) const { return AdjectiveTitleStart(k) != kNoTitle; }

  // `am`, a person named between commas right after a lower-case description
  // ("Japan's new prime minister, Shinzo Abe, and then sat down with", "his
  // counterpart, Wang Yi, and later"), the description governed by a verb or a
  // preposition, with ", and" plus a lower-case word and no actor between it
  // and the trigger at k: where the description begins (an object, no subject
  // of the trigger), or kNoTitle.
  std::size_t AppositiveObjectStart(const ActorMention& am, std::size_t k) const {
    const std::size_t b = am.tok_begin, e = am.tok_end;
    if (am.kind != ActorKind::kPerson || am.possessive || b < 3 || e + 2 >= k || lower_[b - 1] != "," ||
        lower_[e] != "," || lower_[e + 1] != "and" || !LowerWord(e + 2))
      return kNoTitle;
    for (std::size_t q = e + 2; q < k; ++q)
      if (mention_at(q) >= 0) return kNoTitle;
    std::size_t d = b - 2;  // the description's last word
    std::size_t start = kNoTitle;  // where it begins: its determiner ("the", "his", or "Japan's")
    // (A title the recogniser took as a mention of the same office is a
    // description too: "Japan's new prime minister", "the new prime minister".)
    if (const int t = mention_at(d); t >= 0) {
      const ActorMention& tm = mention(t);
      bool title_word = false;
      for (std::size_t q = tm.tok_begin; q < tm.tok_end; ++q) title_word = title_word || LowerWord(q);
      if (tm.possessive || tm.tok_end != b - 1 || !title_word) return kNoTitle;
      if (LowerWord(tm.tok_begin)) d = tm.tok_begin;
      else start = tm.tok_begin;
    } else if (!LowerWord(d) || Is(d, Cue::kPrepositions) || Is(d, Cue::kNounDeterminers)) {
      return kNoTitle;
    }
    if (start == kNoTitle) {
      for (int words = 0; words < 4; ++words) {
        if (d == 0) return kNoTitle;
        const std::size_t p = d - 1;
        if (const int m = mention_at(p); m >= 0 && mention(m).possessive) break;
        if (const int a = adjective_at(p); a >= 0) {
          d = mention(a).tok_begin;
          continue;
        }
        if (LowerWord(p) && !Is(p, Cue::kPrepositions) && !Is(p, Cue::kNounDeterminers) && mention_at(p) < 0) {
          d = p;
          continue;
        }
        break;
      }
      if (d == 0) return kNoTitle;
      start = d - 1;
      if (start > 0 && lower_[start] == "'s" && mention_at(start) < 0) --start;
      if (const int m = mention_at(start); m >= 0 && mention(m).possessive && mention(m).kind != ActorKind::kPerson)
        start = mention(m).tok_begin;
      else if (!Is(start, Cue::kNounDeterminers) || token(start).cap)
        return kNoTitle;
    }
    if (start == 0) return kNoTitle;
    const std::size_t gov = start - 1;
    return Is(gov, Cue::kPrepositions) || (LowerWord(gov) && !Is(gov, Cue::kSubjectOpeners) && !InTimex(gov)) ? start
                                                                                                                : kNoTitle;
  }

  // Where the comma-delimited segment that ends at token k begins: right
  // after the last "," or clause break before k (0 at the sentence's start).
  std::size_t SegmentStart(std::size_t k) const {
    while (k > 0 && lower_[k - 1] != "," && !Is(k - 1, Cue::kClauseBreaks)) --k;
    return k;
  }
  // A part of the day ("morning", "afternoon", "evening", "night").
  bool DayPart(std::size_t k) const {
    return lower_[k] == "morning" || lower_[k] == "afternoon" || lower_[k] == "evening" || lower_[k] == "night";
  }

  // The first token of a date right after a name that ends before token q:
  // past a short place phrase ("in"/"at" and at most four capitalised words
  // naming no person: "Museveni in Kampala on Tuesday") and the date's own
  // preposition ("on", "in", "at"); size() if no date stands there.
  std::size_t DateAfterName(std::size_t q) const {
    if (q + 1 < size() && (lower_[q] == "in" || lower_[q] == "at") && !InTimex(q + 1)) {
      std::size_t w = q + 1;
      while (w < size() && w < q + 5 && token(w).word && token(w).cap && !InTimex(w) &&
             (mention_at(w) < 0 || mention(mention_at(w)).kind != ActorKind::kPerson))
        ++w;
      if (w == q + 1) return size();
      q = w;
    }
    if (q < size() && !InTimex(q) && (lower_[q] == "on" || lower_[q] == "in" || lower_[q] == "at")) ++q;
    return q < size() && InTimex(q) ? q : size();
  }

  bool AsWellAs(std::size_t k) const {
    return k + 2 < size() && lower_[k] == "as" && lower_[k + 1] == "well" && lower_[k + 2] == "as";
  }
  // Tokens [b, e) are a short description in lower case that opens with a
  // determiner ("the coup leader", "his Chilean counterpart"): no actor, no
  // punctuation, at most five words.
  // A capitalised title the lexicon could not resolve counts as such words
  // ("received the Secretary of State, Marco Rubio"), up to eight words.
  bool Description(std::size_t b, std::size_t e) const {
    if (e <= b || e - b > 8 || !Is(b, Cue::kNounDeterminers)) return false;
    bool lower = true;  // every word after the determiner in lower case
    for (std::size_t k = b; k < e; ++k) {
      if (!token(k).word || Is(k, Cue::kObjectStops)) return false;
      // ("his Armenian and Azerbaijani counterparts": a state's adjective is
      // no title word.)
      if (k > b && token(k).cap && adjective_at(k) < 0) lower = false;
    }
    if (lower) return e - b <= 5;
    // Else a title, every word of it: capitalised words, "of" and "of the"
    // between them, a state or body after "of" ("the Secretary of State", "the
    // President of the European Commission"), no date ("a Palestinian state on
    // Monday" is none).
    // ("the acting Foreign Minister of the Taliban administration": one
    // lower-case word may open the title, and one may close it after the
    // state or body it names.)
    bool tail_noun = false;
    for (std::size_t k = b + 1; k < e; ++k) {
      if (const int m = mention_at(k); m >= 0 && mention(m).tok_begin == k && mention(m).kind != ActorKind::kPerson &&
                                       !mention(m).possessive &&
                                       (lower_[k - 1] == "of" || (lower_[k - 1] == "the" && k >= b + 2 && lower_[k - 2] == "of"))) {
        k = mention(m).tok_end - 1;
        if (k + 2 == e && LowerWord(e - 1)) {
          tail_noun = true;
          ++k;
        }
        continue;
      }
      if (lower_[k] == "the" && lower_[k - 1] == "of") continue;
      if (k == b + 1 && LowerWord(k) && k + 1 < e && token(k + 1).cap && !InTimex(k + 1)) continue;
      if (!(token(k).cap || lower_[k] == "of") || !TitleRunWord(k) || InTimex(k)) return false;
    }
    return token(e - 1).cap || mention_at(e - 1) >= 0 || tail_noun;
  }

  // "a day after Prague expelled 18 diplomats", "after Pence spent four hours
  // with Erdogan": after a word that opens clauses as well as phrases
  // ("after", "before", "since", "until": in both `prepositions` and
  // `subject_openers`), an actor followed by a past-tense verb is the subject
  // of a clause, not the object of a preposition ("after Russia's invasion",
  // "after Ukraine talks" stay objects).
  // (`verb_at`: where the verb is looked for, when `am` opens a list: "a day
  // after Park, Abe and Li met".)
  bool SubjectAfterConjunction(const ActorMention& am, std::size_t verb_at = 0) const {
    if (am.tok_begin == 0 || am.possessive || !Is(am.tok_begin - 1, Cue::kSubjectOpeners)) return false;
    std::size_t v = verb_at > am.tok_end ? verb_at : am.tok_end;
    // ("after Lopez Obrador finally congratulated Biden", "after Putin also
    // met Xi": up to two adverbs between the name and its verb.)
    for (int skipped = 0; v == am.tok_end && skipped < 2; ++skipped) {
      std::size_t a = am.tok_end + static_cast<std::size_t>(skipped);
      if (a + 1 >= size() || !token(a).word || token(a).cap) break;
      if (!(lower_[a].size() > 3 && lower_[a].ends_with("ly")) && !Is(a, Cue::kSubjectOpeners)) break;
      if (PastTense(a + 1)) v = a + 1;
    }
    if (v >= size() || !token(v).word || token(v).cap || token(v).digit) return false;
    return PastTense(v);
  }
  // "In Beijing, Putin and Xi held talks", "On Wednesday in Kyiv, Jokowi and
  // Zelenskyy met": a place governed by a preposition that opens the sentence
  // (or follows its opening date or a comma) and is followed by a comma is a
  // fronted phrase, no member of the list after the comma.
  bool FrontedPlace(int m) const {
    const ActorMention& am = mention(m);
    if (am.kind == ActorKind::kPerson || am.possessive || am.tok_begin == 0) return false;
    const std::size_t p = am.tok_begin - 1;
    if (!Is(p, Cue::kPrepositions)) return false;
    return p == 0 || InTimex(p - 1) || lower_[p - 1] == ",";
  }
  // "That day Biden also met Kishida", "On Wednesday evening Biden also met",
  // "In the afternoon Biden also met": the word at `k` ends a fronted phrase of
  // determiners, prepositions and a date before it; it is a noun, no verb
  // ("Tokayev phoned the younger Berdimuhamedow" has a verb before).
  // So does a noun right after an opening preposition: "Before kick-off Putin
  // had received Macron" (not "To meet Xi, Biden flew", nor "After meeting").
  bool FrontedTimeNoun(std::size_t k) const {
    if (k == 0) return false;
    const bool after_preposition = Is(k - 1, Cue::kPrepositions) && lower_[k - 1] != "to" && !PastTense(k) &&
                                   !lower_[k].ends_with("ing");
    if (!(Is(k - 1, Cue::kNounDeterminers) || InTimex(k - 1) || after_preposition)) return false;
    for (std::size_t j = 0; j < k; ++j)
      if (!(Is(j, Cue::kNounDeterminers) || InTimex(j) || Is(j, Cue::kPrepositions) || lower_[j] == ",") ||
          token(j).possessive)
        return false;
    return true;
  }
  // A past tense at token k: a word of four letters or more ending in -ed, or
  // one of `irregular_past` ("met", "flew").
  bool PastTense(std::size_t k) const {
    const std::string_view w = lower_[k];
    return (w.size() > 3 && w.substr(w.size() - 2) == "ed") || Is(k, Cue::kIrregularPast);
  }

  // "NATO allies", "EU leaders": the actor only modifies a group noun.
  bool GroupAfter(std::size_t k) const {
    if (k < size() && token(k).possessive) ++k;  // "Argentina's team"
    if (Is(k, Cue::kFloatingQuantifiers)) return false;  // "Macron all phoned"
    if (!cues_.group_nouns.MayStartWith(lower_[k])) return false;
    for (const auto& g : cues_.group_nouns) {
      if (k + g.size() > size()) continue;
      bool all = true;
      for (std::size_t q = 0; q < g.size() && all; ++q) all = lower_[k + q] == g[q];
      if (all) return true;
    }
    return false;
  }

  // Where the "and" of a spouse coordinated with a subject begins, the
  // phrase ending at `end`: "and his wife" (`spouse_phrases`), "and first
  // lady Kim Yoon-ok" (`spouse_titles`, then up to six words of a name,
  // capitalised or a mention, with the pieces of a hyphenated one, or none);
  // else kNoTitle.
  std::size_t SpouseAndAt(std::size_t end, std::size_t floor) const {
    // The phrase of `list` ending at `last`, with "and" before it: where "and" is.
    auto after_and = [&](const PhraseList& list, std::size_t last) {
      if (!list.MayEndWith(lower_[last])) return kNoTitle;
      for (const auto& p : list) {
        if (last < floor + p.size() + 1) continue;
        const std::size_t first = last + 1 - p.size();
        bool all = lower_[first - 1] == "and";
        for (std::size_t q = 0; q < p.size() && all; ++q) all = lower_[first + q] == p[q];
        if (all) return first - 1;
      }
      return kNoTitle;
    };
    if (const std::size_t a = after_and(cues_.spouse_phrases, end); a != kNoTitle) return a;
    auto name_word = [&](std::size_t q) {
      if (lower_[q] == "and") return false;
      if (mention_at(q) >= 0 || (token(q).word && token(q).cap) || lower_[q] == "-") return true;
      return token(q).word && q > 0 && lower_[q - 1] == "-";
    };
    std::size_t j = end + 1;
    while (j > floor + 3 && end + 1 - j < 7 && name_word(j - 1)) --j;
    return after_and(cues_.spouse_titles, j - 1);
  }

  // Where a list of names ending right before `end` begins: names, their
  // capitalised titles and owning states, and the commas and "and" between
  // them ("Yunus, Dissanayake and Tobgay", "French President Emmanuel Macron").
  std::size_t NameListStart(std::size_t end) const {
    std::size_t start = end;
    while (start > 0 && start + kMaxReach > end) {
      const std::size_t q = start - 1;
      if (const int m = mention_at(q); m >= 0) start = std::min(q, mention(m).tok_begin);
      else if (lower_[q] == "," || lower_[q] == "and" || token(q).possessive || (token(q).word && token(q).cap))
        start = q;
      else
        break;
    }
    return start;
  }

  // Whether the "of" at `of` ends a noun phrase that opens a "where" or
  // "when" clause: "where the borders of", "when the presidents of". At most
  // three lower-case words, none an actor, between the clause word and "of";
  // the noun before "of" no group of people ("where the leaders of A and B met").
  bool WhereClauseHeadsOf(std::size_t of, std::size_t floor) const {
    for (std::size_t j = of; j > floor && of - j < 4;) {
      --j;
      if (!token(j).word || token(j).cap || mention_at(j) >= 0) return false;
      if (lower_[j] == "where" || lower_[j] == "when") return j + 1 < of && !GroupNounEndsAt(of - 1);
    }
    return false;
  }

  // Whether the words from `c` (right after a comma) up to the comma at
  // `close` are an adverbial clause: one of `adverbial_openers`, after at most
  // two lower-case adverbs ("shortly after", "just hours before"), and at
  // least one word more. ("as well as X" is coordination, not a clause.)
  bool AdverbialAsideOpens(std::size_t c, std::size_t close) const {
    if (c + 2 >= close) return false;
    std::size_t o = c;
    while (o < c + 2 && o + 1 < close && token(o).word && !token(o).cap && !Is(o, Cue::kAdverbialOpeners) &&
           mention_at(o) < 0)
      ++o;
    return Is(o, Cue::kAdverbialOpeners) && o + 1 < close && !(lower_[o] == "as" && lower_[o + 1] == "well");
  }

  // Whether token `k` lies in an adverbial clause set off by commas that
  // closes before `before` (see AdverbialAsideOpens): ", shortly after his
  // opponent Kast conceded,".
  bool InAdverbialAside(std::size_t k, std::size_t before) const {
    const std::size_t c = SegmentStart(k);
    if (c == 0 || lower_[c - 1] != ",") return false;
    std::size_t close = k;
    while (close < before && lower_[close] != "," && !Is(close, Cue::kClauseBreaks)) ++close;
    return close < before && lower_[close] == "," && AdverbialAsideOpens(c, close);
  }

  // The first actor of the clause around token k (from the last "that" or ";"
  // before k, else from the sentence start) not governed by a preposition.
  // (`after`, when not 0, is where a fronted phrase ends: its subject is
  // looked for from there on, "Meeting in the Kremlin, Putin and Xi ...".)
  Found ClauseSubject(std::size_t k, std::size_t after = 0) const {
    Found f;
    std::size_t from = after;
    for (std::size_t i = k; i > 0 && after == 0; --i)
      if (lower_[i - 1] == "that" || Is(i - 1, Cue::kClauseBreaks)) {
        from = i;
        break;
      }
    // (A participle after a comma looks only before it: "He travelled to
    // Beijing, meeting Xi": Xi is no subject; "he" is then looked for as any
    // subject is. A fronted one looks on: "Asked whether Putin would
    // congratulate the winner, Peskov said".)
    const bool trailing = k < size() && (lower_[k] == "," || (k > 0 && lower_[k - 1] == ","));
    for (std::size_t i = from; i < (trailing ? k : size()); ++i) {
      int m = mention_at(i);
      if (m < 0) continue;
      const ActorMention& am = mention(m);
      if ((am.tok_begin > 0 && Is(am.tok_begin - 1, Cue::kPrepositions)) || am.possessive || in_quote(i)) {
        i = am.tok_end - 1;
        continue;
      }
      f.kind = Found::kActors;
      f.mentions.push_back(static_cast<std::size_t>(m));
      // "Macron, Merz, Starmer and Tusk travelled to Kyiv, meeting Zelensky":
      // the actors coordinated with it act too. A comma list counts only if
      // "and" closes it ("Macron, the French president, ..." is no list);
      // "Chile's Gabriel Boric": the state owning a name is part of it.
      // (A fronted participle's subject follows it: "Meeting in the Kremlin,
      // Putin and Xi discussed trade" coordinates up to the sentence's end.)
      std::vector<std::size_t> more;
      bool closed = false;
      const std::size_t limit = am.tok_begin >= k ? size() : k;
      for (std::size_t e = am.tok_end; e + 1 < limit && e + 1 < size() && !closed;) {
        const bool is_and = lower_[e] == "and";
        if (!is_and && lower_[e] != ",") break;
        std::size_t n = e + 1;
        if (!is_and && lower_[n] == "and") ++n;
        closed = is_and || n > e + 1;
        int nm = n < limit ? mention_at(n) : -1;
        if (nm >= 0 && mention(nm).tok_begin == n && mention(nm).possessive && mention(nm).kind == ActorKind::kCountry) {
          std::size_t after = mention(nm).tok_end;
          if (after < size() && token(after).possessive && mention_at(after) < 0) ++after;
          nm = after < limit ? mention_at(after) : -1;
          if (nm >= 0 && mention(nm).tok_begin != after) nm = -1;
        }
        if (nm < 0 || mention(nm).tok_begin < n || mention(nm).possessive || in_quote(mention(nm).tok_begin)) break;
        more.push_back(static_cast<std::size_t>(nm));
        e = mention(nm).tok_end;
      }
      if (closed)
        for (std::size_t x : more) f.mentions.push_back(x);
      return f;
    }
    return f;
  }

  // The speaker of the quotation around token k, and whom they told.
  void SpeakerAndAddressee(int* speaker, int* addressee) const {
    *speaker = *addressee = -1;
    for (std::size_t i = 0; i < size(); ++i) {
      if (in_quote(i) || !Is(i, Cue::kSpeechVerbs)) continue;
      // "Lavrov told Xi" / "Wang said" / "said Foreign Ministry spokesman Wang Wenbin"
      int before = i > 0 ? mention_at(i - 1) : -1;
      int after = mention_at(i + 1);
      if (*speaker < 0) *speaker = before >= 0 ? before : after;
      if (Is(i, Cue::kAddressVerbs) && after >= 0 && after != *speaker) *addressee = after;
      if (*speaker >= 0) return;
    }
  }

  // For every token, where the relative clause holding it begins (", who ... ,",
  // ", which ... ,", ", whom ... ,"), or -1 when it is in none. One pass, at
  // the first question: the date search of every trigger asks, and RememberSentence.
  const std::vector<long>& RelativeClauses() const {
    if (relative_found_) return relative_;
    relative_found_ = true;
    relative_.assign(size(), -1);
    long start = -1;
    bool first_comma = true;
    for (std::size_t i = 0; i < size(); ++i) {
      relative_[i] = start;
      if (lower_[i] != ",") continue;
      // (", who had flown in from Philadelphia, where she addressed lawmakers
      // the day before,": a "where" or "when" clause right after one goes on
      // with it.)
      if (start >= 0 && i + 1 < size() && (lower_[i + 1] == "where" || lower_[i + 1] == "when")) continue;
      // ("In Addis Ababa, where he arrived on Thursday night, Lula held talks
      // ... on Friday": a "where" or "when" clause after an opening
      // prepositional phrase of a few words, before the main clause, is one too.)
      const bool opening_phrase = start < 0 && first_comma && i > 1 && i <= 5 && Is(0, Cue::kPrepositions);
      first_comma = false;
      start = -1;  // a clause ends at a comma; the next may open here
      if (i + 1 < size()) {
        std::string_view w = lower_[i + 1];
        if (w == "who" || w == "which" || w == "whom" || w == "whose" ||
            (opening_phrase && (w == "where" || w == "when")))
          start = static_cast<long>(i);
      }
    }
    return relative_;
  }

  mutable std::string pronoun_;  // the last subject pronoun the search stopped at
  mutable std::size_t pronoun_at_ = 0;
  // "He and Macron sat down for talks": a subject pronoun coordinated before
  // the subject found (set by Subject with coordination; cleared by the caller).
  mutable std::string coord_pronoun_;
  mutable std::size_t coord_pronoun_at_ = 0;
  mutable std::size_t pair_at_ = 0;  // where "the two leaders" starts
  mutable std::size_t pair_count_ = 0;  // "the three leaders": how many people (0: a pair)
  mutable bool pair_states_ = false;  // "the two countries": the states of the pair, not its people

 private:
  const SentenceContext& c_;
  const RoleCues& cues_;
  const WordTable& cue_words_;                // the words of the cue lists
  const std::vector<std::uint64_t>& cue_bits_;  // by cue_words_ id: the word's Cue bits
  const PhraseIds& election_night_;  // the rules' `election_night_phrases`, in cue-word ids
  LowerTokens& lower_;
  std::vector<TokenInfo>& info_;   // per token: mentions, quotes, cues (filled when built)
  std::vector<long>& relative_;    // RelativeClauses, once found
  std::vector<std::pair<std::size_t, std::size_t>>& timex_tokens_;  // TimexFirst, TimexLast
  mutable bool relative_found_ = false;
  mutable bool election_night_found_ = false;  // ElectionNightAt, once found
  mutable std::size_t election_night_at_ = 0;
  std::uint64_t any_cues_ = 0;  // Any: the union of every token's cues
};

std::size_t Limit(const RoleCues& cues, ObjectMode mode) {
  const char* key = mode == ObjectMode::kAfter ? "after" : mode == ObjectMode::kNear ? "near" : mode == ObjectMode::kAdjacent ? "adjacent" : "inside";
  auto it = cues.object_limits.find(key);
  return it == cues.object_limits.end() ? 6 : it->second;
}

}  // namespace

EventBuilder::EventBuilder(const ActionRules& rules, const ActorRecognizer& actors) : rules_(rules), actors_(actors) {
  auto bits_of = [&](std::string_view word) -> std::uint64_t& {
    const std::uint32_t id = cue_words_.Add(word);
    if (id >= cue_bits_.size()) cue_bits_.resize(id + 1, 0);
    return cue_bits_[id];
  };
  for (unsigned cue = 0; cue < static_cast<unsigned>(Cue::kCount); ++cue)
    for (const std::string& word : CueWords(rules_.cues(), static_cast<Cue>(cue))) bits_of(word) |= CueBit(static_cast<Cue>(cue));
  auto mark = [&](const PhraseList& phrases, Cue cue, bool last_word) {
    for (const auto& p : phrases)
      if (!p.empty()) bits_of(last_word ? p.back() : p.front()) |= CueBit(cue);
  };
  const RoleCues& cues = rules_.cues();
  mark(cues.pair_phrases, Cue::kEndsPairPhrase, true);
  mark(cues.opening_pair_phrases, Cue::kEndsPairPhrase, true);
  mark(cues.state_pair_phrases, Cue::kEndsStatePairPhrase, true);
  mark(cues.group_phrases, Cue::kEndsGroupPhrase, true);
  mark(cues.group_nouns, Cue::kEndsGroupNoun, true);
  mark(cues.pair_phrases, Cue::kStartsPairPhrase, false);
  mark(cues.exceptions, Cue::kEndsException, true);
  mark(cues.negated, Cue::kEndsNegated, true);
  mark(cues.hedged, Cue::kEndsHedged, true);
  mark(cues.planned, Cue::kEndsPlanned, true);
  mark(cues.echo_phrases, Cue::kEndsEchoPhrase, true);
  mark(cues.election_night_phrases, Cue::kEndsElectionNight, true);
  for (const auto& [pronoun, gender] : cues.subject_pronouns) bits_of(pronoun) |= CueBit(Cue::kSubjectPronouns);
  for (const auto& [pronoun, gender] : cues.object_pronouns) bits_of(pronoun) |= CueBit(Cue::kObjectPronouns);
  for (const auto& [pronoun, gender] : cues.possessive_pronouns) {
    bits_of(pronoun) |= CueBit(Cue::kPossessivePronouns);
    if (gender == "male" || gender == "female") bits_of(pronoun) |= CueBit(Cue::kPersonPossessives);
    if (gender == "neuter") bits_of(pronoun) |= CueBit(Cue::kNeuterPossessives);
  }
  exception_ids_ = PhraseIds(cues.exceptions, &cue_words_);
  negated_ids_ = PhraseIds(cues.negated, &cue_words_);
  hedged_ids_ = PhraseIds(cues.hedged, &cue_words_);
  planned_ids_ = PhraseIds(cues.planned, &cue_words_);
  election_night_ids_ = PhraseIds(cues.election_night_phrases, &cue_words_);
  winner_object_ids_ = PhraseIds(cues.winner.object_phrases, &cue_words_);
  visitor_ids_ = PhraseIds(cues.visitor_phrases, &cue_words_);
  regime_noun_ids_ = PhraseIds(cues.regime_nouns, &cue_words_);
  std::vector<std::string> parts;
  for (const std::string& noun : cues.referendum_nouns)
    if (noun.size() > 1) parts.push_back(noun.substr(1));
  // Shortest first, and one holding a part kept already is dropped ("eferendums"
  // holds "eferendum": a sentence with the one holds the other).
  std::sort(parts.begin(), parts.end(), [](const std::string& a, const std::string& b) { return a.size() < b.size(); });
  for (const std::string& part : parts)
    if (std::none_of(referendum_parts_.begin(), referendum_parts_.end(),
                     [&](const std::string& kept) { return HoldsBytes(part, kept); }))
      referendum_parts_.push_back(part);
  // (The phrases' other words are cue words of no list: no bits.)
  cue_bits_.resize(cue_words_.size(), 0);
  for (ObjectMode mode : {ObjectMode::kAfter, ObjectMode::kNear, ObjectMode::kAdjacent, ObjectMode::kInside, ObjectMode::kNone})
    object_limits_[static_cast<std::size_t>(mode)] = Limit(cues, mode);
}

namespace {

// A mention of a person by name or title (not a country adjective): what the
// article memory keeps of a sentence.
bool NamesPerson(const ActorMention& m) { return m.kind == ActorKind::kPerson && m.via != MentionVia::kAdjective; }

// An actor id that stands for a person: a lexicon entry of a person, or a
// person the article introduced ("new:...").
bool IsPersonId(const Lexicon& lex, const std::string& id) {
  const LexiconEntry* e = lex.Find(id);
  return !e ? id.starts_with("new:") : e->kind == ActorKind::kPerson;
}

// "Wang Wenbin: ...", "Official Spokesperson, Shri Arindam Bagchi: ...": a
// transcript's speaker label (a name and a colon within the sentence's first
// eight words) names who speaks, not a party to what follows.
bool SpeakerLabel(const Sentence& s, const ActorMention& m) {
  return m.tok_end < s.size() && m.tok_end <= 8 && s.lower(m.tok_end) == ":";
}

// "Macron travels", "she meets": a verb in the present tense ("-s") right
// after its subject (a name that owns nothing, or a subject pronoun).
bool PresentThirdPersonAt(const Sentence& s, std::size_t k) {
  if (k == 0) return false;
  const std::string_view v = s.lower(k);
  if (v.size() < 4 || v.back() != 's' || v.ends_with("ss") || v.ends_with("us") || v.ends_with("is")) return false;
  if (s.Is(k, Cue::kSpeechVerbs)) return false;  // "says the talks on Friday went well"
  if (const int m = s.mention_at(k - 1); m >= 0)
    return s.mention(static_cast<std::size_t>(m)).tok_end == k && !s.mention(static_cast<std::size_t>(m)).possessive;
  return s.Is(k - 1, Cue::kSubjectPronouns);
}

// The clause of the trigger at `tb` is in the present tense: the trigger is
// such a verb ("meets"), or a noun trigger follows one in its clause ("visits
// India on Friday for talks with Modi"). "The talks", "Xi's visits" are not.
bool PresentClause(const Sentence& s, std::size_t tb, bool noun) {
  if (!noun) return PresentThirdPersonAt(s, tb);
  for (std::size_t k = tb, n = 0; k > 0 && n < 10; --k, ++n) {
    const std::string_view w = s.lower(k - 1);
    if (s.Is(k - 1, Cue::kClauseBreaks) || s.Is(k - 1, Cue::kSpeechVerbs) || w == "," || w == "that") return false;
    if (PresentThirdPersonAt(s, k - 1)) return true;
  }
  return false;
}

// Is the trigger at `tb` owned by a date ("Monday's meeting", "Thursday's
// bilateral talks"): a date, then "'s", then at most one modifier, or a
// trigger that opens with such a date (`meet.date_owned`)?
bool DateOwnsTrigger(const Sentence& s, const std::vector<Timex>& timexes, std::size_t tb) {
  for (std::size_t i = 0; i < timexes.size(); ++i)
    if (const std::size_t last = s.TimexLast(i);
        last != Sentence::kNoToken && s.TimexFirst(i) == tb && last + 1 < s.size() && s.token(last + 1).possessive)
      return true;
  for (std::size_t at = tb; at + 1 >= tb && at >= 2; --at) {
    if (!s.token(at - 1).possessive) continue;
    for (std::size_t i = 0; i < timexes.size(); ++i)
      if (s.TimexLast(i) != Sentence::kNoToken && s.TimexLast(i) == at - 2) return true;
    return false;
  }
  return false;
}

// "A and B sent messages to X and Y respectively": with as many agents as
// objects and "respectively" after the trigger in its clause, the first
// agent acts on the first object, the second on the second.
bool Respectively(const Sentence& s, std::size_t te, std::size_t agents, std::size_t objects) {
  if (agents < 2 || agents != objects) return false;
  for (std::size_t k = te; k < s.size(); ++k) {
    if (s.lower(k) == "respectively") return true;
    if (s.lower(k) == ";" || s.lower(k) == ".") return false;
  }
  return false;
}

// No actor is named from the sentence's start to the end of the clause that
// the trigger ending at `te` is in, but for a place after a preposition ("in
// Moscow").
bool NobodyInClause(const Sentence& s, std::size_t te) {
  std::size_t end = te;
  while (end < s.size() && s.lower(end) != "," && !s.Is(end, Cue::kClauseBreaks)) ++end;
  for (std::size_t k = 0; k < end; ++k) {
    const int m = s.mention_at(k);
    if (m < 0) continue;
    const ActorMention& am = s.mention(static_cast<std::size_t>(m));
    if (am.kind == ActorKind::kPerson || am.tok_begin == 0 || !s.Is(am.tok_begin - 1, Cue::kPrepositions)) return false;
  }
  return true;
}

// Whether "until" and right after it a date (a time expression naming a day,
// a month or a year: "until Tuesday", "until December 2020", "until mid-December")
// follow token `from` within its clause (at most twelve words, before a comma
// or a clause break): "did not congratulate Biden until December 15".
bool UntilDateAfter(const Sentence& s, std::size_t from) {
  for (std::size_t k = from; k + 1 < s.size() && k < from + 12; ++k) {
    if (s.Is(k, Cue::kClauseBreaks) || s.lower(k) == "," || s.lower(k) == ";") return false;
    if (s.lower(k) == "until") return s.InTimex(k + 1) && !s.InTimex(k);
  }
  return false;
}

// What the predicate of a noun trigger ending at `te` says of it: one of
// `noun_negated_phrases` ("A meeting between Trump and Zelenskyy, expected on
// Tuesday, also did not take place") or of `noun_hedged_phrases` ("a visit to
// Kabul by Lavrov was under discussion"), looked for up to the clause's end,
// past a parenthesis set off by commas (at most eight words, or sixteen for a
// relative clause: "A meeting between Zelenskyy and Lula, which Ukrainian
// officials said had been scheduled for Sunday afternoon, did not take place")
// but not into a clause after one. kAsserted: neither.
Factuality NounPredicate(const Sentence& s, std::size_t te, const std::vector<char>& masked, const RoleCues& cues) {
  if (cues.noun_negated_phrases.empty() && cues.noun_hedged_phrases.empty()) return Factuality::kAsserted;
  for (std::size_t k = te; k < s.size() && k < te + 32; ++k) {
    const std::string_view w = s.lower(k);
    if (w == ",") {
      const bool relative = k + 1 < s.size() && s.RelativeClauses()[k + 1] == static_cast<long>(k);
      // "the state visit to Viet Nam by Joe Biden, which is scheduled for
      // September 10-11": a "which" clause whose verb is a passive planning
      // participle (`noun_modal_after` after a `passive_auxiliaries` word)
      // with a time after it ("for", "in", "on"; not "was expected to deepen
      // ties") says the act is still to come.
      if (relative && k + 4 < s.size() && (s.lower(k + 1) == "which" || s.lower(k + 1) == "that") &&
          s.Is(k + 2, Cue::kPassiveAuxiliaries) && s.Is(k + 3, Cue::kNounModalAfter) && !masked[k + 3] &&
          s.Is(k + 4, Cue::kPrepositions) && s.lower(k + 4) != "to")
        return Factuality::kPlanned;
      const std::size_t longest = relative ? 25 : 9;
      std::size_t close = k + 1;
      while (close < s.size() && close <= k + longest && s.lower(close) != "," && !s.Is(close, Cue::kClauseBreaks)) ++close;
      if (close > k + longest || close >= s.size() || s.lower(close) != ",") break;
      k = close;
      continue;
    }
    // "a meeting with Xi that his aides had pencilled in for later in the day
    // was called off": a "that" right after the noun or the party it names
    // opens a relative clause; the noun's own predicate may follow it.
    if (w == "that" && k > 0 && (k == te || s.mention_at(k - 1) >= 0) && !s.Is(k - 1, Cue::kSpeechVerbs)) continue;
    if (w == "." || w == ";" || s.Is(k, Cue::kClauseBreaks) || s.Is(k, Cue::kNounModalStops)) break;
    if (masked[k]) continue;
    // (Only the lists with a phrase ending in the token's word are tried.)
    if (cues.noun_negated_phrases.MayEndWith(w))
      for (const auto& p : cues.noun_negated_phrases)
        if (s.PhraseEndsAt(p, k)) return Factuality::kNegated;
    if (cues.noun_hedged_phrases.MayEndWith(w))
      for (const auto& p : cues.noun_hedged_phrases)
        if (s.PhraseEndsAt(p, k)) return Factuality::kHedged;
  }
  return Factuality::kAsserted;
}

// The actors named right after ", as did" (`echo_phrases`) later in the
// sentence than the trigger ending at `te`, up to the next clause break: those
// who did the same. A state owning the name after it is part of the name.
std::vector<std::string> EchoAgents(const Sentence& s, std::size_t te, const RoleCues& cues) {
  std::vector<std::string> out;
  if (!s.Any(Cue::kEndsEchoPhrase)) return out;
  for (std::size_t k = te; k < s.size(); ++k) {
    const std::size_t begin = k + 1;
    std::size_t first = 0;  // where the phrase ending at k starts; 0: none (it must follow a comma)
    if (!s.Is(k, Cue::kEndsEchoPhrase)) continue;  // (no phrase ends at k)
    for (const auto& p : cues.echo_phrases)
      if (s.PhraseEndsAt(p, k)) first = k + 1 - p.size();
    if (first == 0 || s.lower(first - 1) != ",") continue;
    for (std::size_t q = begin; q < s.size() && !s.Is(q, Cue::kClauseBreaks); ++q) {
      // (A comma goes on only inside a list of actors: "as did leaders of
      // Britain, Indonesia and Fiji".)
      if (s.lower(q) == "," && !(q + 1 < s.size() && s.mention_at(q + 1) >= 0 && !out.empty())) break;
      const int m = s.mention_at(q);
      if (m < 0) continue;
      const ActorMention& am = s.mention(static_cast<std::size_t>(m));
      if (!am.possessive && am.via != MentionVia::kAdjective && !Contains(out, am.actor)) out.push_back(am.actor);
      q = am.tok_end - 1;
    }
    break;
  }
  return out;
}

// Before token `at`, does the sentence name a relation by a possessive
// pronoun and one of `relation_nouns` within three words, with no name after it
// ("his Colorado Party colleague", not "his old ally Vladimir Putin")?
bool UnnamedRelationBefore(const Sentence& s, std::size_t at) {
  if (!s.Any(Cue::kPersonPossessives)) return false;
  for (std::size_t k = 0; k < at; ++k) {
    if (!s.Is(k, Cue::kPersonPossessives) || s.in_quote(k)) continue;
    for (std::size_t r = k + 1; r < at && r <= k + 3; ++r)
      if (s.Is(r, Cue::kRelationNouns)) {
        if (r + 1 >= s.size() || s.mention_at(r + 1) < 0) return true;
        break;
      }
  }
  return false;
}

// Does the sentence open with a name the lexicon does not know, two or three
// capitalised words before an auxiliary or a verb in -ed/-s ("Bill Gates has
// launched a fund, with Obama and Modi standing alongside him"), with no
// person but the `agents` named between it and token `at`? An object pronoun
// after it means that person, not someone of an earlier sentence.
bool UnknownSubjectBefore(const Sentence& s, std::size_t at, const std::vector<ActorMention>& mentions,
                          const std::vector<std::string>& agents) {
  std::size_t k = 0;
  while (k < s.size() && k < 3 && s.token(k).word && s.token(k).cap && !s.token(k).upper && s.mention_at(k) < 0)
    ++k;
  if (k < 2 || k >= at || s.in_quote(0)) return false;
  const std::string_view next = s.lower(k);
  const bool verb = s.Is(k, Cue::kAuxiliaries) || next.ends_with("ed") ||
                    (next.size() > 3 && next.ends_with("s") && !next.ends_with("ss"));
  if (!verb) return false;
  for (const auto& m : mentions)
    if (NamesPerson(m) && m.tok_begin >= k && m.tok_end <= at && !Contains(agents, m.actor)) return false;
  return true;
}

// Does the relative clause opened at the comma `start` (RelativeClauses) hold
// one of `tenure_words` before the date at `xb` ("who took office last month",
// "who was sworn in on Friday"; not "who arrived this morning ... since taking
// office on April 3": the arrival's date)?
bool TenureClause(const Sentence& s, const std::vector<long>& rel, std::size_t start, std::size_t xb) {
  for (std::size_t k = start + 1; k < xb && k < s.size() && rel[k] == static_cast<long>(start); ++k)
    if (s.Is(k, Cue::kTenureWords)) return true;
  return false;
}

// "In Friday's messages, ...", "At Monday's summit, ...": the possessive date
// starting at `xb`, whose noun phrase starts at `noun`, names an occasion the
// clause is told at (`occasion_dates`), so it dates the clause, not just its noun.
// Does the noun phrase starting at `noun` name an occasion (`occasion_dates.nouns`)?
// One modifier may stand before the noun, or a name of up to four capitalised
// words: "Thursday's East Asia Summit", "the 2019 G20 summit".
bool OccasionNounAt(const Sentence& s, std::size_t noun) {
  std::size_t reach = noun + 2;
  for (std::size_t k = noun; k < noun + 4 && k < s.size() && s.token(k).cap; ++k) reach = k + 2;
  for (std::size_t k = noun; k < reach && k < s.size(); ++k)
    if (s.Is(k, Cue::kOccasionNouns)) return true;
  return false;
}

bool OccasionDate(const Sentence& s, std::size_t xb, std::size_t noun) {
  if (xb > 0 && !s.Is(xb - 1, Cue::kOccasionPrepositions) &&
      !(xb > 1 && s.lower(xb - 1) == "of" && s.Is(xb - 2, Cue::kOccasionOfHeads)))
    return false;
  return OccasionNounAt(s, noun);
}

// Does the sentence name `m` as an election's winner: "X won Sunday's
// presidential vote", "X, who won the election,", "X claimed victory", "X's
// narrow victory", "the re-election of X", "President-elect X"?
bool NamedAsWinner(const Sentence& s, const ActorMention& m, const RoleCues::WinnerCues& w) {
  const std::size_t n = s.size();
  if (!w.elect_suffix.empty()) {
    auto elect = [&](std::size_t k) {
      std::string_view t = s.lower(k);
      // (The last letters compared first: most words end otherwise.)
      return t.size() > w.elect_suffix.size() && t.back() == w.elect_suffix.back() &&
             t.substr(t.size() - w.elect_suffix.size()) == w.elect_suffix;
    };
    for (std::size_t k = m.tok_begin > 0 ? m.tok_begin - 1 : 0; k < m.tok_end; ++k)
      if (elect(k)) return true;
  }
  if (m.possessive) {
    for (std::size_t k = m.tok_end + 1; k < n && k < m.tok_end + 4; ++k)
      if (s.Is(k, Cue::kWinnerPossessed) ||
          (s.Is(k, Cue::kWinnerPossessedBeforeAs) && k + 1 < n && s.lower(k + 1) == "as"))
        return true;
    return false;
  }
  if (m.tok_begin >= 2 && s.lower(m.tok_begin - 1) == "of" && s.Is(m.tok_begin - 2, Cue::kWinnerOfNouns)) return true;
  std::size_t k = m.tok_end;
  if (k + 1 < n && s.lower(k) == "," && s.lower(k + 1) == "who") k += 2;
  std::size_t v = k;  // the verb, after "appears to have", "is set to"
  for (std::size_t lead = 0; lead < 4 && s.Is(v, Cue::kWinnerVerbLeads) && !s.Is(v, Cue::kWinnerVerbs); ++lead) ++v;
  if (s.Is(v, Cue::kWinnerVerbs)) {
    // Five words after the verb; a name counts as none ("beat incumbent Jair
    // Bolsonaro in Sunday's runoff").
    std::size_t words = 0;
    for (std::size_t q = v + 1; q < n && words < 5 && s.lower(q) != ","; ++q) {
      if (int o = s.mention_at(q); o >= 0 && s.mention(static_cast<std::size_t>(o)).tok_begin == q) {
        q = s.mention(static_cast<std::size_t>(o)).tok_end - 1;
        continue;
      }
      if (s.Is(q, Cue::kWinnerVerbObjects)) return true;
      ++words;
    }
  }
  // (Each phrase would start at k.)
  if (w.after.MayStartWith(s.lower(k)))
    for (const auto& p : w.after)
      if (s.PhraseEndsAt(p, k + p.size() - 1)) return true;
  return false;
}

// Does the sentence deny a meeting: one of `contact_denial_openers`, at most
// three words, then one of `contact_denial_heads` ("no bilateral meeting",
// "not a meeting", "did not hold formal talks")?
bool DeniesMeeting(const SentenceContext& c, const RoleCues& cues) {
  if (cues.contact_denial_heads.empty() || cues.contact_denial_openers.empty()) return false;
  const std::vector<Token>& toks = *c.tokens;
  char buf[24];
  auto lower = [&](const Token& tok) {
    const std::string_view w = tok.text(c.text);
    if (w.size() > sizeof buf) return std::string_view();
    for (std::size_t i = 0; i < w.size(); ++i) buf[i] = AsciiLower(w[i]);
    return std::string_view(buf, w.size());
  };
  for (std::size_t k = 0; k < toks.size(); ++k) {
    if (!toks[k].word || !cues.contact_denial_openers.contains(lower(toks[k]))) continue;
    for (std::size_t q = k + 1; q < toks.size() && q <= k + 4 && toks[q].word; ++q)
      if (cues.contact_denial_heads.contains(lower(toks[q]))) return true;
  }
  return false;
}

// "Obama shook hands with King Abdullah; no meeting between the two was
// planned", "... shook Mr Putin's hand. It was not a meeting, the spokesman
// said", "did not hold a formal meeting, but shook hands at the dinner": the
// asserted contacts (`contact_triggers`) of sentence `sentence` are no
// meeting when the sentence `c` (theirs or the next) denies one.
bool OpenContact(const CandidateEvent& e, const RoleCues& cues, std::size_t sentence) {
  return e.sentence == sentence && e.rule && e.factuality == Factuality::kAsserted &&
         cues.contact_triggers.contains(e.rule->id);
}

void DenyContacts(const SentenceContext& c, const RoleCues& cues, std::size_t sentence,
                  std::vector<CandidateEvent>* out) {
  if (cues.contact_triggers.empty()) return;
  int denied = -1;  // (read once, at the first contact)
  for (auto e = out->rbegin(); e != out->rend() && e->sentence >= sentence; ++e) {
    if (!OpenContact(*e, cues, sentence)) continue;
    if (denied < 0) denied = DeniesMeeting(c, cues) ? 1 : 0;
    if (denied == 1) {
      e->factuality = Factuality::kNegated;
      continue;
    }
    // ("Erdogan did not hold a bilateral with Biden. The two shook hands at
    // the dinner": a meeting of the same two negated in the sentence before,
    // or in this one.)
    if (e->participants.size() != 2) continue;
    for (const CandidateEvent& n : *out)
      if (&n != &*e && n.action == e->action && n.factuality == Factuality::kNegated && n.sentence + 1 >= sentence &&
          n.sentence <= sentence && n.participants.size() == 2 &&
          ((n.participants[0] == e->participants[0] && n.participants[1] == e->participants[1]) ||
           (n.participants[0] == e->participants[1] && n.participants[1] == e->participants[0]))) {
        e->factuality = Factuality::kNegated;
        break;
      }
  }
}

}  // namespace

bool EventBuilder::AwaitsNextSentence(const ArticleMemory& memory, const std::vector<CandidateEvent>& out) const {
  const RoleCues& cues = rules_.cues();
  if (memory.sentence == 0 || cues.contact_triggers.empty()) return false;
  for (auto e = out.rbegin(); e != out.rend() && e->sentence + 1 >= memory.sentence; ++e)
    if (OpenContact(*e, cues, memory.sentence - 1)) return true;
  return false;
}

namespace {

// What a sentence leaves in the article memory for the sentences after it:
// the pairs of people its events joined, the people it named, its subject
// (for "he"/"she" next). `first_new`: the first of `out` this sentence added.
void RememberSentence(const SentenceContext& c, const Sentence& s,
                      const std::vector<CandidateEvent>& out, std::size_t first_new, const ActorRecognizer& actors,
                      ArticleMemory* memory) {
  const auto& mentions = *c.mentions;
  ++memory->sentence;
  for (std::size_t e = first_new; e < out.size(); ++e) {
    const CandidateEvent& ev = out[e];
    // "X arrived in New Delhi on Sunday": X is "the visiting leader" from now on.
    if (ev.action == "visit" && ev.factuality == Factuality::kAsserted && ev.agents.size() == 1) {
      const LexiconEntry* le = actors.lexicon().Find(ev.agents[0]);
      if (le && le->kind == ActorKind::kPerson) memory->visitor = ev.agents[0];
    }
    // The two parties, if there are two (agent and recipient, or two participants).
    const std::string* parties[2];
    if (!ev.participants.empty()) {
      if (ev.participants.size() != 2) continue;
      parties[0] = &ev.participants[0];
      parties[1] = &ev.participants[1];
    } else {
      if (ev.agents.size() + ev.recipients.size() != 2) continue;
      parties[0] = ev.agents.empty() ? &ev.recipients[0] : &ev.agents[0];
      parties[1] = ev.recipients.empty() ? &ev.agents[1] : &ev.recipients.back();
    }
    bool people = std::all_of(std::begin(parties), std::end(parties), [&](const std::string* id) {
      const LexiconEntry* le = actors.lexicon().Find(*id);
      return le ? le->kind == ActorKind::kPerson : id->rfind("new:", 0) == 0;
    });
    if (!people) continue;
    if (*parties[1] < *parties[0]) std::swap(parties[0], parties[1]);
    // A pair joined again moves to the end, counted once more (no copies of its names).
    // (Each pair is in the list once; searched from the end, where a pair
    // joined again mostly is.)
    auto& pairs = memory->pairs;
    auto rit = std::find_if(pairs.rbegin(), pairs.rend(), [&](const auto& p) {
      return p.first.first == *parties[0] && p.first.second == *parties[1];
    });
    if (rit == pairs.rend()) {
      pairs.emplace_back(std::make_pair(*parties[0], *parties[1]), 1);
    } else {
      auto it = std::prev(rit.base());
      std::rotate(it, it + 1, pairs.end());
      ++pairs.back().second;
    }
  }
  // People named inside a relative clause (", who won as a stand-in for
  // Martinelli,") count as named before the main clause's people: "him" in
  // the next sentence is more likely the main clause's person.
  const std::vector<long>* relative = nullptr;
  if (std::any_of(mentions.begin(), mentions.end(), NamesPerson)) relative = &s.RelativeClauses();
  for (int pass = 0; pass < 2 && relative && !relative->empty(); ++pass) {
    for (const auto& m : mentions) {
      if (!NamesPerson(m) || ((*relative)[m.tok_begin] >= 0) != (pass == 0)) continue;
      // (Each name is in the list once: one named again moves to the end.
      // Searched from the end, where a name named again mostly is.)
      auto& r = memory->recent_people;
      auto rit = std::find(r.rbegin(), r.rend(), m.actor);
      if (rit == r.rend()) {
        r.push_back(m.actor);
      } else {
        auto it = std::prev(rit.base());
        std::rotate(it, it + 1, r.end());
      }
    }
  }
  // Remember this sentence's subject for "he"/"she" in the next one. (A
  // sentence whose only person owns something names its topic: "The rest of
  // the week showed how crowded Mr Xi's diary was. On Thursday he met Kishida".)
  const ActorMention* possessor = nullptr;
  bool subject_found = false;
  for (const auto& m : mentions) {
    if (m.kind == ActorKind::kPerson && m.possessive && !possessor && !s.in_quote(m.tok_begin) && !SpeakerLabel(s, m))
      possessor = &m;
    if (m.kind != ActorKind::kPerson || m.possessive) continue;
    if (m.tok_begin > 0 && s.Is(m.tok_begin - 1, Cue::kPrepositions)) continue;
    if (s.in_quote(m.tok_begin)) continue;
    // "Wang Wenbin: As Xi's special envoy, Wang Qishan attended ...": a
    // transcript's speaker label is not the subject of what follows it.
    if (SpeakerLabel(s, m)) continue;
    // "He is due to meet Xi": a subject pronoun before the first name is the
    // subject; it still means the previous sentence's, and "he" next does too.
    bool pronoun_before = false;
    for (std::size_t k = 0; k < m.tok_begin && !pronoun_before; ++k)
      pronoun_before = s.Is(k, Cue::kSubjectPronouns) && !s.in_quote(k);
    if (pronoun_before) {
      subject_found = true;
      break;
    }
    // (The gender always is the subject's: the same subject keeps it.)
    if (memory->last_subject != m.actor) {
      memory->last_subject = m.actor;
      memory->last_subject_gender = actors.GenderOf(m.actor);
    }
    subject_found = true;
    break;
  }
  if (!subject_found && possessor &&
      std::none_of(mentions.begin(), mentions.end(), [](const ActorMention& m) {
        return m.kind == ActorKind::kPerson && !m.possessive && m.via != MentionVia::kAdjective;
      })) {
    if (memory->last_subject != possessor->actor) {
      memory->last_subject = possessor->actor;
      memory->last_subject_gender = actors.GenderOf(possessor->actor);
    }
    return;
  }
  // So does a sentence whose one person is a preposition's object ("The
  // meeting capped two days of diplomacy for Trump. On Friday he sat down
  // with Putin": he = Trump). Not past a "he" that goes on with the previous
  // subject ("The minister began the tour in Dushanbe, where he called on
  // President Rahmon").
  if (subject_found || possessor) return;
  for (std::size_t k = 0; k < s.size(); ++k)
    if (s.Is(k, Cue::kSubjectPronouns) && !s.in_quote(k)) return;
  const ActorMention* only = nullptr;
  for (const auto& m : mentions) {
    if (m.kind != ActorKind::kPerson || m.via == MentionVia::kAdjective) continue;
    if (s.in_quote(m.tok_begin) || (only && only->actor != m.actor)) return;
    only = &m;
  }
  if (only && memory->last_subject != only->actor) {
    memory->last_subject = only->actor;
    memory->last_subject_gender = actors.GenderOf(only->actor);
  }
}

}  // namespace

// Adds again, with another date, the candidates pushed onto `out` between its
// construction and its end ("met twice, in January and in March").
class RepeatWithDate {
 public:
  RepeatWithDate(std::vector<CandidateEvent>* out, const std::optional<DateSpan>& date)
      : out_(out), from_(out->size()), date_(date) {}
  RepeatWithDate(const RepeatWithDate&) = delete;
  RepeatWithDate& operator=(const RepeatWithDate&) = delete;
  ~RepeatWithDate() {
    if (!date_) return;
    for (std::size_t i = from_, n = out_->size(); i < n; ++i) {
      CandidateEvent again = (*out_)[i];
      again.date = date_;
      out_->push_back(std::move(again));
    }
  }

 private:
  std::vector<CandidateEvent>* out_;
  std::size_t from_;
  std::optional<DateSpan> date_;
};

// "the referendum held by the Kurdistan Regional Government", "the vote in
// Crimea", "Kosovo's declaration", "The Catalan parliament declared
// independence": the state or body named right after one of
// `referendum_nouns` with one of `referendum_holder_prepositions`, owning
// it, or the subject of one of `referendum_verbs` before it, held the
// article's act of self-determination. Empty if none.
std::string ReferendumHolder(const Sentence& s, const std::vector<ActorMention>& mentions, const RoleCues& cues) {
  if (cues.referendum_nouns.empty()) return {};
  auto holder = [&](int m) { return m >= 0 && mentions[m].kind != ActorKind::kPerson; };
  for (std::size_t k = 0; k < s.size(); ++k) {
    if (!cues.referendum_nouns.contains(s.lower(k))) continue;
    // ("Crimea's referendum", "Kosovo's independence declaration"; "the KRG held
    // an independence referendum")
    for (std::size_t q = k; q > 0 && q + 5 > k; --q) {
      const int m = s.mention_at(q - 1);
      if (m >= 0) {
        if (holder(m) && mentions[m].possessive && q + 3 > k) return mentions[m].actor;
        break;
      }
      if (!s.token(q - 1).word || s.token(q - 1).cap) break;
      if (cues.referendum_verbs.contains(s.lower(q - 1))) {
        const int subject = q >= 2 ? s.mention_at(q - 2) : -1;
        if (holder(subject) && !mentions[subject].possessive) return mentions[subject].actor;
        break;
      }
    }
    for (std::size_t q = k + 1; q + 1 < s.size() && q < k + 7; ++q) {
      if (s.lower(q) == "," || s.Is(q, Cue::kClauseBreaks)) break;
      if (!cues.referendum_holder_prepositions.contains(s.lower(q))) continue;
      const std::size_t r = s.lower(q + 1) == "the" ? q + 2 : q + 1;
      if (r < s.size() && holder(s.mention_at(r))) return mentions[s.mention_at(r)].actor;
    }
  }
  return {};
}

void EventBuilder::AddSentence(const SentenceContext& c, ArticleMemory* memory, std::vector<CandidateEvent>* out) const {
  // A sentence with no trigger and no person in it adds no event and changes
  // nothing RememberSentence keeps but the sentence count: skip the analysis.
  const RoleCues& cues = rules_.cues();
  if (memory->sentence > 0) DenyContacts(c, cues, memory->sentence - 1, out);
  if (c.triggers->empty() && std::none_of(c.mentions->begin(), c.mentions->end(), NamesPerson)) {
    // ("The Kurdistan Regional Government held an independence referendum on
    // Monday": no event, but who held the referendum; read only where a body
    // is named beside a word that may be one of `referendum_nouns`.)
    if (!c.mentions->empty() && std::any_of(referendum_parts_.begin(), referendum_parts_.end(),
                                            [&](const std::string& part) { return HoldsBytes(c.text, part); })) {
      thread_local SentenceBuffers quiet;
      Sentence s(c, cues, cue_words_, cue_bits_, election_night_ids_, quiet);
      if (std::string h = ReferendumHolder(s, *c.mentions, cues); !h.empty()) memory->referendum_holder = std::move(h);
    }
    ++memory->sentence;
    return;
  }
  thread_local SentenceBuffers buffers;
  Sentence s(c, cues, cue_words_, cue_bits_, election_night_ids_, buffers);
  const std::size_t first_new = out->size();
  const auto& mentions = *c.mentions;
  if (!cues.carry_winner.empty())
    for (const auto& m : mentions)
      if (m.kind == ActorKind::kPerson && !s.in_quote(m.tok_begin)) {
        if (NamedAsWinner(s, m, cues.winner)) {
          memory->winner = m.actor;
        } else if (memory->winner.empty() && m.tok_end < s.size() &&
                   cues.winner.first_after.MayStartWith(s.lower(m.tok_end))) {
          for (const auto& p : cues.winner.first_after)
            if (m.tok_end + p.size() <= s.size() && s.PhraseEndsAt(p, m.tok_end + p.size() - 1)) memory->winner = m.actor;
        }
      }
  std::string referendum_holder = ReferendumHolder(s, mentions, cues);
  if (!referendum_holder.empty()) memory->referendum_holder = referendum_holder;

  std::vector<std::pair<std::size_t, std::size_t>>& trig_tokens = buffers.trig_tokens;
  trig_tokens.clear();
  for (const TriggerMatch& t : *c.triggers) {
    std::size_t b = s.TokenAt(t.begin), e = s.TokenAt(t.end);
    trig_tokens.emplace_back(b, std::max(e, b + 1));
  }

  int speaker = -1, addressee = -1;
  bool speaker_done = false;
  auto speaker_info = [&] {
    if (!speaker_done) s.SpeakerAndAddressee(&speaker, &addressee);
    speaker_done = true;
  };
  // The people named so far in the article and in this sentence before token
  // `at`, most recent last ("the two leaders", "invited him", "both leaders").
  auto people_named_before = [&](std::size_t at) {
    std::vector<std::string> seen = memory->recent_people;
    // A sentence that opens with "he"/"she" names the previous subject there
    // ("He received a call from Xi, who congratulated him": him = he, not the
    // last person the previous sentence happened to mention).
    if (at > 0 && s.size() > 0 && !memory->last_subject.empty()) {
      auto g = cues.subject_pronouns.find(s.lower(0));
      if (g != cues.subject_pronouns.end() &&
          (memory->last_subject_gender.empty() || memory->last_subject_gender == g->second)) {
        seen.erase(std::remove(seen.begin(), seen.end(), memory->last_subject), seen.end());
        seen.push_back(memory->last_subject);
      }
    }
    for (const auto& m : mentions)
      if (NamesPerson(m) && m.tok_end <= at) {
        seen.erase(std::remove(seen.begin(), seen.end(), m.actor), seen.end());
        seen.push_back(m.actor);
      }
    return seen;
  };
  auto pronoun_actor = [&](const std::string& pronoun) -> std::string {
    auto g = cues.subject_pronouns.find(pronoun);
    if (g == cues.subject_pronouns.end() || memory->last_subject.empty()) return {};
    if (!memory->last_subject_gender.empty() && memory->last_subject_gender != g->second) return {};
    return memory->last_subject;
  };

  bool names_and_months_found = false;  // buffers.names_and_months
  for (std::size_t ti = 0; ti < c.triggers->size(); ++ti) {
    const TriggerMatch& t = (*c.triggers)[ti];
    const TriggerRule& rule = *t.rule;
    const ActionType* type = rules_.Find(rule.action);
    if (!type) continue;
    // "Aliyev did the same": an `echo_triggers` trigger repeats an act only
    // when the article's last event before this sentence was that act.
    // (Any event of the last sentence that told one: "Blair congratulated
    // Sarkozy on Monday, praising ... Prodi also telephoned on Monday".)
    if (cues.echo_triggers.contains(rule.id)) {
      // (Or an event this sentence told before it: "A congratulated Maduro,
      // and B and C sent messages of their own".)
      // (The acts of the winner's compatriots that name no other party are
      // passed over: "Outgoing President Boric also called his successor"
      // between the wave's sentences.)
      auto compatriot_of_winner = [&](const CandidateEvent& e) {
        if (!e.incomplete || e.winner.empty() || e.agent_countries.empty() || e.agent_countries[0].empty())
          return false;
        const LexiconEntry* w = actors_.lexicon().Find(e.winner);
        return w && actors_.lexicon().CountryOf(*w, memory->published) == e.agent_countries[0];
      };
      std::size_t last_told = first_new;
      while (last_told > 0 && compatriot_of_winner((*out)[last_told - 1])) --last_told;
      if (last_told == 0) last_told = first_new;
      std::size_t from = last_told;
      while (from > 0 && (*out)[from - 1].sentence == (*out)[last_told - 1].sentence) --from;
      bool echoes = false;
      for (std::size_t k = from; k < out->size() && !echoes; ++k) echoes = (*out)[k].action == rule.action;
      // ("Putin congratulated Yanukovich. [Other acts.] Lukashenko and
      // Nazarbayev also sent messages to Yanukovich": so does one that names,
      // after it, whom an earlier act of the article was done to.)
      const std::size_t tb0 = trig_tokens[ti].first;
      for (std::size_t k = 0; k < first_new && !echoes; ++k) {
        const CandidateEvent& e = (*out)[k];
        if (e.action != rule.action || e.factuality != Factuality::kAsserted) continue;
        for (const ActorMention& am : mentions)
          if (am.tok_begin > tb0 && Contains(e.recipients, am.actor)) echoes = true;
      }
      if (!echoes) continue;
    }
    // Plain variables, not a structured binding: lambdas below capture them
    // (clang before 16 cannot capture structured bindings).
    const std::size_t tb = trig_tokens[ti].first, te = trig_tokens[ti].second;
    std::vector<std::pair<std::size_t, std::size_t>>& others = buffers.others;
    others.clear();
    for (std::size_t o = 0; o < trig_tokens.size(); ++o)
      if (o != ti && trig_tokens[o].first >= te) others.push_back(trig_tokens[o]);

    // "the visit", "Putin's visit": a verb form used as a noun takes its agent
    // from a possessor, never from the sentence subject ("The White House
    // criticized the visit" is no visit by the White House).
    // A past tense is no noun: "Tinubu first received Kagame" ("first" is an
    // adverb there, a determiner in "his first visit").
    const bool noun_use = !rule.noun && tb > 0 && s.Is(tb - 1, Cue::kNounDeterminers) && !s.PastTense(tb);
    const bool noun = rule.noun || noun_use;
    // Passive voice: "Y was congratulated by X".
    bool passive = false;
    if (!noun && tb > 0) {
      std::string_view head = c.text.substr(t.begin, t.end - t.begin);
      // The participle ends the trigger, or opens a longer one after an
      // auxiliary ("was granted an audience by"; "greeted Abiy at Asmara
      // airport" inside "Abiy was greeted by Isaias at Asmara airport"), but
      // not without one ("extended his congratulations to X by telegram").
      std::string_view first_word = head.substr(0, std::min(head.find(' '), head.size()));
      auto ends_ed = [](std::string_view w) { return w.size() > 2 && w.substr(w.size() - 2) == "ed"; };
      // (Not a participle closing a relative clause inside the trigger: "was
      // absent from the list of countries that congratulated".)
      const bool relative_inside = head.find(" that ") != std::string_view::npos ||
                                   head.find(" who ") != std::string_view::npos ||
                                   head.find(" which ") != std::string_view::npos;
      bool participle = (ends_ed(head) && !relative_inside) || head == "met";
      const bool opening_participle = first_word.size() < head.size() && ends_ed(first_word);
      auto auxiliary = [&](std::size_t k) { return s.Is(k, Cue::kPassiveAuxiliaries); };
      for (std::size_t back = 1; back <= 2 && back <= tb && (participle || opening_participle); ++back)
        if (auxiliary(tb - back)) passive = true;
      // A trigger that holds its own auxiliary ("was welcomed") is passive too.
      if (participle && te > tb + 1 && auxiliary(tb)) passive = true;
      // "a meeting recognized by Russia": a participle with "by" is passive
      // even without an auxiliary.
      if (participle && te < s.size() && s.lower(te) == "by") passive = true;
    }

    auto ids = [&](const Found& f) {
      std::vector<std::string> v;
      for (std::size_t m : f.mentions)
        if (!Contains(v, mentions[m].actor)) v.push_back(mentions[m].actor);
      return v;
    };

    // "congratulated Antonio Jose Seguro": a person the lexicon does not know,
    // named right after the trigger (`unknown_persons`), becomes an actor of
    // this article, of the country of the election the article has named
    // (only then: without an election, such a person is more often an athlete
    // or a laureate of the agent's own country), whose last name names them
    // from here on. Not in
    // a headline set in title case ("Macron Congratulates New Leader"), not a
    // date, a quotation or a possessor ("Seguro's party"); one word only if it
    // is no plural ("congratulated Democrats"); not a misspelling of the
    // winner the article knows ("congratulated Erdogn": the fallbacks find
    // him). Registered whoever acts ("leaders congratulated Seguro" names
    // him for the sentences after). The name right after the trigger is the
    // object, whatever actor the object search finds further on.
    std::string unknown_object;
    if (!memory->election_country.empty() && cues.unknown_person_actions.contains(rule.action) &&
        !type->symmetric && !rule.object_is_agent && rule.object != ObjectMode::kNone && !s.token(tb).cap &&
        te < s.size() && s.mention_at(te) < 0) {
      std::size_t k = te;
      while (k < s.size() && k < te + 3 && s.mention_at(k) < 0 && cues.unknown_person_titles.contains(s.lower(k))) ++k;
      std::size_t e = k;
      while (e < s.size() && e < k + 4 && s.token(e).word && s.token(e).cap && !s.token(e).digit && !s.token(e).upper &&
             s.mention_at(e) < 0 && !s.in_quote(e) && !s.InTimex(e))
        ++e;
      const bool ends = e < s.size() && !(s.token(e).word && s.token(e).cap) && s.mention_at(e) < 0;
      const bool plural = e == k + 1 && s.lower(k).size() > 3 && s.lower(k).back() == 's';
      // The winner's last name, to tell a misspelling of it (an edit or two).
      auto misspells_winner = [&](std::string_view last) {
        if (memory->winner.empty()) return false;
        std::string_view winner_name = memory->winner;
        if (const LexiconEntry* w = actors_.lexicon().Find(memory->winner)) winner_name = w->name;
        for (const NewActor& na : memory->new_actors)
          if (na.id == memory->winner) winner_name = na.name;
        const std::size_t space = winner_name.rfind(' ');
        const std::string wl =
            AsciiLowerCopy(Normalizer::Default().Fold(winner_name.substr(space == std::string_view::npos ? 0 : space + 1)));
        const std::size_t limit = std::max<std::size_t>(1, wl.size() / 4);
        return EditDistance(AsciiLowerCopy(Normalizer::Default().Fold(last)), wl, limit) <= limit;
      };
      if (e > k && ends && !s.token(e - 1).possessive && !plural && s.lower(e) != "'s" && !misspells_winner(s.lower(e - 1))) {
        const std::string_view name = c.text.substr(s.token(k).begin, s.token(e - 1).end - s.token(k).begin);
        unknown_object = actors_.AddUnknownPerson(name, memory->election_country, memory);
      }
    }

    // ---- agent side ------------------------------------------------------
    Found subj;
    std::string pronoun_agent;
    if (passive) {
      // agent after "by", possibly after a phrase of place or manner in the same
      // clause ("was welcomed with a guard of honour at the palace in Bogor on
      // Friday by Widodo", "was received at Palazzo Chigi by Draghi")
      for (std::size_t k = te; k < s.size() && k < te + 16; ++k) {
        std::string_view w = s.lower(k);
        if (s.Is(k, Cue::kPassiveAgentStops)) break;
        // "received by Francis's predecessor": the possessor is not the agent.
        // ("congratulated by Russia, China and Cuba, as well as by Iran": each.)
        // ("by the leaders of Nepal and Bhutan": the states after a plural title.)
        // ("was welcomed at Asmara airport by a smiling Isaias": an article and
        // one lower-case word before a person's name are no distance.)
        std::size_t after_by = k + 1;
        if (w == "by" && k + 3 < s.size() && (s.lower(k + 1) == "a" || s.lower(k + 1) == "an") && s.token(k + 2).word &&
            !s.token(k + 2).cap && s.mention_at(k + 2) < 0 && s.mention_at(k + 3) >= 0 &&
            mentions[s.mention_at(k + 3)].tok_begin == k + 3 && NamesPerson(mentions[s.mention_at(k + 3)]))
          after_by = k + 3;
        // "was received by Communist Party General Secretary Nguyen Phu Trong":
        // capitalised words of a title the lexicon does not know, then the person.
        // ("by Saudi Crown Prince and Prime Minister Mohammed bin Salman": a
        // state's adjective and two titles joined by "and" too.)
        auto title_word = [&](std::size_t j) {
          if (!s.token(j).word) return false;
          if (const int m = s.mention_at(j); m >= 0) return j == k + 1 && mentions[m].via == MentionVia::kAdjective;
          return s.token(j).cap || (s.lower(j) == "and" && j > k + 1 && j + 1 < s.size() && s.token(j + 1).cap);
        };
        if (w == "by" && after_by == k + 1 && k + 1 < s.size() && title_word(k + 1)) {
          std::size_t j = k + 1;
          while (j < s.size() && j < k + 8 && title_word(j)) ++j;
          if (j > k + 1 && j < s.size() && s.mention_at(j) >= 0 && mentions[s.mention_at(j)].tok_begin == j &&
              NamesPerson(mentions[s.mention_at(j)]))
            after_by = j;
        }
        if (const int first = w == "by" ? s.PartyAt(after_by) : -1; first >= 0 && !mentions[first].possessive) {
          subj = s.Object(after_by, s.size(), tb, te, others, /*skip_locations=*/false);
          if (subj.kind != Found::kActors) {
            subj = Found{};
            subj.kind = Found::kActors;
            subj.mentions.push_back(static_cast<std::size_t>(first));
          }
          break;
        }
        // "was received by Libya's interim premier Abdulhamid Dbeibah": the person.
        if (const int owned = w == "by" && s.mention_at(k + 1) >= 0 ? s.OwnedPerson(mentions[s.mention_at(k + 1)]) : -1;
            owned >= 0) {
          subj.kind = Found::kActors;
          subj.mentions.push_back(static_cast<std::size_t>(owned));
          break;
        }
        // "was received by Buhari's predecessor, Goodluck Jonathan": the
        // person named in apposition to a possessed description.
        // (The possessor may be a name the lexicon does not know: "by Atta
        // Mills's predecessor, John Kufuor".)
        std::size_t owner_end = 0;
        if (w == "by" && k + 1 < s.size()) {
          if (const int m = s.mention_at(k + 1); m >= 0 && mentions[m].possessive) {
            owner_end = mentions[m].tok_end;
          } else {
            std::size_t q = k + 1;
            while (q < s.size() && q < k + 5 && s.token(q).word && s.token(q).cap && s.mention_at(q) < 0) ++q;
            if (q > k + 1 && q < s.size() && s.token(q).possessive) owner_end = q;
          }
        }
        if (owner_end > 0) {
          std::size_t q = owner_end;
          if (q < s.size() && s.token(q).possessive) ++q;
          const std::size_t head = q;
          while (q < s.size() && q < head + 3 && s.token(q).word && !s.token(q).cap && s.mention_at(q) < 0) ++q;
          if (q > head && q + 1 < s.size() && s.lower(q) == ",") {
            const int p = s.mention_at(q + 1);
            if (p >= 0 && mentions[p].tok_begin == q + 1 && mentions[p].kind == ActorKind::kPerson && !mentions[p].possessive) {
              subj.kind = Found::kActors;
              subj.mentions.push_back(static_cast<std::size_t>(p));
              break;
            }
          }
        }
      }
    } else if (noun) {
      // possessor ("Xi's congratulations"), "of X" ("the congratulations of the Russian president"), or the subject
      for (std::size_t back = 1; back <= 3 && back <= tb && subj.kind == Found::kNone; ++back) {
        int m = s.mention_at(tb - back);
        if (m >= 0 && mentions[m].possessive && mentions[m].tok_end + 1 + (back - 1) >= tb) {
          subj.kind = Found::kActors;
          subj.mentions.push_back(static_cast<std::size_t>(m));
        }
      }
      // "handed over a congratulatory letter from Xi Jinping to Lula": the
      // envoy who carries a message is not the one who sends it; "messages
      // from Macron, Scholz and Sanchez": every sender.
      // ("Congratulatory messages also came from Putin", "Congratulations
      // poured in from Russia, China and Turkey": `message_arrival_words`
      // between the noun and "from".)
      std::size_t from_at = te;
      while (from_at < s.size() && from_at < te + 4 && cues.message_arrival_words.contains(s.lower(from_at))) ++from_at;
      // ("congratulatory messages from several leaders, including Xi and
      // Modi": a group with the people it stands for listed after it.)
      const bool from_here = subj.kind == Found::kNone && from_at + 1 < s.size() && s.lower(from_at) == "from";
      bool listed_group = false;
      for (std::size_t k = from_at + 1; from_here && k < s.size() && k < from_at + 4 && s.mention_at(k) < 0; ++k)
        if (s.GroupNounEndsAt(k)) {
          listed_group = !s.IncludedAfterGroup(k).empty();
          break;
        }
      if (const int sender = from_here ? s.PartyAt(from_at + 1) : -1;
          (sender >= 0 && !mentions[sender].possessive) || listed_group)
        subj = s.Object(from_at + 1, s.size(), tb, te, others, /*skip_locations=*/false);
      if (subj.kind == Found::kNone && te + 1 < s.size() && s.lower(te) == "of" && s.mention_at(te + 1) >= 0) {
        subj.kind = Found::kActors;
        subj.mentions.push_back(static_cast<std::size_t>(s.mention_at(te + 1)));
      }
      // "a visit to Beijing by Foreign Secretary David Lammy": "by" right after
      // the noun's object names the one who acts ("hosted by X" does not).
      for (std::size_t k = te; subj.kind == Found::kNone && k > 0 && k + 1 < s.size() && k < te + 8; ++k) {
        if (s.Is(k, Cue::kPassiveAgentStops)) break;
        if (s.lower(k) == "by" && s.mention_at(k - 1) >= 0 && s.mention_at(k + 1) >= 0 &&
            !mentions[s.mention_at(k + 1)].possessive) {
          subj.kind = Found::kActors;
          subj.mentions.push_back(static_cast<std::size_t>(s.mention_at(k + 1)));
        }
      }
    }
    // "meetings between X and Y": both parties follow the trigger.
    const bool between = te > 0 && s.lower(te - 1) == "between";
    if (rule.clause_subject) subj = s.ClauseSubject(tb, tb == 0 && te > 1 && s.lower(te - 1) == "," ? te : 0);
    // "Messages came in from Yunus, Dissanayake and Tobgay, all of whom
    // congratulated Karki": the list before ", all of whom" acts, even one
    // governed by a preposition (`list_quantifiers`: all, both, each).
    if (subj.kind == Found::kNone && !passive && !noun && tb >= 6 && s.lower(tb - 1) == "whom" && s.lower(tb - 2) == "of" &&
        cues.list_quantifiers.contains(s.lower(tb - 3)) && s.lower(tb - 4) == ",") {
      const std::size_t comma = tb - 4;
      const std::size_t start = s.NameListStart(comma);
      // (The people named between there and the comma, the last right before
      // it; states owning them and adjectives before them are their titles.)
      Found list;
      for (std::size_t m = 0; m < mentions.size(); ++m)
        if (mentions[m].tok_begin >= start && mentions[m].tok_end <= comma && NamesPerson(mentions[m]) &&
            !mentions[m].possessive)
          list.mentions.push_back(m);
      if (!list.mentions.empty() && mentions[list.mentions.back()].tok_end == comma) {
        list.kind = Found::kActors;
        subj = list;
      }
    }
    // "A statement from Macron congratulating Erdogan was published", "released
    // a letter from Putin congratulating him": a participle right after
    // "<message noun> from X" (`message_sender_nouns`) has X as its subject,
    // each of a list, with their titles and states' adjectives.
    // (No owner among them: "a letter from Putin's aide" is no list of senders.)
    if (subj.kind == Found::kNone && !passive && !noun && tb >= 3 && s.lower(tb).size() > 4 &&
        s.lower(tb).ends_with("ing") && s.mention_at(tb - 1) >= 0) {
      const std::size_t q = s.NameListStart(tb);
      if (q >= 2 && s.lower(q - 1) == "from" && cues.message_sender_nouns.contains(s.lower(q - 2))) {
        Found senders;
        bool owner = false;
        for (std::size_t m = 0; m < mentions.size(); ++m) {
          if (mentions[m].tok_begin < q || mentions[m].tok_end > tb) continue;
          owner = owner || mentions[m].possessive;
          if (mentions[m].via != MentionVia::kAdjective) senders.mentions.push_back(m);
        }
        if (!owner && !senders.mentions.empty()) {
          senders.kind = Found::kActors;
          subj = senders;
        }
      }
    }
    // "during his visit to Saudi Arabia": "his" is the sentence's subject.
    // ("Samia also sent her congratulations" keeps its own subject.)
    if (noun && subj.kind == Found::kNone && tb > 1 &&
        s.Is(tb - 1, Cue::kPossessivePronouns) && !s.Is(tb - 1, Cue::kNeuterPossessives) &&
        s.Is(tb - 2, Cue::kPrepositions))
      subj = s.ClauseSubject(tb);
    // "Xi told Moon that China and South Korea should ..., while his talks with
    // Abe focused on ...": "his" after a clause opener is the person who is
    // the sentence's first subject, not the states of the clause between.
    if (noun && subj.kind == Found::kNone && tb > 1 && s.Is(tb - 1, Cue::kPersonPossessives) &&
        !s.in_quote(tb - 1) &&
        (s.lower(tb - 2) == "while" || s.lower(tb - 2) == "whereas" || s.lower(tb - 2) == "but")) {
      const auto g = cues.possessive_pronouns.find(s.lower(tb - 1));
      for (std::size_t m = 0; m < mentions.size() && mentions[m].tok_end <= tb - 2; ++m) {
        const ActorMention& am = mentions[m];
        if (am.possessive || s.in_quote(am.tok_begin) || (am.tok_begin > 0 && s.Is(am.tok_begin - 1, Cue::kPrepositions)))
          continue;
        const std::string gender = actors_.GenderOf(am.actor);
        if (NamesPerson(am) && g != cues.possessive_pronouns.end() && (gender.empty() || gender == g->second)) {
          subj.kind = Found::kActors;
          subj.mentions = {m};
        }
        break;
      }
    }
    std::string coord_agent;  // "He and Macron met": who "he" is
    if (subj.kind == Found::kNone && !passive && !between && !noun_use) {
      s.pronoun_.clear();
      s.coord_pronoun_.clear();
      subj = s.Subject(tb, /*want_coordination=*/true, true);
      if (subj.kind == Found::kActors && !s.coord_pronoun_.empty()) {
        // The person who is the subject earlier in this sentence ("Biden
        // conceded ..., as he and Macron sat down"), else the previous
        // sentence's subject, when the gender fits.
        const std::string pronoun = s.coord_pronoun_;
        const std::size_t at = s.coord_pronoun_at_;
        auto g = cues.subject_pronouns.find(pronoun);
        s.pronoun_.clear();
        Found earlier = s.Subject(at, false, true);
        if (earlier.kind == Found::kActors) {
          const ActorMention& em = mentions[earlier.mentions[0]];
          std::string gender = actors_.GenderOf(em.actor);
          if (em.kind == ActorKind::kPerson && (gender.empty() || gender == g->second)) coord_agent = em.actor;
        } else if (earlier.kind == Found::kNone && s.pronoun_.empty()) {
          // Nobody named before it in the sentence (not even a name the lexicon
          // does not know: two capitalised words in a row).
          bool unknown_person = false;
          for (std::size_t k = 1; k + 1 < at && !unknown_person; ++k)
            unknown_person = s.token(k).word && s.token(k).cap && !s.token(k).upper && s.mention_at(k) < 0 &&
                             s.token(k + 1).word && s.token(k + 1).cap && !s.token(k + 1).upper &&
                             s.mention_at(k + 1) < 0;
          if (!unknown_person) coord_agent = pronoun_actor(pronoun);
        }
        s.pronoun_.clear();
      }
      if (subj.kind == Found::kNone && !s.pronoun_.empty()) {
        // "Lopez Obrador said he would wait ...": he is the person who speaks
        // earlier in the same sentence; else the previous sentence's subject.
        std::string pronoun = s.pronoun_;
        Found earlier = s.Subject(s.pronoun_at_, false, true);
        auto g = cues.subject_pronouns.find(pronoun);
        // ("where he and Prime Minister Yair Lapid signed a pledge, and on
        // Friday he met Abbas": the person of an earlier "he and X" is who the
        // same pronoun means again, not X.)
        // (With no one before that "he" in the sentence, both are the previous
        // sentence's subject.)
        bool as_before = false;
        if (earlier.kind == Found::kActors) {
          const ActorMention& em = mentions[earlier.mentions[0]];
          if (em.tok_begin >= 2 && s.lower(em.tok_begin - 1) == "and" && s.lower(em.tok_begin - 2) == pronoun) {
            const std::string kept_pronoun = s.pronoun_;
            const std::size_t kept_at = s.pronoun_at_;
            earlier = s.Subject(em.tok_begin - 2, false, true);
            as_before = earlier.kind != Found::kActors;
            s.pronoun_ = kept_pronoun;
            s.pronoun_at_ = kept_at;
          }
        }
        if (as_before) {
          pronoun_agent = pronoun_actor(pronoun);
        } else if (earlier.kind == Found::kActors && mentions[earlier.mentions[0]].kind == ActorKind::kPerson &&
            (actors_.GenderOf(mentions[earlier.mentions[0]].actor).empty() ||
             actors_.GenderOf(mentions[earlier.mentions[0]].actor) == g->second)) {
          subj = earlier;
        } else {
          // "Merkel's spokesman said she had congratulated Macron": the owner of
          // the speaker, when the gender fits.
          int owner = -1;
          for (std::size_t m = 0; m < mentions.size(); ++m) {
            const auto& am = mentions[m];
            if (am.tok_end > s.pronoun_at_ || am.kind != ActorKind::kPerson || !am.possessive) continue;
            std::string gender = actors_.GenderOf(am.actor);
            if (!gender.empty() && g != cues.subject_pronouns.end() && gender == g->second) owner = static_cast<int>(m);
          }
          // "Marine Le Pen conceded and said she had called Macron": a name the
          // lexicon does not know (two capitalised words in a row, inside the
          // sentence, outside any mention or date) is who the pronoun means,
          // not the subject of an earlier sentence.
          auto plain_cap = [&](std::size_t q) {
            if (!s.token(q).word || !s.token(q).cap || s.token(q).upper || s.mention_at(q) >= 0) return false;
            return !s.InTimex(q);
          };
          bool unknown_person = false;
          for (std::size_t k = 1; k + 1 < s.pronoun_at_ && !unknown_person; ++k)
            unknown_person = plain_cap(k) && plain_cap(k + 1);
          // "Ruling coalition candidate Amadou Ba had conceded, saying he had
          // called Faye": a person the lexicon knows, named before the pronoun
          // where no subject was found (a title noun before the name reads
          // like a verb's object), is who it means, not an earlier sentence's
          // subject.
          int named_before = -1;
          for (std::size_t m = 0; m < mentions.size() && named_before < 0; ++m) {
            const auto& am = mentions[m];
            if (am.tok_end > s.pronoun_at_) break;
            if (!NamesPerson(am) || am.possessive || s.in_quote(am.tok_begin) ||
                (am.tok_begin > 0 && s.Is(am.tok_begin - 1, Cue::kPrepositions)))
              continue;
            const std::string gender = actors_.GenderOf(am.actor);
            if (gender.empty() || (g != cues.subject_pronouns.end() && gender == g->second)) named_before = static_cast<int>(m);
          }
          // ("Merkel's spokesman, Steffen Seibert, said she had congratulated
          // Macron": also past a speaker the lexicon knows whose gender does
          // not fit, named after the owner.)
          if (owner >= 0 && (earlier.kind != Found::kActors ||
                             mentions[earlier.mentions[0]].kind != ActorKind::kPerson ||
                             mentions[owner].tok_end <= mentions[earlier.mentions[0]].tok_begin)) {
            subj.kind = Found::kActors;
            subj.mentions = {static_cast<std::size_t>(owner)};
          } else if (owner < 0 && earlier.kind == Found::kNone && named_before >= 0) {
            subj.kind = Found::kActors;
            subj.mentions = {static_cast<std::size_t>(named_before)};
          } else if (!unknown_person) {
            pronoun_agent = pronoun_actor(pronoun);
          }
        }
      }
    }
    // Fronted phrase: "In a phone call with X, Y said ..." -> Y takes part.
    if (subj.kind == Found::kNone && pronoun_agent.empty() && tb > 0 && s.Is(0, Cue::kFrontingPrepositions) == false) {
      // not fronted
    }
    if (subj.kind == Found::kNone && pronoun_agent.empty()) {
      std::string first = s.size() ? std::string(s.token(0).text(c.text)) : "";
      if (Contains(cues.fronting_prepositions, first)) {
        std::size_t comma = te;
        while (comma < s.size() && s.lower(comma) != ",") ++comma;
        // (Not when the phrase ended before the trigger and someone named
        // between the trigger and that comma opens its list of objects: in
        // "On Thursday, the host received Macron, Scholz and Meloni", Scholz
        // is one of those received, not who received them.)
        bool ended = false;
        for (std::size_t k = 1; k < tb && !ended; ++k) ended = s.lower(k) == ",";
        // (A passive's agent there is no object: "In Bamako, the Nigerien head
        // of state was welcomed ... by the President of the Transition, Colonel
        // Assimi Goita," names the host after the comma.)
        bool objects_listed = false;
        for (std::size_t k = te; ended && !passive && k < comma && !objects_listed; ++k)
          objects_listed = s.mention_at(k) >= 0;
        if (objects_listed) comma = s.size();
        for (std::size_t k = comma + 1; k < s.size() && k < comma + 4; ++k) {
          int m = s.mention_at(k);
          if (m >= 0) {
            subj.kind = Found::kActors;
            subj.mentions.push_back(static_cast<std::size_t>(m));
            break;
          }
        }
      }
    }
    // "Monday's meeting lasted almost two hours": a symmetric act owned by a
    // date, with no one named in its clause, is that of the two people the
    // article is about (as "the two leaders" would be).
    if (subj.kind == Found::kNone && pronoun_agent.empty() && noun && type->symmetric &&
        DateOwnsTrigger(s, *c.timexes, tb) && NobodyInClause(s, te)) {
      subj.kind = Found::kPair;
      s.pair_at_ = tb;
      s.pair_states_ = false;
      s.pair_count_ = 0;
    }
    // "I congratulated him": a first-person subject inside a quotation.
    const bool speaker_subject = subj.kind == Found::kSpeaker;
    if (subj.kind == Found::kSpeaker || (subj.kind == Found::kNone && pronoun_agent.empty() && s.in_quote(tb))) {
      speaker_info();
      if (speaker >= 0) {
        subj.kind = Found::kActors;
        subj.mentions = {static_cast<std::size_t>(speaker)};
      }
    }
    if (subj.kind == Found::kBlocked) continue;  // "world leaders congratulated ...": nobody named
    // "the two leaders met": the last two people named before the phrase.
    std::vector<std::string> pair;
    if (subj.kind == Found::kPair && s.pair_count_ > 0) {
      // "The three leaders met", "The four held talks with Jammeh": the last
      // N people named, serving N states.
      const std::size_t n = s.pair_count_;
      std::vector<std::string> seen = people_named_before(s.pair_at_);
      if (seen.size() >= n) {
        std::set<std::string> states;
        for (std::size_t k = seen.size() - n; k < seen.size(); ++k)
          if (const LexiconEntry* le = actors_.lexicon().Find(seen[k])) {
            std::string st = actors_.lexicon().CountryOf(*le, memory->published);
            if (!st.empty()) states.insert(st);
          }
        if (states.size() == n) pair.assign(seen.end() - static_cast<std::ptrdiff_t>(n), seen.end());
        // ("The four leaders met ..., with Biden, Modi and Suga": a group
        // whose members are named after the phrase is told there, not by the
        // last people named before it.)
        for (const auto& m : mentions)
          if (m.tok_begin > s.pair_at_ && NamesPerson(m) && Contains(pair, m.actor)) pair.clear();
      }
      subj.kind = Found::kNone;
    } else if (subj.kind == Found::kPair) {
      std::vector<std::string> seen = people_named_before(s.pair_at_);
      if (seen.size() >= 2) pair = {seen[seen.size() - 2], seen.back()};
      // "Lula held talks with Fernandez in Buenos Aires, where the two signed
      // agreements": exactly two people named earlier in this very sentence are
      // the pair, whoever the article is mostly about. Otherwise (none, one, or
      // three and more: "Biden met Xi; Blinken said the two leaders ...") the
      // pair the article has talked about most, if any.
      std::vector<std::string> here;
      for (const auto& m : mentions)
        if (NamesPerson(m) && m.tok_end <= s.pair_at_ && !SpeakerLabel(s, m) && !Contains(here, m.actor))
          here.push_back(m.actor);
      int best = 0;
      // Of pairs talked about equally often, the two people named last
      // ("Xi took his seat next to Putin. The two men held talks ...").
      auto named_last = [&](const std::string& a, const std::string& b) {
        return seen.size() >= 2 && ((a == seen[seen.size() - 2] && b == seen.back()) ||
                                    (b == seen[seen.size() - 2] && a == seen.back()));
      };
      bool best_last = false;
      // The pair the article joined last, when it is also the two people named
      // last, is the pair, however often others were talked about ("Xi sent
      // Trump a message on Thursday. The last time the two men met was in
      // Osaka", after several reports of Zelenskiy and Trump).
      const bool last_pair_named_last =
          !memory->pairs.empty() && named_last(memory->pairs.back().first.first, memory->pairs.back().first.second);
      if (here.size() == 2)
        pair = here;
      else if (last_pair_named_last)
        pair = {memory->pairs.back().first.first, memory->pairs.back().first.second};
      else
        for (const auto& [p, n] : memory->pairs) {
          bool last = named_last(p.first, p.second);
          if (n > best || (n == best && (last || !best_last))) {
            best = n;
            best_last = last;
            pair = {p.first, p.second};
          }
        }
      // "Modi met Sharif; Swaraj said ... The two prime ministers had last met":
      // a phrase naming an office is the last two people named who held it.
      if (pair.size() == 2 && !cues.pair_phrase_roles.empty() && memory->published) {
        const std::vector<std::string>* role = nullptr;
        std::string phrase;
        for (std::size_t k = s.pair_at_; k < s.size() && k < s.pair_at_ + 5 && !role; ++k) {
          if (k > s.pair_at_) phrase += ' ';
          phrase += s.lower(k);
          if (auto it = cues.pair_phrase_roles.find(phrase); it != cues.pair_phrase_roles.end()) role = &it->second;
        }
        const CivilDate day = *memory->published;
        auto holds = [&](const std::string& id) {
          const LexiconEntry* le = actors_.lexicon().Find(id);
          if (!le) return false;
          for (const LexiconRole& r : le->roles)
            if (Contains(*role, r.role) && r.ActiveOn(day)) return true;
          return false;
        };
        if (role && !(holds(pair[0]) && holds(pair[1]))) {
          std::vector<std::string> fit;
          for (auto it = seen.rbegin(); it != seen.rend() && fit.size() < 2; ++it)
            if (!Contains(fit, *it) && holds(*it)) fit.push_back(*it);
          if (fit.size() == 2) pair = {fit[1], fit[0]};
        }
      }
      if (s.pair_states_ && pair.size() == 2) {
        // "the two countries signed seven agreements": the states the pair's people lead or serve.
        std::vector<std::string> states;
        for (const std::string& id : pair)
          if (const LexiconEntry* le = actors_.lexicon().Find(id)) states.push_back(actors_.lexicon().CountryOf(*le, memory->published));
        pair.clear();
        if (states.size() == 2 && !states[0].empty() && !states[1].empty() && states[0] != states[1]) pair = states;
      }
      subj.kind = Found::kNone;
    }

    // ---- recipient side ---------------------------------------------------
    Found obj;
    // "he was received by Mattarella": who "he" is when no one in this
    // sentence is (the previous sentence's subject, gender permitting).
    std::string passive_pronoun;
    if (passive) {
      // "Haitham visited Cairo earlier this month, where he was received by
      // Sisi", "Trump flew on to Doha, where he was greeted by the emir": a
      // pronoun inside the sentence, with no person close before it, is the
      // person who opens the sentence (the first actor named in it, outside
      // quotes), gender permitting; the previous sentence's subject only if
      // there is none.
      auto opener_for = [&](std::size_t pronoun_at) -> int {
        auto g = cues.subject_pronouns.find(s.lower(pronoun_at));
        if (g == cues.subject_pronouns.end() || g->second.empty()) return -1;
        const ActorMention* opener = nullptr;
        for (const auto& am : mentions)
          if (am.tok_end <= pronoun_at && (!opener || am.tok_begin < opener->tok_begin)) opener = &am;
        if (!opener || opener->kind != ActorKind::kPerson || s.in_quote(opener->tok_begin)) return -1;
        std::string gender = actors_.GenderOf(opener->actor);
        if (!gender.empty() && gender != g->second) return -1;
        return static_cast<int>(opener - mentions.data());
      };
      // the subject left of "was congratulated", within a few words
      s.pronoun_.clear();
      Found left = s.Subject(tb, true, true);
      std::string pronoun_left;  // a pronoun just left of the passive, outside quotes
      std::size_t pronoun_left_at = 0;
      // ("he met Wang Yi and was received by President Xi": the pronoun is the
      // subject of a passive verb phrase coordinated with its own.)
      const bool coordinated_passive = tb >= 2 && s.lower(tb - 2) == "and" && s.Is(tb - 1, Cue::kPassiveAuxiliaries);
      if (left.kind == Found::kNone && !s.pronoun_.empty() && (s.pronoun_at_ + 3 >= tb || coordinated_passive) &&
          !s.in_quote(s.pronoun_at_)) {
        pronoun_left = s.pronoun_;
        pronoun_left_at = s.pronoun_at_;
      }
      // Within a few words, or before a relative clause that ends right before
      // the auxiliary ("Xi, who arrived on Monday, was received by Ramaphosa").
      auto close = [&](std::size_t end) {
        if (end + 3 >= tb) return true;
        // ("Lee and first lady Kim Yoon-ok were received": past a spouse.)
        // (The phrase's last word: the one nearest the verb.)
        for (std::size_t q = std::min(tb, end + 8); q-- > end + 1;)
          if (s.SpouseAndAt(q, 0) == end) return q + 3 >= tb;
        // "Kirchner visited Brasilia as president-elect and was received by
        // Lula": a passive verb phrase coordinated with the subject's own.
        if (tb >= 2 && s.lower(tb - 2) == "and" && s.Is(tb - 1, Cue::kPassiveAuxiliaries)) return true;
        // (Or an appositive opened by an article: "The chancellor, the first G7
        // leader to visit China since the pandemic, was received by Xi".)
        const bool appositive = end + 1 < tb && (s.lower(end + 1) == "the" || s.lower(end + 1) == "a" ||
                                                 s.lower(end + 1) == "an");
        if (s.lower(end) != "," || (s.lower(end + 1) != "who" && s.lower(end + 1) != "which" && !appositive))
          return false;
        for (std::size_t back = 1; back <= 3 && back < tb; ++back)
          if (s.lower(tb - back) == ",") return true;
        return false;
      };
      // ("Von der Leyen, Meloni and Rutte were received by Saied": a list is
      // close by its last name.)
      if (left.kind == Found::kActors) {
        std::size_t end = 0;
        for (std::size_t m : left.mentions) end = std::max(end, mentions[m].tok_end);
        if (close(end)) obj = left;
      }
      // "where he was received by the emir": the pronoun right before the
      // auxiliary is the one received: the person who is the subject earlier in
      // the sentence, else the previous sentence's subject (gender permitting).
      if (obj.kind == Found::kNone && tb >= 2 && subj.kind == Found::kActors &&
          s.Is(tb - 1, Cue::kPassiveAuxiliaries)) {
        auto g = cues.subject_pronouns.find(s.lower(tb - 2));
        if (g != cues.subject_pronouns.end() && !g->second.empty()) {
          s.pronoun_.clear();
          Found earlier = s.Subject(tb - 2, false, true);
          s.pronoun_.clear();
          if (earlier.kind == Found::kActors && mentions[earlier.mentions[0]].kind == ActorKind::kPerson) {
            std::string gender = actors_.GenderOf(mentions[earlier.mentions[0]].actor);
            if (gender.empty() || gender == g->second) {
              obj.kind = Found::kActors;
              obj.mentions = {earlier.mentions[0]};
            }
          } else if (int o = opener_for(tb - 2); o >= 0) {
            obj.kind = Found::kActors;  // no person close before the pronoun, or only a place
            obj.mentions = {static_cast<std::size_t>(o)};
          } else if (earlier.kind == Found::kNone) {
            pronoun_left = std::string(s.lower(tb - 2));  // inside quotes too: the auxiliary is right after it
            pronoun_left_at = tb - 2;
          }
        }
      }
      if (obj.kind == Found::kNone && !pronoun_left.empty()) {
        if (int o = pronoun_left_at > 0 ? opener_for(pronoun_left_at) : -1; o >= 0) {
          obj.kind = Found::kActors;
          obj.mentions = {static_cast<std::size_t>(o)};
        } else {
          passive_pronoun = pronoun_actor(pronoun_left);
        }
      }
    } else {
      std::size_t from = rule.object == ObjectMode::kInside ? tb : te;
      const std::size_t limit = object_limits_[static_cast<std::size_t>(rule.object)];
      if (rule.object != ObjectMode::kNone)
        obj = s.Object(from, limit, tb, te, others, rule.action != "visit" || rule.object_is_agent,
                       !type->symmetric, rule.object != ObjectMode::kAdjacent,
                       speaker_subject && subj.kind == Found::kActors);
      if (rule.object_is_agent && obj.kind == Found::kActors) {
        // The visitor is the verb's own object: not a possessor ("welcomed
        // Biden's statement to the UN") nor the place after "to"/"at"
        // ("welcomed the Finnish application to NATO").
        std::vector<std::size_t> keep;
        for (std::size_t m : obj.mentions) {
          const ActorMention& am = mentions[m];
          // (A state listed after a plural title: the word before the title.)
          const std::size_t begin = Sentence::PhraseBegin(am);
          std::size_t prev = begin > 0 ? begin - 1 : 0;
          if (prev > 0 && s.lower(prev) == "the") --prev;
          // A preposition that closes the trigger governs the one who acts
          // ("received a congratulatory message from Xi").
          // ("received cables of congratulations from Sabah and from Mohamed bin
          // Zayed": the trigger's closing preposition repeated after "and" governs
          // the next one who acts too.)
          const bool repeated_closing = te > tb + 1 && prev > te && s.lower(prev) == s.lower(te - 1) &&
                                        (s.lower(prev - 1) == "and" || s.lower(prev - 1) == ",");
          if (am.possessive ||
              (prev > tb && prev + 1 != te && !repeated_closing && !obj.included && s.Is(prev, Cue::kPrepositions)))
            continue;
          keep.push_back(m);
        }
        obj.mentions = keep;
        if (keep.empty()) obj.kind = Found::kNone;
      }
      // "Anwar and Trump signed the Agreement on Reciprocal Trade between
      // Malaysia and the United States": with two parties in the subject, a
      // "between" after the trigger names what the thing is about, no party.
      if (type->symmetric && obj.kind == Found::kActors && subj.kind == Found::kActors && subj.mentions.size() >= 2) {
        const ActorMention& first = mentions[obj.mentions[0]];
        if ((first.tok_begin > te && s.lower(first.tok_begin - 1) == "between") ||
            (first.tok_begin > te + 1 && s.lower(first.tok_begin - 2) == "between" && s.lower(first.tok_begin - 1) == "the"))
          obj = Found{};
      }
      // "Modi, who is hosting the G20, ...": a summit forum (lexicon kind
      // "forum") is hosted or attended, never met or called.
      if (type->symmetric && obj.kind == Found::kActors) {
        std::erase_if(obj.mentions, [&](std::size_t m) {
          const LexiconEntry* e = mentions[m].kind == ActorKind::kOrganization ? actors_.lexicon().Find(mentions[m].actor) : nullptr;
          return e && e->org_kind == "forum";
        });
        if (obj.mentions.empty()) obj.kind = Found::kNone;
      }
      if (rule.person_object) {
        // "saw Harris at the White House": a person right after the trigger
        // (a title may open the mention), not a possessor, not "saw X as ...".
        // ("welcomed him with talks": a personal pronoun is a person too.)
        bool person = obj.kind == Found::kActors || obj.kind == Found::kObjectPronoun;
        if (obj.kind == Found::kActors) {
          const ActorMention& am = mentions[obj.mentions[0]];
          person = NamesPerson(am) && !am.possessive && am.tok_begin <= te + 1 &&
                   !(am.tok_end < s.size() && s.lower(am.tok_end) == "as");
        }
        if (!person) continue;
        // "receiving Zelenskiy, Macron and Erdogan": the people listed with it.
        if (obj.kind == Found::kActors) {
          std::vector<std::size_t> people;
          for (std::size_t m : obj.mentions)
            if (NamesPerson(mentions[m]) && !mentions[m].possessive) people.push_back(m);
          obj.mentions = people;
        }
      }
      // "sanctions on Russian officials": with an adjective object the group is the state's.
      if (obj.kind == Found::kBlocked && rule.adjective_object) obj.kind = Found::kNone;
      if (obj.kind == Found::kNone && rule.adjective_object) {
        // "imposed sanctions on five Russian banks", "expelled ten Russian diplomats"
        for (std::size_t k = from; k < s.size() && k < te + limit + 2; ++k) {
          if (s.adjective_at(k) >= 0) {
            obj.kind = Found::kActors;
            obj.mentions.push_back(static_cast<std::size_t>(s.adjective_at(k)));
            break;
          }
          // "expelled U.S. diplomats": a country's name used as the adjective.
          if (int cm = s.mention_at(k); cm >= 0 && mentions[cm].kind == ActorKind::kCountry &&
                                        mentions[cm].tok_begin == k &&
                                        (s.GroupAfter(mentions[cm].tok_end) ||  // "U.S. diplomats": the final period
                                         (s.lower(mentions[cm].tok_end) == "." && s.GroupAfter(mentions[cm].tok_end + 1)))) {
            obj.kind = Found::kActors;
            obj.mentions.push_back(static_cast<std::size_t>(cm));
            break;
          }
          if (s.Is(k, Cue::kObjectStops)) break;
        }
      }
      if (obj.kind == Found::kActors && subj.kind == Found::kActors) {
        // Don't take the agent itself as the object (fronted phrase case).
        std::vector<std::size_t> keep;
        for (std::size_t m : obj.mentions)
          if (std::find(subj.mentions.begin(), subj.mentions.end(), m) == subj.mentions.end()) keep.push_back(m);
        obj.mentions = keep;
        if (keep.empty()) obj.kind = Found::kNone;
      }
    }
    // "ECOWAS refuses to recognise junta", "would not recognise the military
    // authorities that seized power in Niamey": a regime noun (`regime_nouns`)
    // as the object stands for its state, named before it ("the Malian
    // junta", "Niger's military rulers"), right after it ("the junta in
    // Niger", "... in Niamey" within eight words), else the last state named
    // earlier in the sentence. With none, no recipient is carried from
    // elsewhere (the winner or the ousted leader is not the junta).
    // (Also over an object found further on: "did not recognise the junta and
    // demanded that Conde be released".)
    if ((obj.kind == Found::kNone || obj.kind == Found::kActors) && cues.regime_actions.contains(rule.action) &&
        !passive) {
      int state = -1;
      std::size_t noun_end = 0;
      for (std::size_t k = te, n = 0; k < s.size() && n < 5; ++n) {
        bool found = false;
        for (std::size_t ri = 0; ri < regime_noun_ids_.size(); ++ri)
          if (const auto& rn = regime_noun_ids_[ri]; k + rn.size() <= s.size() && s.PhraseEndsAt(rn, k + rn.size() - 1)) {
            noun_end = k + rn.size();
            found = true;
            break;
          }
        if (found) break;
        if (int cm = s.mention_at(k); cm >= 0 && mentions[cm].kind == ActorKind::kCountry) {
          state = cm;
          k = mentions[cm].tok_end + (mentions[cm].tok_end < s.size() && s.token(mentions[cm].tok_end).possessive ? 1 : 0);
          continue;
        }
        if (int a = s.adjective_at(k); a >= 0) {
          state = a;
          ++k;
          continue;
        }
        if (!s.token(k).word || s.token(k).cap || s.Is(k, Cue::kObjectStops)) break;
        ++k;
      }
      // An object found before the noun is the object ("recognise Niger's
      // junta" has its state already).
      if (noun_end > 0 && obj.kind == Found::kActors && mentions[obj.mentions[0]].tok_begin < noun_end) noun_end = 0;
      if (noun_end > 0) {
        for (std::size_t j = noun_end; state < 0 && j + 1 < s.size() && j < noun_end + 8; ++j) {
          // (A relative "that" goes on: "the military authorities that seized power in Niamey".)
          if ((s.Is(j, Cue::kObjectStops) && s.lower(j) != "that") || s.lower(j) == ",") break;
          if ((s.lower(j) == "in" || s.lower(j) == "of") && s.mention_at(j + 1) >= 0 &&
              mentions[s.mention_at(j + 1)].kind == ActorKind::kCountry)
            state = s.mention_at(j + 1);
        }
        // (Not a place: "At a summit in Accra, ECOWAS said it did not recognise the junta".)
        for (std::size_t j = tb; state < 0 && j-- > 0;)
          if (int cm = s.mention_at(j); cm >= 0 && mentions[cm].kind == ActorKind::kCountry &&
                                        mentions[cm].tok_end == j + 1 &&
                                        !(mentions[cm].tok_begin > 0 && s.Is(mentions[cm].tok_begin - 1, Cue::kTopicPrepositions)) &&
                                        std::find(subj.mentions.begin(), subj.mentions.end(),
                                                  static_cast<std::size_t>(cm)) == subj.mentions.end())
            state = cm;
        if (state < 0) continue;  // a regime with no state named: no recipient from elsewhere
        obj.kind = Found::kActors;
        obj.mentions = {static_cast<std::size_t>(state)};
      }
    }
    // "Muttaqi recognised Russia's contribution": recognition of a thing a
    // state owns is recognition of the state only for `recognised_things`
    // ("Kosovo's independence", "Maduro's re-election"); otherwise no act.
    if (obj.kind == Found::kActors && cues.recognised_actions.contains(rule.action)) {
      const ActorMention& om = mentions[obj.mentions[0]];
      const std::size_t owned = om.tok_end + (om.tok_end < s.size() && s.token(om.tok_end).possessive && om.possessive ? 1 : 0);
      // (Adjectives may stand between: "Ali Bongo's narrow re-election".)
      bool thing = true;
      if (om.possessive && owned < s.size() && s.token(owned).word && !s.token(owned).cap) {
        thing = false;
        for (std::size_t k = owned; !thing && k < owned + 3 && k < s.size() && s.token(k).word && !s.token(k).cap; ++k)
          thing = cues.recognised_things.contains(s.lower(k));
      }
      if (!thing) continue;
    }
    if (obj.kind == Found::kBlocked) {
      if (!type->symmetric) continue;  // a directed act on a group: no event, nothing carried
      obj.kind = Found::kNone;
    }
    if (obj.kind == Found::kAddressee || (obj.kind == Found::kNone && s.in_quote(tb) && !type->symmetric)) {
      speaker_info();
      if (addressee >= 0) {
        obj.kind = Found::kActors;
        obj.mentions = {static_cast<std::size_t>(addressee)};
      }
    }

    // The agents as the sentence names them (asked only about an object pronoun or pair).
    auto agents_named = [&] {
      std::vector<std::string> v = ids(subj);
      if (!pronoun_agent.empty()) v.push_back(pronoun_agent);
      if (!coord_agent.empty() && !Contains(v, coord_agent)) v.insert(v.begin(), coord_agent);
      return v;
    };
    // "invited him": the latest person of that gender named before, not the agent.
    std::string pronoun_object;
    // "Cartes embraced his party colleague and congratulated him": the
    // relation named earlier in the sentence is who the pronoun means, not
    // someone of an earlier sentence.
    if (obj.kind == Found::kObjectPronoun && UnnamedRelationBefore(s, obj.at)) obj.kind = Found::kNone;
    // "Merz, Macron, Starmer and Tusk arrived in Kyiv in the morning. Zelensky
    // received them at the Mariinsky Palace": a plural pronoun after a
    // meeting's verb means the two or more people who acted in the sentence
    // before (the agents of its asserted events), each met; anything else
    // ("met them" after a sentence of one actor, or of none) is no one.
    std::vector<std::string> plural_objects;
    if (obj.kind == Found::kObjectPronoun && cues.object_pronouns.find(s.lower(obj.at))->second == "plural") {
      const std::vector<std::string> agents_here = agents_named();
      if (rule.action == "meet" && memory->sentence > 0)
        for (const CandidateEvent& e : *out)
          if (e.sentence + 1 == memory->sentence && e.factuality == Factuality::kAsserted)
            for (const std::string& a : e.agents)
              if (!Contains(plural_objects, a) && !Contains(agents_here, a) && IsPersonId(actors_.lexicon(), a))
                plural_objects.push_back(a);
      if (plural_objects.size() < 2) plural_objects.clear();
      obj.kind = Found::kNone;
    }
    if (obj.kind == Found::kObjectPronoun) {
      const std::string& gender = cues.object_pronouns.find(s.lower(obj.at))->second;
      const std::vector<std::string> agents_here = agents_named();
      // "had telephoned the president-elect the same night to congratulate
      // him": a phrase of `winner_cues.object_phrases` earlier in the sentence
      // is who the pronoun means, the winner the article named.
      if (!memory->winner.empty() && !Contains(agents_here, memory->winner) &&
          (actors_.GenderOf(memory->winner).empty() || actors_.GenderOf(memory->winner) == gender) &&
          s.AnyPhraseIn(winner_object_ids_, 0, obj.at))
        pronoun_object = memory->winner;
      // "Yoon held phone talks with Kishida on Friday, a day after Biden called
      // to congratulate him": in a clause opened by one of `subject_openers`
      // ("after", "before", "since") the pronoun is the sentence's subject, the
      // person who opens it, not the last person named.
      // (Only where the sentence opens with that person and the trigger's
      // agent is the subject right after the opening word.)
      if (pronoun_object.empty() && subj.kind == Found::kActors && !subj.mentions.empty()) {
        const ActorMention& agent = mentions[subj.mentions.front()];
        const ActorMention* opener = nullptr;
        for (const auto& am : mentions)
          if (am.tok_begin == 0) opener = &am;
        // (A word that opens clauses and phrases both: "after", "before"; not "and".)
        const bool subordinate = agent.tok_begin >= 1 && s.Is(agent.tok_begin - 1, Cue::kSubjectOpeners) &&
                                 s.Is(agent.tok_begin - 1, Cue::kPrepositions) && !s.in_quote(agent.tok_begin - 1);
        if (opener && opener != &agent && subordinate && NamesPerson(*opener) && !opener->possessive &&
            opener->tok_end < agent.tok_begin && !s.in_quote(0) && !Contains(agents_here, opener->actor) &&
            (actors_.GenderOf(opener->actor).empty() || actors_.GenderOf(opener->actor) == gender))
          pronoun_object = opener->actor;
      }
      // "Cuba's Diaz-Canel congratulated Maduro, and Bolivia's Luis Arce sent a
      // message of his own. Honduras's Xiomara Castro also congratulated him":
      // in a wave of congratulations a person the article has just told
      // congratulating someone is not the next one congratulated; the pronoun
      // means the person before him (when there is one).
      // (Not the election's winner, and only for congratulations of someone
      // or echoes of one: "Ecuador's Lasso draws congratulations" congratulates
      // nobody.)
      auto congratulated_before = [&](const std::string& who) {
        if (!cues.winner.recipient_of.contains(rule.action) || who == memory->winner) return false;
        for (const CandidateEvent& e : *out)
          if (e.action == rule.action && e.factuality == Factuality::kAsserted && Contains(e.agents, who) &&
              (!e.recipients.empty() || (e.rule && cues.echo_triggers.contains(e.rule->id))))
            return true;
        return false;
      };
      // "Starmer called him on Monday to congratulate him on the result": a
      // congratulation's pronoun that no person of its own sentence stands
      // before means the election's winner the article named, not whoever
      // the sentences since happened to name last (a minister, a rival).
      // (So does the call of "called him to congratulate him": a trigger of
      // such an act overlaps this one.)
      bool congratulating = cues.winner.recipient_of.contains(rule.action);
      for (const TriggerMatch& o : *c.triggers)
        congratulating = congratulating || (o.rule && cues.winner.recipient_of.contains(o.rule->action) &&
                                            o.begin < t.end && t.begin < o.end);
      if (pronoun_object.empty() && !memory->winner.empty() && congratulating &&
          !Contains(agents_here, memory->winner) &&
          (actors_.GenderOf(memory->winner).empty() || actors_.GenderOf(memory->winner) == gender)) {
        // (Not a winner who congratulated someone himself: "Vucic, who won
        // his own election the same day, called Orban to congratulate him.
        // Jansa also congratulated him" is Orban.)
        bool person_before = false;
        for (const auto& m : mentions)
          person_before = person_before || (NamesPerson(m) && m.tok_end <= obj.at && !Contains(agents_here, m.actor));
        for (const CandidateEvent& e : *out)
          person_before = person_before || (e.action == rule.action && Contains(e.agents, memory->winner));
        if (!person_before) pronoun_object = memory->winner;
      }
      // "Fernandez telephoned Boric on Sunday night, shortly after his
      // opponent Kast conceded, to congratulate him": the pronoun of a
      // purpose ("to congratulate him") after an adverbial clause set off by
      // commas is the one the agent called in this sentence, not the person
      // of the clause between.
      const std::size_t to = s.lower(tb) == "to" ? tb : tb >= 1 && s.lower(tb - 1) == "to" ? tb - 1 : 0;
      if (pronoun_object.empty() && to >= 3 && s.lower(to - 1) == "," && s.InAdverbialAside(to - 2, to)) {
        const std::vector<std::string> agents_now = ids(subj);
        for (auto e = out->rbegin(); e != out->rend() && e->sentence == memory->sentence; ++e) {
          if (e->action != "phone_call" || e->participants.size() != 2 || agents_now.empty() ||
              !Contains(e->participants, agents_now.front()))
            continue;
          const std::string& other = e->participants[0] == agents_now.front() ? e->participants[1] : e->participants[0];
          if (actors_.GenderOf(other).empty() || actors_.GenderOf(other) == gender) pronoun_object = other;
          break;
        }
      }
      std::vector<std::string> seen = people_named_before(obj.at);
      // (A pronoun that means a person the lexicon does not know: no event.)
      if (pronoun_object.empty() && UnknownSubjectBefore(s, obj.at, mentions, agents_here)) continue;
      std::string acted_before;  // the latest such person, if nobody else fits
      // ("Government spokesman Steffen Seibert said Berlin did not recognize
      // him": a spokesperson on the day speaks of others; the pronoun is not
      // the spokesperson.)
      auto spokesperson = [&](const std::string& id) {
        const LexiconEntry* e = memory->published ? actors_.lexicon().Find(id) : nullptr;
        if (!e) return false;
        for (const LexiconRole& r : e->roles) {
          const RoleDefinition* def = r.ActiveOn(*memory->published) ? actors_.lexicon().FindRole(r.role) : nullptr;
          if (def && def->kind == "spokesperson") return true;
        }
        return false;
      };
      for (auto it = seen.rbegin(); it != seen.rend() && pronoun_object.empty(); ++it) {
        if (Contains(agents_here, *it) || spokesperson(*it)) continue;
        std::string g = actors_.GenderOf(*it);
        if (!g.empty() && g != gender) continue;
        if (congratulated_before(*it)) {
          if (acted_before.empty()) acted_before = *it;
          continue;
        }
        pronoun_object = *it;
        break;
      }
      if (pronoun_object.empty()) pronoun_object = acted_before;
      obj.kind = Found::kNone;
    }
    // "held talks with both leaders": the two people named last, not the agent.
    std::vector<std::string> pair_objects;
    if (obj.kind == Found::kPair) {
      const std::vector<std::string> agents_here = agents_named();
      std::vector<std::string> seen = people_named_before(obj.at);
      for (auto it = seen.rbegin(); it != seen.rend() && pair_objects.size() < 2; ++it)
        if (!Contains(agents_here, *it)) pair_objects.push_back(*it);
      if (pair_objects.size() < 2) pair_objects.clear();
      obj.kind = Found::kNone;
    }
    std::vector<std::string> agent_ids = ids(subj);
    if (!pair.empty()) agent_ids = pair;
    if (agent_ids.empty() && !pronoun_agent.empty()) agent_ids.push_back(pronoun_agent);
    if (!coord_agent.empty() && pair.empty() && !Contains(agent_ids, coord_agent))
      agent_ids.insert(agent_ids.begin(), coord_agent);
    // "Ortega sent a message of congratulations on Monday, as did Honduras's
    // Manuel Zelaya": whoever follows one of `echo_phrases` did the same.
    if (!agent_ids.empty())
      for (const std::string& id : EchoAgents(s, te, cues))
        if (!Contains(agent_ids, id)) agent_ids.push_back(id);
    std::vector<std::string> object_ids = ids(obj);
    // "expelled Malaysia's ambassador, Mohamad Nizan Mohamad": an envoy the
    // lexicon does not know, expelled or sanctioned, stands for the state.
    if (rule.adjective_object && !passive)
      for (std::string& id : object_ids)
        for (const NewActor& na : memory->new_actors)
          if (na.id == id && na.role == "ambassador" && !na.country.empty()) id = na.country;
    // (Over any actor the search found further on: "congratulated Ventura ...
    // and made no mention of Seguro" congratulates Ventura.)
    if (!unknown_object.empty() && !passive) object_ids = {unknown_object};
    if (object_ids.empty() && !pronoun_object.empty()) object_ids.push_back(pronoun_object);
    if (object_ids.empty() && !passive_pronoun.empty() && !Contains(agent_ids, passive_pronoun))
      object_ids.push_back(passive_pronoun);
    if (object_ids.empty()) object_ids = pair_objects;
    if (object_ids.empty()) object_ids = plural_objects;
    // "Lula also phoned the president-elect", "called on the president-elect
    // at his residence" (`winner_cues.object_phrases`: the election winner the
    // article had named), "Jaishankar called on the visiting leader at his
    // hotel" (`visitor_phrases`: the person the article last said visited): a
    // description in or right after the trigger is that person.
    auto described = [&](const PhraseIds& phrases, const std::string& who) {
      if (!object_ids.empty() || who.empty() || Contains(agent_ids, who)) return;
      const std::size_t to = std::min(s.size(), te + 3);
      if (s.AnyPhraseIn(phrases, tb, to)) object_ids.push_back(who);
    };
    described(winner_object_ids_, memory->winner);
    described(visitor_ids_, memory->visitor);
    // "does not recognise the referendum", "would not recognise the
    // declaration": one of `referendum_nouns` within eight words after a
    // trigger of `referendum_actions` with no recipient is the act of the
    // body that held it, in this sentence or the last one that named it.
    if (object_ids.empty() && cues.referendum_actions.contains(rule.action)) {
      const std::string& holder = !referendum_holder.empty() ? referendum_holder : memory->referendum_holder;
      bool noun = false;
      for (std::size_t k = te; k < s.size() && k < te + 8 && !noun; ++k) {
        if (s.lower(k) == ";" || s.Is(k, Cue::kClauseBreaks)) break;
        noun = cues.referendum_nouns.contains(s.lower(k));
      }
      if (noun && !holder.empty() && !Contains(agent_ids, holder)) object_ids.push_back(holder);
    }
    // "X welcomed Y to Britain", "Y was greeted by X": Y acts (visits X).
    if (rule.object_is_agent) std::swap(agent_ids, object_ids);
    // "the Biden-Xi meeting": the two people whose surnames the hyphen joins.
    if (rule.hyphen_pair) {
      agent_ids.clear();
      object_ids.clear();
      const std::string_view word = s.lower(tb);
      const std::size_t dash = word.find('-');
      if (dash == std::string_view::npos || word.find('-', dash + 1) != std::string_view::npos) continue;
      std::vector<std::string> people;
      for (const auto& am : mentions)
        if (am.kind == ActorKind::kPerson) people.push_back(am.actor);
      people.insert(people.end(), memory->recent_people.rbegin(), memory->recent_people.rend());
      auto surname_of = [&](std::string_view part) -> std::string {
        // (A name whose last word, lower-cased, is `part`.)
        auto ends_with_part = [&](std::string_view name) {
          if (name.size() < part.size()) return false;
          const std::size_t at = name.size() - part.size();
          if (at > 0 && name[at - 1] != ' ') return false;
          for (std::size_t i = 0; i < part.size(); ++i)
            if (AsciiLower(name[at + i]) != part[i]) return false;
          return true;
        };
        for (const std::string& id : people) {
          const LexiconEntry* e = actors_.lexicon().Find(id);
          if (!e || e->kind != ActorKind::kPerson) continue;
          if (ends_with_part(e->name)) return id;
          for (const auto& n : e->short_names)
            if (ends_with_part(n)) return id;
          for (const auto& n : e->article_short_names)
            if (ends_with_part(n)) return id;
        }
        return {};
      };
      const std::string a = surname_of(word.substr(0, dash)), b = surname_of(word.substr(dash + 1));
      if (a.empty() || b.empty() || a == b) continue;
      agent_ids = {a};
      object_ids = {b};
    }

    // ---- factuality -------------------------------------------------------
    Factuality fact = Factuality::kAsserted;
    // "denied reports that Modi had congratulated Ghani": a report denied is
    // no act, and no act held back either (no `negated_becomes`).
    bool denied_report = false;
    {
      // (The words of a date with its preposition, or of a name, count as
      // one: "is scheduled to arrive in Hanoi later on November 12 for a
      // state visit".)
      std::size_t lo = 0;
      for (std::size_t k = tb, n = 0; k > 0; --k) {
        if (k < tb && ((s.InTimex(k) && (s.InTimex(k - 1) || s.Is(k - 1, Cue::kPrepositions))) ||
                       (s.mention_at(k) >= 0 && s.mention_at(k) == s.mention_at(k - 1))))
          continue;
        if (++n > cues.modality_window) {
          lo = k;
          break;
        }
      }
      for (std::size_t k = tb; k > lo; --k) {
        std::string_view w = s.lower(k - 1);
        if (w == "," || w == "that" || w == "which" || w == "who" || s.Is(k - 1, Cue::kClauseBreaks)) {
          lo = k;
          break;
        }
        // "did not attend but sent a message congratulating Mnangagwa": a
        // negation before "but" is the other clause's.
        if (w == "but") {
          lo = k;
          break;
        }
        // "could not regard the vote as fair and would not recognise X": "and"
        // before an auxiliary opens a verb phrase of its own; cues before it
        // belong to the other one.
        if (w == "and" && s.Is(k, Cue::kAuxiliaries)) {
          lo = k;
          break;
        }
        // "wrote that he looked forward to close collaboration and
        // congratulated Lai": so does "and" right before a trigger in the past tense.
        if (w == "and" && k == tb && s.PastTense(tb)) {
          lo = k;
          break;
        }
      }
      // The words before the trigger, not the trigger itself: "refused to"
      // inside a withholding trigger is what the trigger means, not a negation of it.
      std::size_t hi = tb;
      // (Names and months are the sentence's, found at its first trigger that asks.)
      if (!names_and_months_found) {
        std::vector<char>& base = buffers.names_and_months;
        base.assign(s.size(), 0);
        // Names are no cues: "Theresa May congratulated ..." is not hedged.
        for (const auto& am : mentions)
          for (std::size_t k = am.tok_begin; k < am.tok_end && k < base.size(); ++k) base[k] = 1;
        // Nor are months: a capitalised word after a preposition or before a
        // number ("a return trip to Seoul in May", "on May 5") is no modal,
        // nor one after a number or inside a date ("On 5 May Obama met").
        for (std::size_t k = 1; k < s.size(); ++k)
          if (s.token(k).word && s.token(k).cap &&
              (s.Is(k - 1, Cue::kPrepositions) || (k + 1 < s.size() && s.token(k + 1).digit) ||
               s.token(k - 1).digit || s.InTimex(k)))
            base[k] = 1;
        names_and_months_found = true;
      }
      std::vector<char>& masked = buffers.masked;
      masked.assign(buffers.names_and_months.begin(), buffers.names_and_months.end());
      // (Each loop over a phrase list below tries only the phrases that end
      // with the token's word, comparing word ids: PhraseIds.)
      for (std::size_t k = lo; k < hi && s.Any(Cue::kEndsException); ++k) {
        if (!s.Is(k, Cue::kEndsException)) continue;
        for (std::uint32_t pi : exception_ids_.EndingWith(s.WordId(k))) {
          if (cues.exception_is_desire[pi] && cues.desire_actions.contains(rule.action)) continue;
          const std::vector<std::uint32_t>& ex = exception_ids_[pi];
          if (s.PhraseEndsAt(ex, k) && k + 1 >= ex.size() + lo)
            for (std::size_t q = k + 1 - ex.size(); q <= k; ++q) masked[q] = 1;
        }
      }
      // Does a phrase of the list lie in the words [from, to), on words not
      // masked? (`last_words`: the cue of the words that end a phrase of the list.)
      auto cue_in = [&](const PhraseIds& phrases, Cue last_words, std::size_t from, std::size_t to) {
        if (!s.Any(last_words)) return false;
        for (std::size_t k = from; k < to; ++k) {
          if (masked[k] || !s.Is(k, last_words)) continue;
          // ("issued a statement the next day hailing the result": a planning
          // word inside a date is the date's; a future date makes the plan.)
          if (&phrases == &planned_ids_ && s.InTimex(k)) continue;
          for (std::uint32_t pi : phrases.EndingWith(s.WordId(k)))
            if (k + 1 >= phrases[pi].size() + from && s.PhraseEndsAt(phrases[pi], k)) return true;
        }
        return false;
      };
      // ... in the window before the trigger.
      auto cue = [&](const PhraseIds& phrases, Cue last_words) {
        return cue_in(phrases, last_words, lo, hi);
      };
      bool neg = cue(negated_ids_, Cue::kEndsNegated);
      // "he is not among the leaders who have congratulated Biden": the
      // window stops at the relative pronoun, but the membership it qualifies
      // is negated (`membership_phrases`, a negation up to three words before).
      // A word ending in one of `negated_suffixes` ("isn't", "didn't").
      auto negated_suffix = [&](std::size_t k) {
        for (const auto& suf : cues.negated_suffixes)
          if (s.lower(k).size() > suf.size() && s.lower(k).ends_with(suf)) return true;
        return false;
      };
      if (!neg && lo >= 2 && lo <= tb && (s.lower(lo - 1) == "who" || s.lower(lo - 1) == "that")) {
        for (std::size_t k = lo - 1; k > 0 && k + 8 > lo && !neg; --k) {
          const std::size_t at = k - 1;  // where a membership phrase would start
          if (!cues.membership_phrases.MayStartWith(s.lower(at))) continue;
          const bool member =
              std::any_of(cues.membership_phrases.begin(), cues.membership_phrases.end(),
                          [&](const auto& ph) { return at + ph.size() < lo && s.PhraseEndsAt(ph, at + ph.size() - 1); });
          for (std::size_t m = at; member && m > 0 && m + 3 > at; --m) {
            if (masked[m - 1]) continue;
            if (negated_suffix(m - 1)) neg = true;  // "isn't"
            if (!s.Is(m - 1, Cue::kEndsNegated)) continue;
            for (const auto& ph : cues.negated)  // a negation of one word: "not", "never"
              if (ph.size() == 1 && ph[0] == s.lower(m - 1)) neg = true;
          }
        }
      }
      // "declined to say whether von der Leyen had congratulated Orban": a
      // negation before "whether" and a perfect ("had", "has") is the
      // speaker's; whether the act was done is left open (hedged, by
      // "whether"). Not "whether he would not"; nor "declined to say whether
      // Washington would recognise him", which withholds.
      const bool perfect = tb > 0 && (s.lower(tb - 1) == "had" || s.lower(tb - 1) == "has" || s.lower(tb - 1) == "have");
      for (std::size_t k = tb; neg && perfect && k > lo; --k) {
        if (!masked[k - 1] && s.Is(k - 1, Cue::kEndsNegated)) break;
        if (s.lower(k - 1) == "whether") neg = false;
      }
      // "Kerry and Lavrov failed to bridge their differences in six hours of
      // talks", "did not agree on anything during their meeting": a trigger
      // that opens with the preposition of an adjunct is outside the scope of
      // a negation before another verb; the talks took place. (Not right
      // after the negation: "not during the talks".)
      if (neg && !noun && tb >= 2 &&
          (s.lower(tb) == "in" || s.lower(tb) == "during" || s.lower(tb) == "after" || s.lower(tb) == "following") &&
          !s.Is(tb - 1, Cue::kEndsNegated)) {
        // (The last negation before the trigger has a lower-case word after it
        // and at least one more word before the trigger: the negated verb.)
        std::size_t last = tb;
        for (std::size_t k = lo; k < tb; ++k)
          if (!masked[k] && s.Is(k, Cue::kEndsNegated)) last = k;
        if (last + 2 < tb && s.token(last + 1).word && !s.token(last + 1).cap && !s.token(last + 1).digit) neg = false;
      }
      // "Bolsonaro did not congratulate Biden until December 15": a negation in
      // the past with "until" and a date after the trigger tells when the act
      // came, not that it never did ("would not congratulate him until the
      // courts rule" still withholds).
      if (neg && !noun && UntilDateAfter(s, te)) {
        std::size_t last = tb;
        for (std::size_t k = lo; k < tb; ++k)
          if (!masked[k] && s.Is(k, Cue::kEndsNegated)) last = k;
        const std::string_view nw = last < tb ? s.lower(last) : std::string_view();
        const std::string_view aux = last > 0 && last < tb ? s.lower(last - 1) : std::string_view();
        if (nw == "didn't" || nw == "hadn't" || (nw == "not" && (aux == "did" || aux == "had"))) neg = false;
      }
      // "denied that the crown prince had met Netanyahu", "flatly rejected reports
      // that Netanyahu held a meeting with ...": the clause after "that" is denied.
      // ("denied a report in The Washington Post that Trump had spoken with
      // Putin": the report noun may have its source, capitalised, after it.)
      // "A Telegram channel had claimed that Tokayev had decided not to
      // congratulate": after one of `claim_verbs` the clause is hedged.
      bool claimed = false;
      // (The claim verb may have a date or a place after it: "had claimed on
      // Monday morning that".)
      if (lo >= 2 && s.lower(lo - 1) == "that")
        for (std::size_t k = lo - 2; k + 6 > lo && !claimed; --k) {
          claimed = s.Is(k, Cue::kClaimVerbs) && !masked[k];
          if (k == 0 || s.lower(k) == "," || s.Is(k, Cue::kClauseBreaks)) break;
        }
      // ("denied reports that Netanyahu had flown to the kingdom and met the
      // crown prince": a verb phrase coordinated with the denied one.)
      std::size_t that_at = lo >= 1 && s.lower(lo - 1) == "that" ? lo - 1 : 0;
      if (lo >= 3 && s.lower(lo - 1) == "and")
        for (std::size_t k = lo - 2; k > 0 && k + 14 > lo && that_at == 0; --k) {
          if (s.lower(k) == "," || s.Is(k, Cue::kClauseBreaks)) break;
          if (s.lower(k) == "that") that_at = k;
        }
      if (!neg && that_at >= 1) {
        const std::size_t lo = that_at + 1;  // (the clause the "that" opens)
        if (s.Is(lo - 2, Cue::kDenialVerbs)) neg = denied_report = true;
        // ("denied reports on social media that", "dismissed as \"fake news\"
        // a report circulating online that", "dismissed as untrue a report
        // in a Douala newspaper that": the noun's modifiers, and words
        // between the verb and its object.)
        std::size_t noun = lo - 2;
        while (noun > 0 && noun + 8 > lo && !s.Is(noun, Cue::kDeniedReportNouns) && s.lower(noun) != "," &&
               !s.Is(noun, Cue::kClauseBreaks))
          --noun;
        if (!neg && s.Is(noun, Cue::kDeniedReportNouns))
          for (std::size_t k = noun; k > 0 && k + 7 > noun && !neg; --k) {
            if (s.lower(k - 1) == "," || s.Is(k - 1, Cue::kClauseBreaks)) break;
            neg = denied_report = s.Is(k - 1, Cue::kDenialVerbs);
          }
      }
      for (std::size_t k = lo; k < hi && !neg; ++k)
        if (!masked[k] && negated_suffix(k)) neg = true;
      // "invited Putin to visit China": an infinitive states an intention.
      bool infinitive = !noun && tb > 0 && s.lower(tb - 1) == "to" && !masked[tb - 1] &&
                        !Contains(cues.infinitive_planned_except, rule.action);
      // "Ishiba did manage to meet Trump", "was able to visit": a report.
      if (infinitive && tb > 1 && Contains(cues.infinitive_reports, s.lower(tb - 2))) infinitive = false;
      // "flew to Dubai on Wednesday to meet Sheikh Mohammed": the purpose of a
      // journey told in the past tense is what was done there.
      for (std::size_t k = tb - 1, n = 0; infinitive && k > 0 && n < 8; --k, ++n) {
        const std::size_t w = k - 1;
        if (!s.token(w).word || s.Is(w, Cue::kClauseBreaks)) break;
        if (Contains(cues.purpose_travel_verbs, s.lower(w))) {
          infinitive = false;
          break;
        }
      }
      // "no plans for Putin to congratulate Trump": a for-to clause is never a report.
      if (!noun && tb > 1 && s.lower(tb - 1) == "to")
        for (const auto& am : mentions)
          if (am.tok_end + 1 == tb && am.tok_begin > 0 && s.lower(am.tok_begin - 1) == "for") infinitive = true;
      // "invited Merkel to join the talks with Xi": a noun trigger that is the
      // object of an infinitive ("in addition to holding talks" is a gerund).
      if (noun && !infinitive && !Contains(cues.infinitive_planned_except, rule.action)) {
        std::size_t k = tb;
        if (k > 0 && s.Is(k - 1, Cue::kNounDeterminers)) --k;
        if (k >= 2 && s.lower(k - 2) == "to" && !masked[k - 2] && !masked[k - 1] && s.token(k - 1).word &&
            !s.token(k - 1).cap && !s.lower(k - 1).ends_with("ing"))
          infinitive = true;
      }
      // "became the first Australian leader to visit China in seven years": an
      // ordinal after a copula reports the act ("will become the first ... to
      // visit" is still planned, by "will").
      for (std::size_t k = tb >= 8 ? tb - 8 : 0; infinitive && k + 1 < tb; ++k) {
        std::string_view w = s.lower(k);
        if ((w == "first" || w == "last" || w == "only") && k >= 2 && s.lower(k - 1) == "the" &&
            s.Is(k - 2, Cue::kCopulas))
          infinitive = false;
      }
      // "a phone call with Xi would be welcome": a noun trigger followed by a
      // modal is an idea, not an event.
      bool modal_after = false;
      // "the indirect talks with the United States": a noun trigger's own
      // modifier says the parties never sat together.
      if (noun && tb > 0 && !masked[tb - 1] && cues.noun_negated_before.contains(s.lower(tb - 1))) neg = true;
      if (noun) {
        for (std::size_t k = te; k < s.size() && k < te + 10; ++k) {
          if (s.Is(k, Cue::kNounModalStops)) break;
          if (!masked[k] && s.Is(k, Cue::kNounModalAfter)) {
            modal_after = true;
            break;
          }
          // "the meeting with Xi was postponed": called off after the noun.
          if (!masked[k] && s.Is(k, Cue::kNounNegatedAfter)) {
            neg = true;
            break;
          }
        }
      }
      // "a summit in the Normandy format, bringing together the leaders of
      // France, Germany, Russia and Ukraine, could be held in the coming
      // weeks": a participle set off by commas after a noun describes it; a
      // modal right after the closing comma is the noun's predicate, and the
      // gathering the participle tells is only possible.
      if (!noun && !neg && tb >= 2 && s.lower(tb - 1) == "," && s.token(tb - 2).word && !s.token(tb - 2).cap &&
          !s.InTimex(tb - 2) && s.mention_at(tb - 2) < 0 && s.lower(tb).size() > 4 && s.lower(tb).ends_with("ing")) {
        for (std::size_t k = te + 1; k < s.size() && k < te + 20; ++k) {
          if (s.lower(k) == "." || s.lower(k) == ";" || s.Is(k, Cue::kClauseBreaks)) break;
          if (s.lower(k - 1) == "," && s.Is(k, Cue::kNounModalAfter) && !masked[k]) {
            modal_after = true;
            break;
          }
        }
      }
      // "A meeting between Trump and Zelenskyy, expected on Tuesday, also did
      // not take place", "a visit ... was under discussion": the noun's own
      // predicate, past a parenthesis set off by commas, says it never
      // happened, or not yet.
      const Factuality predicate = noun && !neg ? NounPredicate(s, te, masked, cues) : Factuality::kAsserted;
      if (predicate == Factuality::kNegated) neg = true;
      if (predicate == Factuality::kHedged) modal_after = true;
      const bool planned_after = predicate == Factuality::kPlanned;
      // "held no formal meeting", "had no talks with": a determiner the
      // pattern's gap let into the trigger negates it. Not an act that is
      // itself what a negation becomes (negated_becomes): "asked whether Putin
      // would congratulate him, Peskov said there were no such plans" withholds.
      const bool negative_act =
          std::any_of(cues.negated_becomes.begin(), cues.negated_becomes.end(),
                      [&](const auto& from_to) { return from_to.second == rule.action; });
      for (std::size_t k = tb + 1; k < te && !neg && !negative_act; ++k)
        if (!masked[k] && s.Is(k, Cue::kNegatedInside)) neg = true;
      // "has offered to host talks", "had hoped to hold talks": a planning
      // phrase the pattern's gap let into the trigger.
      bool planned_inside = false;
      for (std::size_t k = tb + 1; k + 1 < te && !planned_inside; ++k) {
        if (masked[k] || !s.Is(k, Cue::kEndsPlanned)) continue;
        for (std::uint32_t pi : planned_ids_.EndingWith(s.WordId(k)))
          if (k >= planned_ids_[pi].size() + tb && s.PhraseEndsAt(planned_ids_[pi], k)) planned_inside = true;
      }
      if (claimed) fact = Factuality::kHedged;  // (a claim of a refusal is no refusal either)
      else if (neg) fact = Factuality::kNegated;
      else if (modal_after) fact = Factuality::kHedged;
      else if (infinitive || planned_after) fact = Factuality::kPlanned;
      else if (cue(hedged_ids_, Cue::kEndsHedged)) fact = Factuality::kHedged;
      else if (cue(planned_ids_, Cue::kEndsPlanned) || planned_inside) fact = Factuality::kPlanned;
      // "Macron was due to meet Zelensky in Kyiv later on Tuesday, and then fly
      // to Berlin for talks with Scholz": a bare verb coordinated after a comma
      // goes on under the planning cue of the verb phrase before it (not
      // "and then flew", "and held").
      if (fact == Factuality::kAsserted && lo >= 2 && lo < tb && s.lower(lo) == "and" && s.lower(lo - 1) == ",") {
        std::size_t v = lo + 1;
        if (v < tb && s.lower(v) == "then") ++v;  // (the bare verb may be the trigger: "and then fly to Berlin")
        const std::string_view vw = v < s.size() ? s.lower(v) : std::string_view();
        if (v <= tb && s.token(v).word && !s.token(v).cap && !masked[v] && !s.PastTense(v) && !vw.ends_with("s") &&
            !vw.ends_with("ing") && !s.Is(v, Cue::kAuxiliaries)) {
          const std::size_t to = lo - 1;  // (the comma)
          std::size_t from = to;
          while (from > 0 && to - from < 16 && !s.Is(from - 1, Cue::kClauseBreaks) && s.lower(from - 1) != ";" &&
                 s.lower(from - 1) != ".")
            --from;
          if (cue_in(planned_ids_, Cue::kEndsPlanned, from, to)) fact = Factuality::kPlanned;
        }
      }
      // "would discuss sanctions with Trump when they meet", "once the two
      // leaders meet": a present-tense verb in a time clause speaks of the future
      // (not "when they met", "when he had visited", "when asked, he said ...").
      if (fact == Factuality::kAsserted && !noun && !cues.future_clause_openers.empty()) {
        bool past = s.PastTense(tb) || s.lower(tb).ends_with("ing");
        for (std::size_t k = tb, n = 0; !past && k > 0 && n < 6; --k, ++n) {
          if (!s.token(k - 1).word || s.Is(k - 1, Cue::kAuxiliaries) || s.Is(k - 1, Cue::kClauseBreaks)) break;
          if (!masked[k - 1] && s.Is(k - 1, Cue::kFutureClauseOpeners)) {  // not "once again"
            fact = Factuality::kPlanned;
            break;
          }
        }
      }
    }
    // "Correction: An earlier version of this article said Kerry called
    // Netanyahu on Tuesday": what was wrongly reported (`retraction_phrases`).
    if (fact == Factuality::kAsserted && !cues.retraction_phrases.empty())
      for (std::size_t k = 0; k < tb && fact == Factuality::kAsserted; ++k)
        if (cues.retraction_phrases.MayEndWith(s.lower(k)))
          for (const auto& p : cues.retraction_phrases)
            if (s.PhraseEndsAt(p, k)) fact = Factuality::kHedged;
    // "Has China congratulated him?", "Will President Xi call him?": a
    // question (a reporter's, at a briefing) asserts nothing; the question
    // mark may stand before a closing quotation mark.
    if (fact == Factuality::kAsserted && s.size() > 0) {
      std::size_t last = s.size() - 1;
      if (last > 0 && !s.token(last).word && !s.Is(last, Cue::kQuestionEnds)) --last;
      if (s.Is(last, Cue::kQuestionEnds)) fact = Factuality::kHedged;
    }
    // "Macron said recognising a Palestinian state was \"not a taboo\"": a
    // verb in "-ing" right after a speech verb or "that" opens the reported
    // clause as its subject, an act spoken of, not one done.
    if (fact == Factuality::kAsserted && !noun && tb > 0 && !s.in_quote(tb) &&
        (s.Is(tb - 1, Cue::kSpeechVerbs) || s.lower(tb - 1) == "that")) {
      if (s.lower(tb).size() > 4 && s.lower(tb).ends_with("ing")) fact = Factuality::kHedged;
    }
    std::string action = rule.action;
    // "Bolsonaro waited until December 2020 to congratulate Biden", "did not
    // congratulate Biden until Tuesday": a wait or a refusal told in the past
    // that ends at a date reports the act it held back, on that date
    // (`until_date_reports`); "waited for the official results" withholds.
    if (!rule.until_date_reports.empty() && fact == Factuality::kAsserted && tb + 1 < te &&
        (s.PastTense(tb) || s.lower(tb) == "did" || s.lower(tb) == "didn't" || s.lower(tb) == "hadn't") &&
        UntilDateAfter(s, tb + 1)) {
      for (std::size_t k = tb + 1; k < te && action == rule.action; ++k)
        for (const auto& [stem, act] : rule.until_date_reports)
          if (s.lower(k).starts_with(stem)) {
            action = act;
            break;
          }
    }
    if (type->ignore_modality && fact != Factuality::kNegated) fact = Factuality::kAsserted;
    if (fact == Factuality::kNegated && !denied_report) {
      auto nb = cues.negated_becomes.find(action);
      if (nb != cues.negated_becomes.end()) {
        action = nb->second;
        fact = Factuality::kAsserted;
      }
    }

    // ---- date of the event's clause -----------------------------------------
    std::optional<DateSpan> date;
    std::size_t date_at = 0;  // where the chosen date's expression begins
    {
      long best = -1;
      // (Only the date chosen in the end makes the act a plan: "Trump, who is
      // due in Tokyo next week, congratulated Takaichi on Tuesday".)
      bool future_date = false;
      bool bare_weekday = false;  // the chosen date is a weekday resolved backwards
      auto rel_at = [&](std::size_t k) {
        const std::vector<long>& rel = s.RelativeClauses();
        return k < rel.size() ? rel[k] : -1L;
      };
      for (std::size_t xi = 0; xi < c.timexes->size(); ++xi) {
        const Timex& x = (*c.timexes)[xi];
        std::optional<DateSpan> span = x.Span();
        if (!span || x.type != TimexType::kDate) continue;
        std::size_t xb = s.TimexFirst(xi);
        if (xb + kMaxReach < tb || xb > te + kMaxReach) continue;  // too far to be this clause's
        // ("The Obama-Putin meeting, their longest in a year, followed talks
        // on Sunday between Kerry and Lavrov": a hyphen pair's own date is
        // right after it, "the Bush-Roh meeting on Friday", or before it.)
        if (rule.hyphen_pair && xb > te + 1) continue;
        // "invited him to visit later this year": a future date after the trigger
        // dates the proposed act ("appealed to him on Thursday to halt" keeps its date).
        if (type->proposes && xb >= te && x.future) continue;
        // "the first visit by a Japanese prime minister to Iran since 1978, and
        // held talks with Rouhani": a date after "since" opens a span of time,
        // it dates no act, but the one of a "when" clause right after it ("has
        // not held talks with Hu since April, when the two met in Jakarta").
        // ("his first foreign trip since his inauguration on May 7": so does
        // one closing a short noun phrase after "since", the trigger outside it.)
        bool after_since = xb > 0 && s.lower(xb - 1) == "since";
        // ("his first trip abroad since securing a third term as president
        // this month, and was received": a relative date closing a longer one.)
        const bool relative_first = s.lower(xb) == "this" || s.lower(xb) == "last" || s.lower(xb) == "earlier";
        for (std::size_t k = xb; !after_since && k > 1 && k + (relative_first ? 8 : 4) > xb && (tb >= xb || tb + 4 < k);
             --k) {
          if (!s.token(k - 1).word || s.token(k - 1).cap) break;
          after_since = s.lower(k - 2) == "since" &&
                        (relative_first || s.lower(xb - 1) == "on" || s.lower(xb - 1) == "in");
        }
        if (after_since) {
          const std::size_t xl = s.TimexLast(xi);
          const bool when = (xl + 1 < s.size() && s.lower(xl + 1) == "when") ||
                            (xl + 2 < s.size() && s.lower(xl + 1) == "," && s.lower(xl + 2) == "when");
          if (!when || tb <= xl) continue;
        }
        // "would wait for the official results, due by March 20, before
        // congratulating the winner": an act the article asserts was done by
        // the day it was published; a later date, unless it makes the act a
        // plan, dates something else in the clause.
        if (fact == Factuality::kAsserted && (!x.future || type->ignore_modality) && memory->published &&
            span->earliest > *memory->published)
          continue;
        // "X on Sunday, a day after Prague expelled ...": "a day after" dates the
        // clause it opens (Saturday's expulsion), never a trigger before it.
        if (xb >= te && x.end > x.begin && s.lower(s.TimexLast(xi)) == "after") continue;
        // "he had congratulated Lula and invited him to the summit later this month":
        // a future date past an "and" after a past-tense trigger dates the later verb.
        if (x.future && xb >= te) {
          bool past = s.PastTense(tb);
          bool and_between = false;
          for (std::size_t k = te; k < xb && !and_between; ++k) and_between = s.lower(k) == "and";
          if (past && and_between) continue;
        }
        // "Ramaphosa, who flew to Paris on Friday, held talks with Macron earlier
        // on Saturday": a date inside a relative clause dates that clause; the
        // trigger outside it takes it only when its own clause has none ("Kim,
        // who arrived on Sunday, met Lee the same evening").
        const bool other_clause = rel_at(xb) != rel_at(tb);
        // "Boric, who took office last month, held talks with Fernandez": a
        // relative clause telling how someone came to office dates that, never
        // a trigger outside it.
        if (other_clause && rel_at(xb) >= 0 && TenureClause(s, s.RelativeClauses(), static_cast<std::size_t>(rel_at(xb)), xb)) continue;
        // ("The chancellor, the first G7 leader to visit China since Xi won a
        // third term last month, was received by Xi": nor does a date inside
        // an appositive set off by commas after a person, before the trigger.)
        if (xb < tb) {
          std::size_t open = xb, close = xb;
          while (open > 0 && s.lower(open) != ",") --open;
          while (close < tb && s.lower(close) != ",") ++close;
          if (open > 0 && close < tb && s.lower(open) == "," && s.lower(close) == "," && open + 1 < xb &&
              (s.lower(open + 1) == "the" || s.lower(open + 1) == "a" || s.lower(open + 1) == "an") &&
              s.mention_at(open - 1) >= 0 && mentions[s.mention_at(open - 1)].tok_end == open &&
              mentions[s.mention_at(open - 1)].kind == ActorKind::kPerson)
            continue;
        }
        // ("Kishida, who will host the Quad summit on Tuesday, also
        // congratulated Albanese": nor is a future inside one.)
        if (other_clause && rel_at(xb) >= 0 && rel_at(tb) < 0 && x.future) continue;
        // ("Trump, who had called Carney on 29 April, greeted him at the
        // entrance": nor a day of the past perfect, told as earlier.)
        if (other_clause && rel_at(xb) >= 0 && rel_at(tb) < 0) {
          const std::size_t open = static_cast<std::size_t>(rel_at(xb));
          bool perfect = false;
          for (std::size_t k = open + 1; k < xb && !perfect; ++k) perfect = s.lower(k) == "had" && rel_at(k) == rel_at(xb);
          if (perfect) continue;
        }
        // "a recount of Sunday's vote": a date owning another noun dates that
        // noun, unless the noun is the trigger ("Tuesday's meeting").
        if (x.end > x.begin) {
          std::size_t xl = s.TimexLast(xi);
          if (xl + 1 < s.size() && s.token(xl + 1).possessive && !(xl + 2 >= tb && xl + 2 < te) &&
              !OccasionDate(s, xb, xl + 2))
            continue;
          // "told him his Nov. 1 trip to Kunashiri was regrettable": a day
          // between a possessive pronoun and a noun dates that noun.
          // (Not an occasion the act is told at: "congratulated Arce at his
          // Monday morning news conference", "during his Nov. 1 visit".)
          if (xb > 0 && xb >= te && s.Is(xb - 1, Cue::kPersonPossessives) && xl + 1 < s.size() &&
              s.token(xl + 1).word && !s.token(xl + 1).cap && !s.Is(xl + 1, Cue::kPrepositions)) {
            bool occasion = false;
            for (std::size_t k = xl + 1; k < s.size() && k <= xl + 3 && !occasion; ++k)
              occasion = s.Is(k, Cue::kOccasionNouns);
            if (!occasion) continue;
          }
          // "congratulated him on his party's showing in the July 25 general
          // election": a date between "the" and an election word (one
          // modifier between) dates the election, like "Sunday's vote" (not
          // "on the night of the November 19 runoff": `occasion_dates.of_heads`).
          // ("two days after the April 12 vote" dates the act by its count.)
          const bool counted = xb >= 3 && s.lower(xb - 2) == "after" && cues.days_after_units.contains(s.lower(xb - 3));
          if (xb > 0 && s.lower(xb - 1) == "the" && xb >= te && !counted &&
              !(xb >= 3 && s.lower(xb - 2) == "of" && s.Is(xb - 3, Cue::kOccasionOfHeads))) {
            bool election = false;
            for (std::size_t k = xl + 1; k < s.size() && k <= xl + 2 && !election; ++k)
              election = s.token(k).word && cues.winner.verb_objects.contains(s.lower(k));
            if (election) continue;
          }
          // "held talks with Merkel on the 2015 nuclear deal": a year between
          // "the" and a noun phrase after the trigger dates that thing, not
          // the act, unless the thing is an occasion the act is told at ("met
          // on the sidelines of the 2019 G20 summit", "met at the 2015 UN
          // General Assembly").
          if (xb > 1 && xb >= te && xb == xl && s.lower(xb - 1) == "the" && !counted &&
              s.lower(xb - 2) != "at" && s.lower(xb - 2) != "during" &&
              x.granularity == Granularity::kYear && xl + 1 < s.size() && s.token(xl + 1).word) {
            bool occasion = OccasionNounAt(s, xl + 1);
            // (A name of its own is an occasion too: "visited Beijing for the
            // 2022 Winter Olympics"; not "the 2015 Iran nuclear deal".)
            std::size_t name_end = xl + 1;
            while (name_end < s.size() && s.token(name_end).word && s.token(name_end).cap) ++name_end;
            if (name_end > xl + 1 && (name_end >= s.size() || !s.token(name_end).word ||
                                      s.Is(name_end, Cue::kPrepositions) || s.lower(name_end) == "and"))
              occasion = true;
            if (!occasion) continue;
          }
        }
        // "travelled to Paris on Wednesday, a day after his election in the
        // Bundestag, and held talks with Macron": a date that opens a clause
        // ("a day after ...") dates that clause; ", and" after it returns to
        // the main one, whose verb it does not date.
        if (xb < tb && x.end > x.begin) {
          const std::size_t xl = s.TimexLast(xi);
          const std::string_view last = s.lower(xl);
          bool back_to_main = false;
          if (last == "after" || last == "before")
            for (std::size_t k = xl + 1; k + 1 < tb && !back_to_main; ++k)
              back_to_main = s.lower(k) == "," && s.lower(k + 1) == "and";
          if (back_to_main) continue;
        }
        std::size_t lo = std::min(xb, tb), hi = std::max(xb, te);
        // News puts the time of an event after its verb ("met X in Rome the
        // previous day"); a date before the trigger, or across commas, is more
        // likely another clause's.
        long cost = static_cast<long>(hi - lo) + (xb < tb ? 3 : 0) + (other_clause ? 40 : 0);
        for (std::size_t k = lo; k < hi && k < s.size(); ++k)
          if (s.lower(k) == ",") cost += 2;
        // ("where he met New Zealand Prime Minister Christopher Luxon and
        // Foreign Minister Winston Peters on Monday": the names and titles of
        // the objects right after the trigger, up to a date that follows them,
        // are no distance.)
        if (xb > te) {
          long names = 0;
          std::size_t k = te;
          for (; k < xb && k < s.size(); ++k) {
            const bool name = s.mention_at(k) >= 0 || (s.token(k).word && s.token(k).cap);
            if (!name && s.lower(k) != "and" && s.lower(k) != "," && !s.token(k).possessive) break;
            names += name;
          }
          // (Not past a list's end: "met Sunak and Kishida, and on Sunday hosted Macron".)
          const bool list_end = k > te && (s.lower(k - 1) == "," || s.lower(k - 1) == "and");
          if (!list_end && (k == xb || (k + 1 == xb && s.lower(k) == "on"))) cost -= names;
        }
        bool barred = false;
        bool reported = false;  // a "that" between an earlier date and the trigger
        for (std::size_t k = lo; k < hi && k < s.size(); ++k) {
          // A date across "while"/"but" belongs to another clause; across
          // "that" or a quotation mark it is the reporting clause's date,
          // used only when the event's own clause has none.
          if (k >= tb && k < te) continue;
          // A relative clause between them, holding neither ("Earlier on
          // Friday, Biden, who flew in on Thursday, was received"), bars nothing.
          // (Only a clause about an actor: "in March, which pleased him, and
          // ..." still bars March.)
          if (rel_at(k) > 0 && rel_at(k) != rel_at(xb) && rel_at(k) != rel_at(tb) &&
              s.mention_at(static_cast<std::size_t>(rel_at(k)) - 1) >= 0)
            continue;
          // "a call in which the Chinese leader congratulated him": a relative
          // clause after a preposition belongs to the dated noun before it.
          if (s.lower(k) == "which" && k > 0 && s.Is(k - 1, Cue::kPrepositions)) continue;
          // "were divided on Tuesday ..., with Cuba hurrying to congratulate
          // Maduro": an absolute clause after ", with" tells its own act, not
          // the main clause's state (a preposition that opens clauses, like
          // the "after"/"before" of `prepositions`).
          if (xb < tb && k > 0 && s.lower(k - 1) == "," && s.lower(k) == "with") barred = true;
          // "sent a message congratulating Biden ..., recalling their exchanges
          // during his visit in February": a clause after a comma opened by one
          // of `date_recall_participles` tells another act; a date in it after
          // the trigger is that act's ("..., telephoning him on Wednesday" is
          // the same act and keeps its date).
          if (xb > te && k >= te && k > 0 && s.lower(k - 1) == "," && s.Is(k, Cue::kDateRecallParticiples))
            barred = true;
          // ("The State Department said on Monday it had noted ... but": the
          // date right after a speech verb is the reporting clause's too.)
          if (xb < tb && k > xb && (s.lower(k) == "that" || (k == xb + 1 && xb > 0 && (s.Is(xb - 1, Cue::kSpeechVerbs) ||
                                                       (xb > 1 && s.lower(xb - 1) == "on" && s.Is(xb - 2, Cue::kSpeechVerbs))))))
            reported = true;
          // "Mahuta said on Tuesday that Wellington ... but would hold off on
          // acknowledging": a "but" inside the reported clause parts two of its
          // verbs, not the reporting clause's date from the trigger.
          // "Later on Saturday, Starmer spoke to the Indian prime minister,
          // Narendra Modi, who congratulated him": a trigger inside a relative
          // clause that opens after the date, the clause giving none of its
          // own, takes the main clause's date (its own would cost less).
          if (s.Is(k, Cue::kDateBarriers)) {
            const std::string_view w = s.lower(k);
            // (Also ", all of whom congratulated her": the relative word after a
            // quantifier of the list before it, `list_quantifiers`.)
            const bool quantified = k + 1 == tb && k >= 3 && s.lower(k) == "whom" && s.lower(k - 1) == "of" &&
                                    cues.list_quantifiers.contains(s.lower(k - 2)) && s.lower(k - 3) == ",";
            const bool into_relative = xb < k && k < tb && (rel_at(tb) == static_cast<long>(k) - 1 || quantified);
            if (reported && (w == "but" || w == "while" || w == "whereas" || w == "although" || w == "though"))
              cost += 8;
            else if (into_relative)
              cost += 8;
            else
              barred = true;
          }
          if (s.Is(k, Cue::kDateSoftBarriers)) cost += 8;
          // "held talks with Zelenskiy, their first meeting since Kishida
          // visited Kyiv in March": a date after one of `date_forward_barriers`
          // that stands after the trigger is its clause's.
          // (Up to the next comma: "three times since the March deal, most
          // recently on Sunday" keeps Sunday.)
          // (Not the commas of an appositive: "the first such meeting since
          // Monti, a former European commissioner, took over ... earlier this
          // month".)
          if (k < xb && k >= te && s.Is(k, Cue::kDateForwardBarriers)) {
            bool comma = false;
            for (std::size_t q = k + 1; q < xb && !comma; ++q) {
              if (s.lower(q) != ",") continue;
              const std::string_view d = s.lower(q + 1);
              std::size_t close = q + 2;
              while (close < xb && s.lower(close) != "," && !s.Is(close, Cue::kClauseBreaks)) ++close;
              if ((d == "a" || d == "an" || d == "the") && s.mention_at(q - 1) >= 0 && close < xb && s.lower(close) == ",")
                q = close;
              else
                comma = true;
            }
            if (!comma) barred = true;
          }
          // "held talks with Kishida on Saturday and met Macron on Sunday": a
          // date before an "and" that opens the trigger's own verb phrase (at
          // most one word between) dates the conjunct before it first.
          if (xb < tb && k > xb && k + 2 >= tb && s.lower(k) == "and") cost += 8;
        }
        // "Putin congratulated Trump on his victory, praised the way he had
        // behaved when he was shot at in July": a date after another trigger in
        // the past tense that opens a verb phrase after a comma is that verb's.
        for (const auto& o : others)
          if (xb > te && o.first > te && o.first <= xb && o.first > 0 && s.lower(o.first - 1) == "," &&
              s.PastTense(o.first))
            barred = true;
        if (barred) continue;
        if (best < 0 || cost < best) {
          best = cost;
          date = span;
          date_at = xb;
          bare_weekday = x.rule == "weekday.past";
          future_date = x.future;
        }
      }
      if (future_date && fact == Factuality::kAsserted && !type->ignore_modality) fact = Factuality::kPlanned;
      // "called Oligui Nguema two days after the April 12 vote to congratulate
      // him", "congratulated Karki a day after she was sworn in on September
      // 12": a count of days before "after", between the trigger and the day
      // that dates it, moves the act that many days past that day. (Not "on
      // Sunday, a day after ...": that date stands before the count.)
      // (The count may stand inside a long trigger: "called X two days after
      // the April 12 vote to congratulate him".)
      if (date && date->Days() == 1 && date_at > tb && !cues.days_after_units.empty()) {
        for (std::size_t k = tb + 2; k < date_at && k < s.size(); ++k) {
          if (s.lower(k) != "after" || !cues.days_after_units.contains(s.lower(k - 1))) continue;
          long n = 0;
          if (auto cnt = cues.days_after_counts.find(s.lower(k - 2)); cnt != cues.days_after_counts.end())
            n = (cnt->second == 1) != (s.lower(k - 1).back() == 's') ? cnt->second : 0;  // not "the days after"
          else if (s.token(k - 2).digit && s.lower(k - 2).size() <= 2) n = std::stol(std::string(s.lower(k - 2)));
          bool broken = false;
          for (std::size_t q = k + 1; q < date_at && !broken; ++q) broken = s.lower(q) == "," || s.Is(q, Cue::kClauseBreaks);
          if (n > 0 && !broken) date = DateSpan::Day(date->earliest.AddDays(n));
          break;
        }
      }
      // "Macron travels to Guangzhou on Friday, where he meets Xi": news tells
      // a scheduled act in the present tense, so a bare weekday dating a
      // clause in the present ("meets", right after its subject) is the coming
      // one, not the last (the day of publication stays itself). Not "the
      // talks on Friday", a passive, or a past form.
      // ("The German government does not recognise the outcome, Seibert
      // said on Monday": a weekday after a past speech verb is the saying's.)
      const bool said_on = date_at >= 1 && ((s.Is(date_at - 1, Cue::kSpeechVerbs) && s.PastTense(date_at - 1)) ||
                                            (date_at >= 2 && s.lower(date_at - 1) == "on" &&
                                             s.Is(date_at - 2, Cue::kSpeechVerbs) && s.PastTense(date_at - 2)));
      if (bare_weekday && date && memory->published && date->earliest < *memory->published && !passive && !said_on &&
          PresentClause(s, tb, noun)) {
        date = DateSpan::Day(date->earliest.AddDays(7));
        if (fact == Factuality::kAsserted && !type->ignore_modality) fact = Factuality::kPlanned;
      }
      // "Obama flies to Laos on Monday evening", in a story of that Monday:
      // the present tense dated on the day of publication is the day's
      // schedule, told before it was done.
      else if (date && memory->published && date->earliest == *memory->published && date->latest == date->earliest &&
               !passive && fact == Factuality::kAsserted && !type->ignore_modality &&
               cues.schedule_present_actions.contains(rule.action) && PresentClause(s, tb, noun))
        fact = Factuality::kPlanned;
    }

    // "have met twice this year, in Doha in January and in Abu Dhabi last
    // month": "twice" right after the trigger, then two dates of a day or a
    // month joined by "and", are two occasions. The event is told once with
    // the first date; what this trigger adds is added again with the second
    // (RepeatWithDate, when this pass over the trigger ends, at any exit).
    std::optional<DateSpan> second_date;
    if (fact == Factuality::kAsserted) {
      // ("have held two phone calls this year, in February and in September":
      // "two" before a trigger noun says the same; "the two spoke" is a pair.)
      std::size_t twice = tb > 0 && s.lower(tb - 1) == "two" && !(tb > 1 && s.Is(tb - 2, Cue::kNounDeterminers)) ? te - 1 : 0;
      for (std::size_t k = te; k < te + 3 && k < s.size() && !twice; ++k)
        if (s.lower(k) == "twice" || (s.lower(k) == "two" && k + 1 < s.size() && s.lower(k + 1) == "times")) twice = k;
      std::vector<std::pair<std::size_t, DateSpan>> occasions;  // (first token, day or month)
      for (std::size_t xi = 0; twice && xi < c.timexes->size(); ++xi) {
        const Timex& x = (*c.timexes)[xi];
        const std::optional<DateSpan> span = x.Span();
        const std::size_t xb = s.TimexFirst(xi);
        if (!span || x.type != TimexType::kDate || xb <= twice || xb > twice + 20 || span->Days() > 31) continue;
        occasions.emplace_back(xb, *span);
      }
      // ("had earlier met in Moscow in September 2020 and in Dushanbe in July
      // 2021": without "twice", a second place and date joined to the date
      // that dates the act, "and in <Place> in/on <date>", is a second occasion.)
      if (!twice && date && date_at >= te && date_at < s.size()) {
        for (std::size_t xi = 0; xi < c.timexes->size() && occasions.empty(); ++xi) {
          const Timex& x = (*c.timexes)[xi];
          const std::optional<DateSpan> span = x.Span();
          if (!span || x.type != TimexType::kDate || s.TimexFirst(xi) != date_at || span->Days() > 31) continue;
          std::size_t k = s.TimexLast(xi) + 1;
          if (k + 3 >= s.size() || s.lower(k) != "and" || (s.lower(k + 1) != "in" && s.lower(k + 1) != "at")) continue;
          k += 2;
          const std::size_t place = k;
          while (k < s.size() && k < place + 4 && s.token(k).cap && !s.InTimex(k)) ++k;
          if (k == place || k + 1 >= s.size() || (s.lower(k) != "in" && s.lower(k) != "on") || !s.InTimex(k + 1)) continue;
          for (std::size_t yi = 0; yi < c.timexes->size(); ++yi) {
            const Timex& y = (*c.timexes)[yi];
            const std::optional<DateSpan> ys = y.Span();
            if (ys && y.type == TimexType::kDate && s.TimexFirst(yi) == k + 1 && ys->Days() <= 31) {
              occasions.emplace_back(date_at, *span);
              occasions.emplace_back(k + 1, *ys);
            }
          }
        }
      }
      if (occasions.size() == 2 && !(occasions[0].second.earliest <= occasions[1].second.earliest &&
                                     occasions[1].second.latest <= occasions[0].second.latest)) {
        bool joined = false;
        for (std::size_t k = occasions[0].first; k < occasions[1].first && !joined; ++k) joined = s.lower(k) == "and";
        if (joined) {
          date = occasions[0].second;
          second_date = occasions[1].second;
        }
      }
    }
    RepeatWithDate repeat(out, second_date);

    CandidateEvent ev;
    ev.sentence = memory->sentence;
    // "had last met", "first visited", "previously spoke": an earlier occasion
    // the article recalls, not the one it reports.
    // The marker may also open the trigger itself ("first met" is a trigger).
    ev.background = s.Is(tb, Cue::kBackgroundMarkers) || (tb > 0 && s.Is(tb - 1, Cue::kBackgroundMarkers)) ||
                    (tb > 1 && s.Is(tb - 2, Cue::kBackgroundMarkers) && s.Is(tb - 1, Cue::kBackgroundMarkers));
    // ("Xi last visited Russia in March 2010, when he held talks with Putin":
    // an act in the clause of ", when" that a recalled occasion opens is
    // recalled too.)
    for (std::size_t k = tb; !ev.background && k >= 2 && k + 12 > tb; --k) {
      if (s.lower(k - 1) == "." || s.lower(k - 1) == ";") break;
      if (s.lower(k - 1) != "when" || s.lower(k - 2) != ",") continue;
      for (std::size_t b = 0; b + 2 < k && !ev.background; ++b)
        ev.background = s.Is(b, Cue::kBackgroundMarkers) && !s.in_quote(b) && b + 1 < s.size() && s.token(b + 1).word &&
                        !s.token(b + 1).cap && s.lower(b + 1).ends_with("ed");
      break;
    }
    ev.sequel = (tb >= 1 && s.lower(tb - 1) == "then") || (tb >= 2 && s.lower(tb - 2) == "then" && !s.token(tb - 1).cap &&
                                                          s.token(tb - 1).word && s.lower(tb - 1).ends_with("ly"));
    ev.action = action;
    ev.factuality = fact;
    ev.date = date;
    // "met Kagame in Kigali on Monday and Museveni in Kampala on Tuesday",
    // "met Hu on Thursday and Roh the next day": people met apart, each with a
    // date right after the name (past a short place phrase), each keep their
    // own date.
    std::vector<std::pair<std::string, DateSpan>>& object_dates = buffers.object_dates;
    object_dates.clear();
    if (obj.kind == Found::kActors && obj.apart && obj.mentions.size() >= 2) {
      for (std::size_t m : obj.mentions) {
        const std::size_t q = s.DateAfterName(mentions[m].tok_end);
        if (q >= s.size()) continue;
        for (std::size_t xi = 0; xi < c.timexes->size(); ++xi) {
          const Timex& x = (*c.timexes)[xi];
          if (!s.TimexHolds(xi, q) || x.type != TimexType::kDate) continue;
          if (const std::optional<DateSpan> span = x.Span()) object_dates.emplace_back(mentions[m].actor, *span);
          break;
        }
      }
    }
    auto own_date = [&](CandidateEvent& e, const std::string& id) {
      for (const auto& [who, span] : object_dates)
        if (who == id) e.date = span;
    };
    // "Blinken congratulated Lai late on election night": the article's election day.
    // ("Biden, who had congratulated Lula in a statement on election night,
    // telephoned him the following day": the phrase in the trigger's own
    // relative clause wins over the date of the clause it hangs on.)
    // ("Milei congratulated Noboa on election night, and Rubio issued a
    // statement the next day": so does the phrase between the trigger and a
    // date past an "and" after it.)
    if (const std::size_t k = s.ElectionNightAt(); k != Sentence::kNoPhrase) {
      const std::vector<long>& rel = s.RelativeClauses();
      bool own_clause = rel[tb] >= 0 && rel[k] == rel[tb];
      if (date && k >= te && k < date_at)
        for (std::size_t q = k; q < date_at && !own_clause; ++q) own_clause = s.lower(q) == "and";
      if (!date || own_clause) {
        ev.election_night = true;
        if (own_clause && fact == Factuality::kAsserted) ev.date.reset();
      }
    }
    // "congratulated the Alliance du Changement a day after the vote": a count
    // of days (`days_after`) after the trigger, before "the" and an election
    // word, with no date of its own: that many days past the election day.
    // ("the day after the vote" is one; "in the days after the vote" none.)
    // (Like "on election night", the phrase in the trigger's own relative
    // clause, or before an "and" that leads to the date, wins over that date:
    // "Putin had congratulated Lukashenko the day after the vote, and received
    // him in Sochi earlier this month"; "Fernandez, who had congratulated
    // Castillo two days after the vote, ..., wrote on Tuesday".)
    // ("The morning after that vote, ..., Putin telephoned Yanukovych to
    // congratulate him": so does such a phrase opening the sentence.)
    if (fact == Factuality::kAsserted && !cues.days_after_units.empty()) {
      for (std::size_t k = 2; k + 2 < s.size() && k < te + 12; ++k) {
        // (Before the trigger, only as the sentence's opening words, after
        // at most one word that names no actor: "Only ten days before the
        // vote, the two men had sat side by side".)
        const bool opening = k == 2 || (k == 3 && (!s.token(0).word || s.mention_at(0) < 0));
        if (k < tb + 2 && !(opening && k < tb)) continue;
        const auto dir = cues.days_after_directions.find(s.lower(k));
        if (dir == cues.days_after_directions.end() || !cues.days_after_units.contains(s.lower(k - 1))) continue;
        const auto cnt = cues.days_after_counts.find(s.lower(k - 2));
        const bool plural = s.lower(k - 1).back() == 's';
        std::size_t noun = k + 1 < s.size() && (s.lower(k + 1) == "the" || s.lower(k + 1) == "that") ? k + 2 : s.size();
        if (noun + 1 < s.size() && !cues.winner.verb_objects.contains(s.lower(noun))) ++noun;  // "the presidential vote"
        if (cnt != cues.days_after_counts.end() && (cnt->second == 1) != plural && noun < s.size() &&
            cues.winner.verb_objects.contains(s.lower(noun))) {
          bool own = !date;
          if (date) {
            const std::vector<long>& rel = s.RelativeClauses();
            // ("the day after" itself, read against the sentences before.)
            own = (date_at + 2 >= k && date_at <= k) || (rel[tb] >= 0 && rel[k] == rel[tb] && rel[date_at] != rel[tb]);
            if (k >= te && k < date_at)
              for (std::size_t q = k; q < date_at && !own; ++q) own = s.lower(q) == "and";
          }
          if (own) {
            ev.election_night = true;
            ev.election_offset = cnt->second * dir->second;
            ev.date.reset();
          }
        }
        break;
      }
    }
    ev.evidence = c.evidence;
    ev.trigger = c.text.substr(t.begin, t.end - t.begin);
    ev.rule = &rule;

    // (A reference into the mentions, the lexicon or the article memory, none
    // of which changes here: no copy per question.)
    static const std::string kNoCountry;
    auto country_of = [&](const std::string& id) -> const std::string& {
      for (const auto& m : mentions)
        if (m.actor == id && !m.country.empty()) return m.country;
      // Named in an earlier sentence ("He said ..."): ask the lexicon.
      if (const LexiconEntry* e = actors_.lexicon().Find(id)) return actors_.lexicon().CountryOf(*e, memory->published);
      // A person of the article's own named without a state ("congratulated
      // Seguro") is of the state whose election the article names.
      for (const NewActor& na : memory->new_actors)
        if (na.id == id) return na.country.empty() ? memory->election_country : na.country;
      return kNoCountry;
    };
    const ActionType* final_type = action == rule.action ? type : rules_.Find(action);
    if (final_type && final_type->symmetric) {
      // Pairwise actions (meet, phone call) are dyads, as in CAMEO: "the foreign
      // ministers of China, Japan and South Korea met" is three meetings, "X
      // and Y phoned Z" a call of each with Z (not of X with Y), "X met Y and
      // Z" a meeting with each; a pair of one state is domestic ("Le Drian
      // and Parly held talks with Lavrov": two). A state or office beside a
      // person of that state stands for him ("Roh and Koizumi held talks at
      // the Blue House"): no pair of its own. Other symmetric actions keep
      // one event of all the parties ("A, B and C signed the accord").
      std::vector<std::string> everyone = agent_ids;
      for (const auto& o : object_ids)
        if (!Contains(everyone, o)) everyone.push_back(o);
      auto stands_for_other = [&](const std::string& id) {
        const LexiconEntry* le = actors_.lexicon().Find(id);
        if (!le || le->kind == ActorKind::kPerson) return false;
        const std::string& c = country_of(id);
        if (c.empty()) return false;
        return std::any_of(everyone.begin(), everyone.end(), [&](const std::string& other) {
          const LexiconEntry* oe = actors_.lexicon().Find(other);
          return other != id && (!oe || oe->kind == ActorKind::kPerson) && country_of(other) == c;
        });
      };
      auto dyad = [&](const std::string& a, const std::string& b) {
        if (a == b || stands_for_other(a) || stands_for_other(b)) return;
        const std::string& ca = country_of(a);
        const std::string& cb = country_of(b);
        if (!ca.empty() && ca == cb) return;  // domestic: not diplomacy
        // ("Michel met von der Leyen": two people serving one international
        // body on the day meet inside it.)
        // ("Borrell met EU envoy Lajcak", read as the EU: nor does one
        // serving a body meet the body.)
        if (ca.empty() && cb.empty()) {
          const LexiconEntry* pa = actors_.lexicon().Find(a);
          const LexiconEntry* pb = actors_.lexicon().Find(b);
          if (pa && pb && (pa->kind == ActorKind::kPerson || pb->kind == ActorKind::kPerson)) {
            const std::string& body = actors_.lexicon().BodyOf(*pa, memory->published);
            if (!body.empty() && body == actors_.lexicon().BodyOf(*pb, memory->published)) return;
          }
        }
        CandidateEvent e2 = ev;
        e2.participants = {a, b};
        own_date(e2, a);
        own_date(e2, b);
        out->push_back(std::move(e2));
      };
      auto all_parties = [&](const std::vector<std::string>& parties) {
        if (final_type->pairwise) {
          for (std::size_t x = 0; x < parties.size(); ++x)
            for (std::size_t y = x + 1; y < parties.size(); ++y) dyad(parties[x], parties[y]);
          return;
        }
        std::set<std::string> cs;
        for (const auto& p : parties) cs.insert(country_of(p));
        if (parties.size() < 2 || (cs.size() < 2 && !cs.count(""))) return;  // domestic: not diplomacy
        CandidateEvent e2 = ev;
        e2.participants = parties;
        out->push_back(std::move(e2));
      };
      // "Pashinyan and Aliyev met in Brussels for talks hosted by Charles
      // Michel" (`meeting_hosts`): the host, a person named right after the
      // phrase (or after a title in capitals), met each party too.
      if (final_type->pairwise && !cues.meeting_hosts.empty() && ev.factuality == Factuality::kAsserted) {
        for (std::size_t k = te; k + 1 < s.size() && k < te + 16; ++k) {
          if (s.Is(k, Cue::kClauseBreaks) || s.lower(k) == ";") break;
          std::size_t phrase_len = 0;
          for (const auto& pp : cues.meeting_hosts)
            if (s.PhraseEndsAt(pp, k)) phrase_len = pp.size();
          if (phrase_len == 0 || k + 1 < phrase_len + 1) continue;
          // (Right after a noun of talks, not of a meal: "a banquet hosted by
          // President Murmu" is no meeting of hers with each guest.)
          const std::size_t before = k - phrase_len;
          if (!cues.meeting_host_nouns.contains(s.lower(before))) break;
          std::size_t h = k + 1;
          while (h < s.size() && h < k + 6 && s.mention_at(h) < 0 && s.token(h).word && s.token(h).cap) ++h;
          const int hm = h < s.size() ? s.mention_at(h) : -1;
          if (hm >= 0 && NamesPerson(mentions[hm]) && !mentions[hm].possessive)
            for (const std::string& p : everyone) dyad(mentions[hm].actor, p);
          break;
        }
      }
      if (agent_ids.empty()) {
        // "talks between X and Y" (not "with X and with Y"); a verb whose
        // subject names nobody ("The minister received X and Y") met each of
        // them, not joined them.
        // ("held bilateral meetings with Kishida, Biden and Albanese": a noun
        // governing its parties by "with" has them meet its unnamed subject,
        // not each other.)
        const bool with_parties = (te > 0 && s.lower(te - 1) == "with") || (te < s.size() && s.lower(te) == "with");
        bool joined = (noun && !with_parties) || obj.mentions.empty();
        for (std::size_t k = tb; !joined && k < mentions[obj.mentions[0]].tok_begin; ++k) joined = s.lower(k) == "between";
        if (!obj.apart && joined) all_parties(object_ids);
        continue;
      }
      // "Roh and Koizumi held talks at the Blue House": an object standing for
      // one of the agents is no other party; the agents met each other.
      if (final_type->pairwise && !object_ids.empty() &&
          std::all_of(object_ids.begin(), object_ids.end(), stands_for_other))
        object_ids.clear();
      if (object_ids.empty()) {
        // ("Milei, Boric and Landau hold talks with Paz": a party after "with"
        // that the lexicon does not know is the one they met, not each other.)
        bool unknown_with = false;
        for (std::size_t k = te > 0 ? te - 1 : 0; k <= te && k + 1 < s.size() && !unknown_with; ++k)
          unknown_with = s.lower(k) == "with" && s.token(k + 1).word && s.token(k + 1).cap && s.mention_at(k + 1) < 0 &&
                         !s.InTimex(k + 1);
        // (Nor "the five leaders held talks ... and joined a video call": a
        // group of four or more, told as one, is a gathering, not dyads.)
        const bool gathering = pair.size() >= 4;
        // ("only Barbados and Guyana had met their targets", "the two had met
        // the deadline": a verb trigger with a noun phrase of its own right
        // after it, no date, met that thing, not each other.)
        bool thing_object = false;
        if (!noun && te + 1 < s.size() && te > tb && s.PastTense(te - 1) && !s.InTimex(te) && s.mention_at(te) < 0 &&
            (s.lower(te) == "the" || s.Is(te, Cue::kPossessivePronouns)) && !s.InTimex(te + 1) &&
            s.mention_at(te + 1) < 0 && s.token(te + 1).word && !s.token(te + 1).cap && !s.Is(te + 1, Cue::kPrepositions))
          thing_object = true;
        if (rule.pairs_subjects && !unknown_with && !gathering && !thing_object) all_parties(agent_ids);  // "X and Y met"
        continue;
      }
      // "Russia and Ukraine signed separate agreements with Turkey and the
      // UN": each subject with the objects, the subjects not with each other.
      bool separate = false;
      for (std::size_t k = tb; k < te && !final_type->pairwise && agent_ids.size() >= 2 && !separate; ++k)
        separate = cues.separate_words.contains(s.lower(k));
      if (separate) {
        for (const std::string& a : agent_ids) {
          std::vector<std::string> parties{a};
          for (const std::string& o : object_ids)
            if (!Contains(parties, o)) parties.push_back(o);
          all_parties(parties);
        }
        continue;
      }
      const bool zipped = Respectively(s, te, agent_ids.size(), object_ids.size());
      for (std::size_t oi = 0; oi < object_ids.size(); ++oi) {  // "X met Y and Z": one event each
        const std::string& o = object_ids[oi];
        if (final_type->pairwise) {
          for (std::size_t ai = 0; ai < agent_ids.size(); ++ai)
            if (!zipped || ai == oi) dyad(agent_ids[ai], o);
        } else {
          std::vector<std::string> parties = agent_ids;
          if (!Contains(parties, o)) parties.push_back(o);
          all_parties(parties);
        }
      }
      // "Yoon held a trilateral summit with Biden and Ishiba", "Obama hosted
      // Netanyahu and Abbas for three-way talks": the two met too
      // (`all_pairs_words`, from three words before the trigger to the end of
      // its objects and a few words more).
      bool all_pairs = false;
      std::size_t objects_end = 0;  // one past the last object named
      for (std::size_t m : obj.mentions) objects_end = std::max(objects_end, mentions[m].tok_end);
      const std::size_t reach = std::min(s.size(), std::max(te, objects_end) + 4);
      for (std::size_t k = tb > 3 ? tb - 3 : 0; k < reach && !all_pairs; ++k) {
        if (k >= te && s.Is(k, Cue::kClauseBreaks)) break;
        all_pairs = cues.all_pairs_words.contains(s.lower(k));
      }
      // ("met Merkel and Macron together": `joint_words` right after the objects.)
      if (!obj.mentions.empty() && objects_end < s.size() && cues.joint_words.contains(s.lower(objects_end)))
        all_pairs = true;
      if (final_type->pairwise && (all_pairs || rule.pairs_objects) && object_ids.size() >= 2) all_parties(object_ids);
      continue;
    }
    // "X and Y exchanged congratulations": each to the other.
    if (rule.reciprocal && object_ids.empty() && agent_ids.size() == 2) {
      for (int k = 0; k < 2; ++k) {
        CandidateEvent e2 = ev;
        e2.agents = {agent_ids[k]};
        e2.agent_countries = {country_of(agent_ids[k])};
        e2.recipients = {agent_ids[1 - k]};
        if (!country_of(agent_ids[1 - k]).empty() && country_of(agent_ids[1 - k]) == e2.agent_countries[0]) continue;
        out->push_back(std::move(e2));
      }
      continue;
    }
    // Directed: "X and Y congratulated Z" is two congratulations. (Candidates
    // are copies of `ev`, but the last takes it over: most triggers name one
    // agent and one recipient.)
    for (std::size_t ai = 0; ai < agent_ids.size(); ++ai) {
      const std::string& agent = agent_ids[ai];
      CandidateEvent ea = ai + 1 < agent_ids.size() ? CandidateEvent(ev) : std::move(ev);
      ea.agents = {agent};
      ea.agent_countries = {country_of(agent)};
      if (object_ids.empty() && type->host_from_dateline && !memory->dateline_country.empty() &&
          memory->dateline_country != ea.agent_countries[0]) {
        ea.recipients = {memory->dateline_country};
        out->push_back(std::move(ea));
        continue;
      }
      if (object_ids.empty()) {
        ea.incomplete = true;
        ea.winner = memory->winner;
        for (const NewActor& na : memory->new_actors) ea.new_actor_countries.emplace_back(na.id, country_of(na.id));
        out->push_back(std::move(ea));
        continue;
      }
      const std::string* last_to = nullptr;  // the last recipient kept, who takes `ea` over
      const bool zipped = Respectively(s, te, agent_ids.size(), object_ids.size());
      for (std::size_t oi = 0; oi < object_ids.size(); ++oi) {
        const std::string& o = object_ids[oi];
        if (o == agent || (zipped && oi != ai)) continue;
        // "Scholz congratulated Merz": whoever is congratulated won, if no cue
        // said who did (even when the act itself is domestic and left out).
        if (memory->winner.empty() && ea.factuality == Factuality::kAsserted &&
            cues.winner.recipient_of.contains(ea.action)) {
          const LexiconEntry* le = actors_.lexicon().Find(o);
          if (le && le->kind == ActorKind::kPerson) memory->winner = o;
        }
        const std::string& rc = country_of(o);
        if (!rc.empty() && rc == ea.agent_countries[0]) continue;  // domestic: not diplomacy
        if (last_to) {
          CandidateEvent e2 = ea;
          e2.recipients = {*last_to};
          own_date(e2, *last_to);
          out->push_back(std::move(e2));
        }
        last_to = &o;
      }
      if (last_to) {
        ea.recipients = {*last_to};
        own_date(ea, *last_to);
        out->push_back(std::move(ea));
      }
    }
  }

  DenyContacts(c, cues, memory->sentence, out);
  RememberSentence(c, s, *out, first_new, actors_, memory);
}

namespace {

bool DatesCompatible(const std::optional<DateSpan>& a, const std::optional<DateSpan>& b) {
  if (!a || !b) return true;
  return a->Contains(*b) || b->Contains(*a);
}

// Two reports of the same parties, `late` told after `early`: the early one has
// no date, the late one a date that ended before the context day of the early
// one's sentence by more than a month. The early report is then of the article's occasion and the
// late one recalls an earlier meeting ("Xi welcomed Prabowo ... [Saturday's
// story] ... Prabowo met Xi in Beijing in April"): two events, not one dated
// April. Cluster dates are passed; only asserted, plain reports qualify.
constexpr int kRetoldGapDays = 31;

bool RetoldEarlier(const CandidateEvent& late, const std::optional<DateSpan>& late_date, const CandidateEvent& early,
                   const std::optional<DateSpan>& early_date, const EventBuilder::ContextDayFn& context_day) {
  if (!context_day || early_date || !late_date || late.sentence <= early.sentence) return false;
  if (early.factuality != Factuality::kAsserted || early.sequel || early.election_night || early.background)
    return false;
  // More than a month apart: a lead told undated and its detail dated a day or
  // two before the story's last day are one act ("The United States and Japan
  // congratulated Tsai ... Pompeo issued a statement on Saturday night").
  // (value_or: GCC 12 takes a read of the checked optional for uninitialised)
  const CivilDate latest = late_date->latest.AddDays(kRetoldGapDays);
  return latest < context_day(early.sentence, false).value_or(latest);
}

std::optional<DateSpan> Finer(const std::optional<DateSpan>& a, const std::optional<DateSpan>& b) {
  if (!a) return b;
  if (!b) return a;
  if (a->earliest == b->earliest && a->latest == b->latest) return a;  // (as long: no day counts)
  return b->Days() < a->Days() ? b : a;
}

// The same actors in any order. The lists are short (most have one or two
// ids): comparing in place costs less than sorting copies.
bool SameIds(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  return std::is_permutation(a.begin(), a.end(), b.begin(), b.end());
}

// Candidates that may tell one event: the same action and factuality, to the
// same recipients, among the same participants.
bool SameKind(const CandidateEvent& a, const CandidateEvent& b) {
  return a.action == b.action && a.factuality == b.factuality && SameIds(a.recipients, b.recipients) &&
         SameIds(a.participants, b.participants);
}

// A hash that SameKind candidates share (ids summed, so the order of a list
// does not matter).
std::uint64_t KindHash(const CandidateEvent& c) {
  const std::hash<std::string> hash;
  auto ids_hash = [&](const std::vector<std::string>& ids) {
    std::uint64_t h = ids.size();
    for (const std::string& id : ids) h += hash(id) * 0x9E3779B97F4A7C15ull;
    return h;
  };
  std::uint64_t h = hash(c.action) ^ static_cast<std::uint64_t>(c.factuality);
  h = h * 0xBF58476D1CE4E5B9ull + ids_hash(c.recipients);
  return h * 0x94D049BB133111EBull + ids_hash(c.participants);
}

// Finish's working lists, one set per thread (Finish is not re-entrant), so
// that each article reuses the room of the one before instead of allocating
// a dozen lists anew.
struct FinishBuffers {
  std::vector<std::pair<std::uint64_t, std::size_t>> hashed;  // GroupsOfKind: (hash, candidate)
  std::vector<std::size_t> first_of_group;                     // GroupsOfKind
  std::vector<std::size_t> kind, parent, seen_roots, root_event;
  std::vector<std::optional<DateSpan>> cluster_date, occasion_date;
  std::vector<std::vector<std::size_t>> earlier_of_kind;  // (only the first `kinds` are in use)
};

// The complete candidates grouped by SameKind: a group number for each
// (incomplete ones: SIZE_MAX) into `group`, and the number of groups. Found
// by sorting on KindHash, not by a string key per candidate; candidates of
// one hash are compared with the first of each group of that hash, so a
// thousand mentions of one event stay linear.
std::size_t GroupsOfKind(const std::vector<CandidateEvent>& cands, FinishBuffers& b, std::vector<std::size_t>& group) {
  auto& hashed = b.hashed;
  hashed.clear();
  for (std::size_t i = 0; i < cands.size(); ++i)
    if (!cands[i].incomplete) hashed.emplace_back(KindHash(cands[i]), i);
  std::sort(hashed.begin(), hashed.end());
  group.assign(cands.size(), SIZE_MAX);
  auto& first_of_group = b.first_of_group;
  first_of_group.clear();
  for (std::size_t b = 0, e = 0; b < hashed.size(); b = e) {
    const std::size_t run_groups = first_of_group.size();  // groups begun before this hash
    for (e = b; e < hashed.size() && hashed[e].first == hashed[b].first; ++e) {
      const std::size_t i = hashed[e].second;
      std::size_t g = run_groups;
      while (g < first_of_group.size() && !SameKind(cands[i], cands[first_of_group[g]])) ++g;
      if (g == first_of_group.size()) first_of_group.push_back(i);
      group[i] = g;
    }
  }
  return first_of_group.size();
}

}  // namespace

std::vector<Event> EventBuilder::Finish(std::vector<CandidateEvent>& cands, const ContextDayFn& context_day) const {
  thread_local FinishBuffers buffers;
  // Union-find over complete candidates that tell the same event.
  std::vector<std::size_t>& parent = buffers.parent;
  parent.resize(cands.size());
  std::iota(parent.begin(), parent.end(), 0);
  auto find = [&](std::size_t x) {
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
  };
  auto sorted = [](std::vector<std::string> v) {
    std::sort(v.begin(), v.end());
    return v;
  };
  const Lexicon& lex = actors_.lexicon();
  auto is_person = [&](const std::string& id) { return IsPersonId(lex, id); };
  // Agents tell the same act when they are the same actor, or when one of them
  // is a state or its institution ("Russia", "the Kremlin", "Moscow") and the
  // other acts for the same state ("Putin").
  auto same_agent = [&](const CandidateEvent& a, const CandidateEvent& b) {
    if (SameIds(a.agents, b.agents)) return true;
    for (std::size_t i = 0; i < a.agents.size(); ++i)
      for (std::size_t j = 0; j < b.agents.size(); ++j) {
        if (a.agents[i] == b.agents[j]) return true;
        bool both_people = is_person(a.agents[i]) && is_person(b.agents[j]);
        const std::string& ca = a.agent_countries[i];
        const std::string& cb = b.agent_countries[j];
        if (!both_people && !ca.empty() && ca == cb) return true;
      }
    return false;
  };
  // Dates are compared against the cluster's finest date so far, so that a
  // Monday and a Tuesday never join through an undated mention.
  std::vector<std::optional<DateSpan>>& cluster_date = buffers.cluster_date;
  cluster_date.resize(cands.size());
  for (std::size_t i = 0; i < cands.size(); ++i) cluster_date[i] = cands[i].date;
  // Candidates are compared only with earlier ones of the same kind
  // (SameKind), and only with one candidate per cluster: a sentence naming the
  // same meeting a thousand times stays linear.
  std::size_t kinds = 0;
  std::vector<std::size_t>& kind = buffers.kind;
  kinds = GroupsOfKind(cands, buffers, kind);
  std::vector<std::vector<std::size_t>>& earlier_of_kind = buffers.earlier_of_kind;
  if (earlier_of_kind.size() < kinds) earlier_of_kind.resize(kinds);
  for (std::size_t k = 0; k < kinds; ++k) earlier_of_kind[k].clear();
  std::vector<std::size_t>& seen_roots = buffers.seen_roots;
  for (std::size_t i = 0; i < cands.size(); ++i) {
    if (cands[i].incomplete) continue;
    const CandidateEvent& a = cands[i];
    std::vector<std::size_t>& earlier = earlier_of_kind[kind[i]];
    seen_roots.clear();
    for (std::size_t j : earlier) {
      std::size_t rj = find(j);
      bool seen = std::find(seen_roots.begin(), seen_roots.end(), rj) != seen_roots.end();
      if (!seen) seen_roots.push_back(rj);
      if (seen && a.participants.empty()) continue;
      const CandidateEvent& b = cands[j];
      if (!a.participants.empty() || same_agent(a, b)) {
        std::size_t ri = find(i);
        rj = find(j);
        if (ri == rj) continue;
        if (!DatesCompatible(cluster_date[ri], cluster_date[rj])) continue;
        // A recalled earlier occasion and an undated report of the same parties
        // are two events: "they held talks on the sidelines ... they last met
        // in September" must not date today's talks to September.
        if (a.background != b.background && (!cluster_date[ri] || !cluster_date[rj])) continue;
        // An undated report whose context day is later than a dated report
        // told after it is today's occasion, the later one a look back: "Xi
        // welcomed Prabowo [Saturday] ... Prabowo met Xi in Beijing in April".
        if (RetoldEarlier(a, cluster_date[ri], b, cluster_date[rj], context_day)) continue;
        parent[ri] = rj;
        cluster_date[rj] = Finer(cluster_date[rj], cluster_date[ri]);
      }
    }
    // Keep one representative per agent set and cluster.
    bool dup = std::any_of(earlier.begin(), earlier.end(), [&](std::size_t j) {
      return find(j) == find(i) && SameIds(cands[j].agents, a.agents);
    });
    if (!dup) earlier.push_back(i);
  }
  // An act that lasts days (a visit): the same visitor's mentions of the same
  // host state a few days apart are one occasion ("Xi arrived in Washington on
  // Thursday ... Obama welcomed Xi to the White House on Friday"), dated by its
  // first day. Compared with one candidate per cluster, so it stays cheap.
  std::vector<std::optional<DateSpan>>& occasion_date = buffers.occasion_date;
  occasion_date.assign(cands.size(), std::nullopt);
  {
    struct Rep {
      std::size_t cand;
      std::string host;
    };
    std::vector<Rep> reps;
    auto host_of = [&](const CandidateEvent& c) -> std::string {
      if (c.recipients.size() != 1) return {};
      const LexiconEntry* e = lex.Find(c.recipients[0]);
      if (!e) return {};
      if (e->kind == ActorKind::kCountry) return c.recipients[0];
      return lex.CountryOf(*e, std::optional<CivilDate>(c.date->earliest));
    };
    for (std::size_t i = 0; i < cands.size(); ++i) {
      const CandidateEvent& a = cands[i];
      if (a.incomplete || a.background || a.factuality != Factuality::kAsserted || !a.date ||
          a.date->granularity != Granularity::kDay || !a.participants.empty())
        continue;
      const ActionType* type = rules_.Find(a.action);
      if (!type || type->occasion_days <= 0) continue;
      std::string host = host_of(a);
      if (host.empty()) continue;
      bool rep = true;
      for (const Rep& r : reps) {
        const CandidateEvent& b = cands[r.cand];
        if (b.action != a.action || r.host != host || !same_agent(a, b)) continue;
        std::size_t ri = find(i), rj = find(r.cand);
        if (ri == rj) {
          rep = false;
          continue;
        }
        const DateSpan& da = cluster_date[ri] ? *cluster_date[ri] : *a.date;
        const DateSpan& db = cluster_date[rj] ? *cluster_date[rj] : *b.date;
        if (da.granularity != Granularity::kDay || db.granularity != Granularity::kDay) continue;
        long long gap = da.earliest.ToDays() - db.earliest.ToDays();
        if (gap < -type->occasion_days || gap > type->occasion_days) continue;
        const DateSpan& first = gap < 0 ? da : db;
        parent[ri] = rj;
        cluster_date[rj] = first;
        occasion_date[rj] = first;
        rep = false;
      }
      if (rep) reps.push_back({i, std::move(host)});
    }
  }
  // Incomplete candidates ("the congratulations of the Russian president came ...")
  // join the one complete event they can belong to.
  // They are compared with one complete candidate per action, cluster and
  // agents (not with every candidate: a run-on text with thousands of
  // mentions of one act would make this quadratic).
  // (Built only when some candidate is incomplete: most articles have none.)
  StringMap<std::vector<std::size_t>> representatives;  // action -> candidates
  if (std::any_of(cands.begin(), cands.end(), [](const CandidateEvent& c) { return c.incomplete; })) {
    StringSet seen;
    std::string key;
    for (std::size_t j = 0; j < cands.size(); ++j) {
      if (cands[j].incomplete) continue;
      key.assign(cands[j].action);
      ((key += '|') += FactualityName(cands[j].factuality)) += '|';
      key += std::to_string(find(j));
      for (std::size_t k = 0; k < cands[j].agents.size(); ++k)
        (((key += '|') += cands[j].agents[k]) += '/') += cands[j].agent_countries[k];
      if (seen.insert(key)) representatives[cands[j].action].push_back(j);
    }
  }
  static const std::vector<std::size_t> kNone;
  auto reps_of = [&](const std::string& action) -> const std::vector<std::size_t>& {
    auto it = representatives.find(action);
    return it == representatives.end() ? kNone : it->second;
  };
  std::vector<std::size_t> carried;
  for (std::size_t i = 0; i < cands.size(); ++i) {
    if (!cands[i].incomplete) continue;
    std::set<std::size_t> roots;
    for (std::size_t j : reps_of(cands[i].action)) {
      if (cands[j].factuality != cands[i].factuality) continue;
      if (!same_agent(cands[i], cands[j])) continue;
      if (!DatesCompatible(cluster_date[find(j)], cands[i].date)) continue;
      roots.insert(find(j));
    }
    if (roots.size() == 1) {
      parent[i] = *roots.begin();
      continue;
    }
    if (!roots.empty()) continue;
    // The same agent already did this in the article, on another date: this
    // mention is not a new act by someone else.
    const std::vector<std::size_t>& same_action = reps_of(cands[i].action);
    // (An act only asked about or planned is no act: "Has China congratulated him?")
    bool agent_acted = std::any_of(same_action.begin(), same_action.end(), [&](std::size_t j) {
      return same_agent(cands[i], cands[j]) && cands[j].factuality == cands[i].factuality;
    });
    if (agent_acted) continue;
    // "Johnson also sent his congratulations": another actor doing the same to
    // the one who was just congratulated (within a few sentences).
    // The first recipient of the latest earlier sentence that had one.
    const CandidateEvent* last = nullptr;
    auto from_it = rules_.cues().carry_recipient_from.find(cands[i].action);
    auto carries = [&](const std::string& action) {
      return action == cands[i].action ||
             (from_it != rules_.cues().carry_recipient_from.end() && Contains(from_it->second, action));
    };
    // ("The United States recognized opposition candidate Edmundo González as
    // the winner, while Brazil called for the tally sheets before any
    // recognition of the result proclaimed for Maduro": a withholding does
    // not take its recipient from another act's opposition leader, who holds
    // no office the withholding could refuse.)
    auto opposition_recipient = [&](const CandidateEvent& c) {
      if (c.action == cands[i].action) return false;
      // (On the act's day; an act with no date: any time.)
      // (No optional<CivilDate> here: GCC 12 warns of reading it uninitialised.)
      for (const std::string& r : c.recipients)
        if (const LexiconEntry* e = actors_.lexicon().Find(r))
          for (const LexiconRole& role : e->roles)
            if (role.role == "opposition_leader" && (!c.date || role.ActiveOn(c.date->earliest))) return true;
      return false;
    };
    const auto reach_it = rules_.cues().carry_recipient_sentences_of.find(cands[i].action);
    const std::size_t reach = reach_it != rules_.cues().carry_recipient_sentences_of.end()
                                  ? reach_it->second
                                  : rules_.cues().carry_recipient_sentences;
    for (const CandidateEvent& c : cands)
      if (!c.incomplete && carries(c.action) && !opposition_recipient(c) && c.sentence <= cands[i].sentence &&
          c.factuality == cands[i].factuality &&
          cands[i].sentence - c.sentence <= reach && !c.recipients.empty() &&
          (!last || c.sentence > last->sentence))
        last = &c;
    // A withholding told before the congratulations it stands against
    // ("Pompeo said Washington would not recognise its outcome. ... Putin
    // congratulated Maduro on his re-election"): for actions that carry a
    // recipient from another action, the nearest later sentence may give it.
    // ("X, Y and Z congratulated Chavez's chosen heir. Putin sent Maduro a
    // message of congratulations": for carry_recipient_later_same, also the
    // same act by another state.)
    const bool same_later = rules_.cues().carry_recipient_later_same.contains(cands[i].action);
    if (!last && (from_it != rules_.cues().carry_recipient_from.end() || same_later))
      for (const CandidateEvent& c : cands)
        if (!c.incomplete && (c.action != cands[i].action ? carries(c.action) && !opposition_recipient(c) : same_later) &&
            c.sentence > cands[i].sentence &&
            c.factuality == cands[i].factuality &&
            c.sentence - cands[i].sentence <= reach && !c.recipients.empty() &&
            // Not from the same state's own later congratulation ("the Kremlin
            // had said it would wait ... Putin's congratulatory message").
            !c.agent_countries.empty() && !cands[i].agent_countries.empty() &&
            c.agent_countries[0] != cands[i].agent_countries[0] && (!last || c.sentence < last->sentence))
          last = &c;
    // "Singh telephoned Rajapaksa ... and conveyed the felicitations of the
    // people of India": an undirected congratulation rides on the call (or the
    // meeting) its agent had in the same sentence (carry_recipient_same_sentence).
    CandidateEvent partner;
    const auto& same_sentence = rules_.cues().carry_recipient_same_sentence;
    auto partner_kinds = same_sentence.find(cands[i].action);
    if (partner_kinds != same_sentence.end() && !cands[i].agents.empty())
      for (const CandidateEvent& c : cands)
        if (!c.incomplete && c.sentence == cands[i].sentence && Contains(partner_kinds->second, c.action) &&
            c.factuality == cands[i].factuality && c.participants.size() == 2 && Contains(c.participants, cands[i].agents[0])) {
          partner = c;
          partner.recipients = {c.participants[0] == cands[i].agents[0] ? c.participants[1] : c.participants[0]};
          last = &partner;
          break;
        }
    // Would `id` as the recipient be of the agent's own state (on `when`)?
    auto domestic_to = [&](const std::string& id, const std::optional<DateSpan>& when) {
      const LexiconEntry* r = lex.Find(id);
      std::string rc = r ? lex.CountryOf(*r, when ? std::optional<CivilDate>(when->earliest) : std::nullopt) : "";
      // (A winner the lexicon does not know: "Montenegro also congratulated the winner".)
      if (!r)
        for (const auto& [nid, nc] : cands[i].new_actor_countries)
          if (nid == id) rc = nc;
      return !rc.empty() && rc == cands[i].agent_countries[0];
    };
    bool domestic = last && domestic_to(last->recipients[0], last->date);
    if (last && !domestic && !Contains(last->recipients, cands[i].agents[0]) && last->factuality == cands[i].factuality) {
      CandidateEvent& c = cands[i];
      c.recipients = last->recipients;
      c.incomplete = false;
      carried.push_back(i);
      continue;
    }
    // "Biden won the election. ... China said it would wait for the official
    // results": nothing near it gives a recipient; the winner the article had
    // named by then does, unless of the agent's own state, or unless the
    // agent's state does something else to the winner in the article ("the
    // Kremlin had said it would wait ... Putin's congratulatory message": a
    // recalled stance the article's own event supersedes).
    CandidateEvent& c = cands[i];
    auto other_act = [&](const CandidateEvent& o) {
      return !o.incomplete && o.action != c.action && o.factuality == c.factuality && !o.agent_countries.empty() &&
             o.agent_countries[0] == c.agent_countries[0] && Contains(o.recipients, c.winner);
    };
    if (!last && !c.winner.empty() && c.winner != c.agents[0] && rules_.cues().carry_winner.contains(c.action) &&
        std::none_of(cands.begin(), cands.end(), other_act) && !domestic_to(c.winner, c.date)) {
      c.recipients = {c.winner};
      c.incomplete = false;
      carried.push_back(i);
    }
  }
  // The carried ones merge like complete candidates.
  for (std::size_t i : carried) {
    for (std::size_t j = 0; j < cands.size(); ++j) {
      if (j == i || cands[j].incomplete || cands[j].action != cands[i].action || cands[j].factuality != cands[i].factuality) continue;
      if (!SameIds(cands[j].recipients, cands[i].recipients) || !same_agent(cands[i], cands[j])) continue;
      std::size_t ri = find(i), rj = find(j);
      if (ri != rj && DatesCompatible(cluster_date[ri], cluster_date[rj])) {
        parent[ri] = rj;
        cluster_date[rj] = Finer(cluster_date[rj], cluster_date[ri]);
      }
    }
  }

  std::vector<Event> events;
  events.reserve(cands.size());
  std::vector<std::size_t>& root_event = buffers.root_event;
  root_event.assign(cands.size(), SIZE_MAX);
  for (std::size_t i = 0; i < cands.size(); ++i) {
    std::size_t r = find(i);
    if (cands[r].incomplete) continue;  // an incomplete candidate that joined nothing
    if (root_event[r] == SIZE_MAX) {
      root_event[r] = events.size();
      // (Moved: from here on only the agents, dates and evidence of the
      // candidates are read.)
      Event& e = events.emplace_back();
      e.action = std::move(cands[r].action);
      e.factuality = cands[r].factuality;
      e.recipients = sorted(std::move(cands[r].recipients));
      e.participants = sorted(std::move(cands[r].participants));
    }
    Event& e = events[root_event[r]];
    for (const auto& a : cands[i].agents)
      if (!Contains(e.agents, a)) e.agents.push_back(a);
    e.date = Finer(e.date, cands[i].date);
    // One mention per sentence (all candidates here come from one document).
    // Candidates come in sentence order, as AddSentence made them, so a
    // sentence the event quotes already is its last mention: a text repeating
    // one event thousands of times stays linear without a set of them.
    const bool fresh = e.mentions.empty() || e.mentions.back().begin != cands[i].evidence.begin;
    if (fresh) {
      const CandidateEvent& c = cands[i];
      Mention& m = e.mentions.emplace_back();
      m.document = c.evidence.document;
      m.begin = c.evidence.begin;
      m.end = c.evidence.end;
      m.sentence = c.evidence.sentence;
      m.trigger = c.trigger;
      m.rule = c.rule->id;
      m.date = c.date;
    } else if (const auto& d = cands[i].date) {
      // Two candidates of one sentence: the kept mention states the finer date
      // (of equally fine ones, the first), as a graph read back dates the
      // document's report from its mentions.
      std::optional<DateSpan>& kept = e.mentions.back().date;
      if (!kept || d->FinerOrEarlier(*kept)) kept = d;
    }
  }
  for (std::size_t i = 0; i < cands.size(); ++i)
    if (find(i) == i && occasion_date[i] && root_event[i] != SIZE_MAX) events[root_event[i]].date = occasion_date[i];
  // The asserted, undated, not recalled events of the candidates `pick`
  // chooses take the context day of their sentence (the election's day with
  // `election`), moved by `offset(candidate)` days.
  auto context_date = [&](auto pick, bool election, auto offset) {
    for (std::size_t i = 0; context_day && i < cands.size(); ++i) {
      if (!pick(cands[i]) || cands[i].background) continue;
      const std::size_t r = find(i);
      if (root_event[r] == SIZE_MAX) continue;
      Event& e = events[root_event[r]];
      if (e.date || e.factuality != Factuality::kAsserted) continue;
      if (std::optional<CivilDate> day = context_day(cands[i].sentence, election))
        e.date = DateSpan::Day(day->AddDays(offset(cands[i])));
    }
  };
  auto no_offset = [](const CandidateEvent&) { return 0; };
  // An act told "on election night" with no date of its own: the day of the
  // article's election, before any other guess.
  context_date([](const CandidateEvent& c) { return c.election_night; }, true,
               [](const CandidateEvent& c) { return c.election_offset; });
  // "Xi arrived in Moscow on Friday afternoon. He then held talks with Putin":
  // an act told as what came next, with no date of its own, is of the day the
  // sentences before had reached (before any other event's date is borrowed).
  context_date([](const CandidateEvent& c) { return c.sequel; }, false, no_offset);
  // An undated event between parties that a dated event of the same article
  // brings together happened on that occasion ("Xi met Lavrov on Tuesday ...
  // Lavrov told Xi ..."): it takes that date. Only when exactly one date fits.
  // Each event's parties, sorted, without repeats: built once, not once per
  // pair of events (views: this pass changes dates only).
  const bool any_undated = std::any_of(events.begin(), events.end(), [](const Event& e) {
    return !e.date && e.factuality == Factuality::kAsserted;
  });
  std::vector<std::vector<std::string_view>> parties(any_undated ? events.size() : 0);
  for (std::size_t i = 0; i < parties.size(); ++i) {
    std::vector<std::string_view>& p = parties[i];
    for (const auto* list : {&events[i].agents, &events[i].recipients, &events[i].participants})
      p.insert(p.end(), list->begin(), list->end());
    std::sort(p.begin(), p.end());
    p.erase(std::unique(p.begin(), p.end()), p.end());
  }
  for (std::size_t i = 0; i < parties.size(); ++i) {
    Event& e = events[i];
    if (e.date || e.factuality != Factuality::kAsserted || parties[i].size() < 2) continue;
    std::optional<DateSpan> found;
    bool ambiguous = false;
    for (std::size_t j = 0; j < events.size(); ++j) {
      const Event& o = events[j];
      if (j == i || !o.date || o.factuality != Factuality::kAsserted || o.date->granularity != Granularity::kDay) continue;
      if (!std::includes(parties[j].begin(), parties[j].end(), parties[i].begin(), parties[i].end())) continue;
      if (found && !(*found == *o.date)) ambiguous = true;
      found = o.date;
    }
    if (found && !ambiguous) e.date = found;
  }
  // Still undated, asserted and not recalled as earlier: the day the article
  // had reached when it told the event ("Leaders hurried to congratulate Trump
  // on Wednesday. ... Merkel congratulated Trump but ..."). (Not an act told
  // "two days after the vote" in an article that ties no day to its vote:
  // the day reached is not the one it counts from.)
  context_date([](const CandidateEvent& c) { return c.election_offset == 0; }, false, no_offset);
  // A state-level act beside the same agent's acts towards that state's people
  // on a compatible date is the same act (state_joins_people): its mentions
  // join the first person-level event, and it is dropped.
  if (!rules_.cues().state_joins_people.empty() && events.size() > 1) {
    auto country_on = [&](const std::string& id, const Event& e) {
      const LexiconEntry* en = lex.Find(id);
      if (!en) return std::string();
      if (en->kind == ActorKind::kCountry) return id;
      return lex.CountryOf(*en, e.date ? std::optional<CivilDate>(e.date->earliest) : std::nullopt);
    };
    std::vector<char> dropped(events.size(), 0);
    // The state-level event `i` joins `pe`: its mentions and date go there, and it is dropped.
    auto join = [&](std::size_t i, Event& pe) {
      Event& st = events[i];
      for (Mention& m : st.mentions)
        if (std::none_of(pe.mentions.begin(), pe.mentions.end(), [&](const Mention& x) { return x.begin == m.begin; }))
          pe.mentions.push_back(std::move(m));
      pe.date = Finer(pe.date, st.date);
      dropped[i] = 1;
    };
    for (std::size_t i = 0; i < events.size(); ++i) {
      Event& st = events[i];
      if (!Contains(rules_.cues().state_joins_people, st.action) || st.recipients.size() != 1) continue;
      const LexiconEntry* state = lex.Find(st.recipients[0]);
      if (!state || state->kind != ActorKind::kCountry) continue;
      for (std::size_t j = 0; j < events.size(); ++j) {
        Event& pe = events[j];
        if (j == i || dropped[j] || pe.action != st.action || pe.factuality != st.factuality || pe.recipients.empty() ||
            !DatesCompatible(st.date, pe.date))
          continue;
        bool people_of_state = std::all_of(pe.recipients.begin(), pe.recipients.end(), [&](const std::string& r) {
          return is_person(r) && country_on(r, pe) == st.recipients[0];
        });
        if (!people_of_state) continue;
        bool same = std::any_of(st.agents.begin(), st.agents.end(), [&](const std::string& a) {
          return Contains(pe.agents, a) ||
                 (!is_person(a) && std::any_of(pe.agents.begin(), pe.agents.end(), [&](const std::string& b) {
                   std::string ca = country_on(a, st);
                   return !ca.empty() && ca == country_on(b, pe);
                 }));
        });
        if (!same) continue;
        join(i, pe);
        break;
      }
    }
    // ("the Elysee hosted him ... Macron and Xi continued with bilateral
    // talks": of a symmetric act, a party that is a state or an institution
    // beside another party joins that party's act with a person of the state.)
    for (std::size_t i = 0; i < events.size(); ++i) {
      Event& st = events[i];
      if (dropped[i] || !Contains(rules_.cues().state_joins_people, st.action) || st.participants.size() != 2) continue;
      for (std::size_t side = 0; side < 2 && !dropped[i]; ++side) {
        const std::string& inst = st.participants[side];
        const std::string& other = st.participants[1 - side];
        if (is_person(inst)) continue;
        const std::string state = country_on(inst, st);
        if (state.empty()) continue;
        // (Only where one such act fits: "held talks with Vietnam's top
        // leaders" beside meetings with two of them stays apart.)
        std::size_t fit = SIZE_MAX, fits = 0;
        for (std::size_t j = 0; j < events.size(); ++j) {
          const Event& pe = events[j];
          if (j == i || dropped[j] || pe.action != st.action || pe.factuality != st.factuality ||
              pe.participants.size() != 2 || !Contains(pe.participants, other) || !DatesCompatible(st.date, pe.date))
            continue;
          const std::string& person = pe.participants[0] == other ? pe.participants[1] : pe.participants[0];
          if (!is_person(person) || country_on(person, pe) != state) continue;
          fit = j;
          ++fits;
        }
        if (fits == 1) join(i, events[fit]);
      }
    }
    std::size_t w = 0;
    for (std::size_t i = 0; i < events.size(); ++i)
      if (!dropped[i]) {
        if (w != i) events[w] = std::move(events[i]);
        ++w;
      }
    events.resize(w);
  }
  for (Event& e : events) {
    std::sort(e.agents.begin(), e.agents.end());
    std::sort(e.mentions.begin(), e.mentions.end(), [](const Mention& a, const Mention& b) {
      return a.begin != b.begin ? a.begin < b.begin : a.rule < b.rule;
    });
  }
  // An event whose mentions state dates is dated by the finest of them, of
  // equally fine ones the earliest: an occasion told on several days is dated
  // by its first day, however its mentions were joined ("Biden arrived in
  // Geneva on Tuesday ... Before arriving in Geneva on Tuesday" after "welcomed
  // the two leaders" on Wednesday), and a graph read back dates the
  // document's report the same way.
  for (Event& e : events) {
    const std::optional<DateSpan>* best = nullptr;
    for (const Mention& m : e.mentions)
      if (m.date && (!best || m.date->FinerOrEarlier(**best))) best = &m.date;
    // (The first day compared first: mostly it is the same, and the lengths
    // cost four day counts.)
    if (best && e.date && (*best)->earliest != e.date->earliest && (*best)->Days() == e.date->Days()) e.date = *best;
  }
  return events;
}

}  // namespace diplograph::internal
