// diplograph/temporal.h: finds temporal expressions in a sentence and resolves
// them against the article's publication date.
//
// "on Tuesday", "last week", "the sixth of next month", "Dec. 15", "in 2014",
// "for three days" (a duration, never a date), "recently" (vague: no bounds).
// Resolution follows news conventions: a bare weekday or month is the most
// recent one on or before publication unless the sentence marks the future
// ("will", "is due to", "next", "upcoming").
//
//   const diplograph::TemporalTagger& tagger = diplograph::TemporalTagger::Default();
//   diplograph::TemporalContext ctx;
//   ctx.published = diplograph::CivilDate{2020, 11, 10};
//   for (const diplograph::Timex& t : tagger.Tag("Peskov said on Monday that ...", ctx)) { ... }
//
// Patterns, month and weekday words, ordinals and modifiers are JSON data
// (lib/data/dates/temporal.json, schema schemas/temporal.schema.json).
// Thread safety: a TemporalTagger is immutable after construction; Tag() may be
// called from many threads at once. It runs in time linear in the sentence.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "diplograph/date.h"
#include "diplograph/status.h"

namespace diplograph {

namespace internal {
struct Token;
struct SentenceWords;
class WordTable;
class ContextDays;
}  // namespace internal
class Extractor;

enum class TimexType { kDate, kDuration, kSet };
enum class TimexMod { kNone, kStart, kMid, kEnd, kApprox, kBefore, kAfter };
std::string_view TimexTypeName(TimexType t);  // "DATE", "DURATION", "SET"
std::string_view TimexModName(TimexMod m);    // "", "START", "MID", "END", "APPROX", "BEFORE", "AFTER"

// One temporal expression found in a sentence.
struct Timex {
  std::size_t begin = 0;  // byte offsets into the sentence passed to Tag()
  std::size_t end = 0;
  std::string surface;    // the text between begin and end
  // TIMEX3-style value: "2020-12-15", "2020-12", "2020", "2024-W14", "2019-SU",
  // "2021-H1", "2020-Q3", "199" (the 1990s), "P3D" (a duration). Empty when the
  // expression could not be resolved (then `reason` says why).
  std::string value;
  TimexType type = TimexType::kDate;
  Granularity granularity = Granularity::kNone;
  // Day bounds of a resolved DATE; both empty for durations, sets, vague and
  // unresolved expressions.
  std::optional<CivilDate> earliest;
  std::optional<CivilDate> latest;
  TimexMod mod = TimexMod::kNone;
  std::string rule;    // id of the rule that fired, e.g. "weekday.bare"
  std::string reason;  // why value is empty, e.g. "relative expression without a publication date"
  bool relative = false;  // resolved against the publication or an anchor date
  bool future = false;    // resolved forward in time

  // The bounds as a DateSpan, if this is a resolved DATE.
  std::optional<DateSpan> Span() const;
  // Sets value, granularity and bounds from `d`.
  void SetSpan(const DateSpan& d);
};

// What a sentence's expressions are resolved against.
struct TemporalContext {
  std::optional<CivilDate> published;  // the article's publication date
  // The last date resolved earlier in the same article, for anaphora such as
  // "the previous day", "the following week", "days later". Tag() does not
  // update it: the caller (one article at a time) does. Tag() reads it only
  // for an anaphoric day, and each time it does, the result holds an
  // expression of rule "anaphora.day": a result without one is the same for
  // any anchor (lib/dates/context_days.h counts on this).
  std::optional<CivilDate> anchor;
};

class TemporalTagger {
 public:
  struct Options {
    // For numeric dates such as 03/04/2020: true reads month/day (US news),
    // false reads day/month. ISO dates (2020-03-04) are always year-month-day.
    bool month_first = true;
  };

  // The tagger built from the embedded default rules. Never fails (the
  // embedded data is checked by the tests).
  static const TemporalTagger& Default();
  // The embedded default rules with other options (e.g. day-first numeric dates).
  static Result<TemporalTagger> DefaultWith(Options options);
  // A tagger from rules in JSON text (same format as the default data). `origin`
  // names the source in error messages.
  static Result<TemporalTagger> FromJson(std::string_view json, std::string_view origin, Options options);
  static Result<TemporalTagger> FromJson(std::string_view json, std::string_view origin = "<json>") {
    return FromJson(json, origin, Options());
  }

  TemporalTagger(TemporalTagger&&) noexcept;
  TemporalTagger& operator=(TemporalTagger&&) noexcept;
  ~TemporalTagger();

  // Every temporal expression in `sentence`, left to right, not overlapping.
  std::vector<Timex> Tag(std::string_view sentence, const TemporalContext& context) const;

  // Whether Tag() could read `context.anchor` for some sentence of `text` (it
  // holds an anaphoric day such as "the next day"). When false, nothing in
  // `text` will read the anchor, so a caller that keeps only such dates need
  // not tag the other sentences to move it. (The extractor tags the ones a
  // reader needs: an event told with no date of its own takes the anchor too;
  // see lib/dates/context_days.h.) A cheap scan; may say true when a phrase
  // only looks like one.
  bool MayReadAnchor(std::string_view text) const;

 private:
  friend class Extractor;
  friend class internal::ContextDays;
  // Tag() over tokens the caller already has (split/tokenizer.h), and, if not
  // null, their words read already (split/sentence_words.h, with a
  // SharedWords that holds words()).
  std::vector<Timex> Tag(std::string_view sentence, const std::vector<internal::Token>& tokens,
                         const TemporalContext& context, const internal::SentenceWords* words = nullptr) const;
  // The same into `out` (cleared first), whose room is reused: the extractor
  // tags sentence after sentence into one list per thread.
  void Tag(std::string_view sentence, const std::vector<internal::Token>& tokens, const TemporalContext& context,
           const internal::SentenceWords* words, std::vector<Timex>* out) const;
  // Whether Tag() of this sentence could hold a single day (a DATE whose
  // earliest and latest day are equal) or read the anchor. False only when
  // surely not: no word of a month, weekday, relative day ("yesterday"), day
  // part, no "ago" or "month", no anaphora opening, no slash, ISO date or
  // ordinal number ("5th"). A scan of the tokens, a few times cheaper than
  // Tag().
  bool MaySetDay(std::string_view sentence, const std::vector<internal::Token>& tokens,
                 const internal::SentenceWords* words = nullptr) const;
  // The words of the tagger's lists (lower-cased), which it looks tokens up in.
  const internal::WordTable& words() const;

  struct Impl;
  explicit TemporalTagger(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace diplograph
