// The article's temporal anchor, found lazily (see context_days.h).
#include "dates/context_days.h"
#include "dates/since_clause.h"
#include "util/strings.h"

#include <algorithm>
#include <cctype>
#include <string>

namespace diplograph::internal {

void ContextDays::Reset(const TemporalTagger* tagger, std::optional<CivilDate> published, std::size_t count) {
  tagger_ = tagger;
  published_ = published;
  sentences_.assign(count, Sentence{});
  known_ = 0;
  known_anchor_.reset();
  occasion_next_ = 0;
  occasion_day_.reset();
}

void ContextDays::Add(std::size_t si, std::string_view text, const std::vector<Token>* tokens,
                      const SentenceWords* words) {
  Sentence& s = sentences_[si];
  s.text = text;
  s.tokens = tokens;
  s.words = words;
  s.added = true;
}

bool ContextDays::TagWith(std::size_t si, std::optional<CivilDate> anchor, std::vector<Timex>* out) {
  const Sentence& s = sentences_[si];
  TemporalContext ctx;
  ctx.published = published_;
  ctx.anchor = anchor;
  tagger_->Tag(s.text, *s.tokens, ctx, s.words, out);  // (into the room `out` already has)
  FixYears(si, out);
  // The anaphora rule is the one reader of the anchor, and every time it reads
  // it, it leaves an expression of its own.
  for (const Timex& t : *out)
    if (t.rule == "anaphora.day") return true;
  return false;
}

namespace {

// A day of a month told without its year and resolved back from publication:
// "on June 29", "December 12", "Monday, May 27".
bool NeedsYear(const Timex& t) {
  if (!t.relative || t.future || t.type != TimexType::kDate || !t.earliest || !t.latest) return false;
  if (t.rule == "month.context") return true;  // "That September", "the following October"
  return *t.earliest == *t.latest &&
         (t.rule == "date.month.day" || t.rule == "date.day.month" || t.rule == "date.weekday.month.day");
}

// A resolved DATE that names its own year ("June 2016", "August 30, 2014",
// "in 2015"), or took one from its context.
// (A day or a month: a bare year is too often a noun's ("a 2018 agreement",
// "the 2019 election") or a clause's ("since 1959").)
bool NamesYear(const Timex& t) {
  return t.type == TimexType::kDate && t.earliest && t.latest &&
         (t.granularity == Granularity::kDay || t.granularity == Granularity::kMonth) &&
         (!t.relative || t.rule.ends_with(".context_year"));
}

}  // namespace

bool ContextDays::WantsYearBefore(const std::vector<Timex>& timexes) {
  for (const Timex& t : timexes) {
    if (t.rule.starts_with("anaphora")) continue;
    if (NeedsYear(t)) return true;
    if (t.type == TimexType::kDate && t.earliest) return false;
  }
  return false;
}

std::optional<CivilDate> ContextDays::YearEnd(const std::vector<Timex>& timexes) {
  std::optional<CivilDate> end;
  for (const Timex& t : timexes) {
    if (t.type != TimexType::kDate || !t.earliest || t.rule.starts_with("anaphora")) continue;
    if (NamesYear(t)) end = t.earliest;
    else end.reset();
  }
  return end;
}

void ContextDays::FixYears(std::size_t si, std::vector<Timex>* out) {
  ApplyYears(WantsYearBefore(*out) ? YearBefore(si) : std::nullopt, published_, out);
}

void ContextDays::ApplyYears(std::optional<CivilDate> before, std::optional<CivilDate> published,
                             std::vector<Timex>* out) {
  if (std::none_of(out->begin(), out->end(), NeedsYear)) return;
  std::optional<CivilDate> context;  // the last expression's date, when it names its year
  bool seen_date = false;  // (only a day before any other of its sentence looks at the sentence before)
  long long shift = 0;  // days by which the last day of the sentence moved: its anaphora move with it
  for (Timex& t : *out) {
    // ("On the evening of December 12 ...; earlier that day": the anaphora
    // counted from a day that moved moves too, and leaves the context as it is.)
    if (t.rule.starts_with("anaphora")) {
      if (shift != 0 && t.earliest && t.latest) t.SetSpan(DateSpan::Day(t.earliest->AddDays(shift)));
      continue;
    }
    if (t.type == TimexType::kDate && t.earliest && t.latest && *t.earliest == *t.latest) shift = 0;
    if (const std::optional<CivilDate> c = seen_date ? context : before; c && NeedsYear(t)) {
      // Of the context's year and the next, the one nearer the context: "in
      // December 2015 ... on January 5" is 2016, "on 23 August 2024 ... on
      // 22 August" 2024; "In April 2018 ... That September" 2018. "the
      // following September" (rule "month.context" after "the") is of the
      // year after, 2019.
      const bool month = t.rule == "month.context";
      const CivilDate was = *t.earliest;
      const int day = month ? 1 : was.day;
      auto on = [&](int year) { return CivilDate{year, was.month, day}; };
      int y = c->year;
      if (month && (t.surface.starts_with("the") || t.surface.starts_with("The"))) {
        ++y;
      } else if (CivilDate::Valid(y, was.month, day) && CivilDate::Valid(y + 1, was.month, day) &&
                 c->ToDays() - on(y).ToDays() > on(y + 1).ToDays() - c->ToDays()) {
        ++y;
      }
      if (y != was.year && CivilDate::Valid(y, was.month, day) && !(published && *published < on(y))) {
        t.SetSpan(month ? DateSpan::Month(y, was.month) : DateSpan::Day(on(y)));
        if (!month) shift = on(y).ToDays() - was.ToDays();
        t.rule += ".context_year";
      }
    }
    if (t.type != TimexType::kDate || !t.earliest) continue;  // vague, durations: no change of context
    seen_date = true;
    if (NamesYear(t)) context = t.earliest;
    else context.reset();
  }
}

std::optional<CivilDate> ContextDays::YearBefore(std::size_t si) {
  std::size_t j = si;
  while (j > 0 && !sentences_[j - 1].added) --j;
  if (j == 0) return std::nullopt;
  Sentence& s = sentences_[--j];
  if (s.year_known) return s.year_end;
  // (Its absolute expressions read no anchor: tagged without one. The walk
  // back goes on only through sentences whose first day lacks its year.)
  std::vector<Timex> v;
  TemporalContext ctx;
  ctx.published = published_;
  tagger_->Tag(s.text, *s.tokens, ctx, s.words, &v);
  FixYears(j, &v);
  s.year_known = true;
  s.year_end = YearEnd(v);
  return s.year_end;
}

namespace {

// A resolved DATE of one day.
bool SingleDay(const Timex& t) {
  return t.type == TimexType::kDate && t.earliest && t.latest && *t.earliest == *t.latest;
}

// Whether `pos` lies inside a non-restrictive relative clause that opens with
// ", who" or ", which" and has not closed (no comma, semicolon or
// parenthesis) before `pos`: "In his talks with Sunak, who arrived in Delhi on
// Friday, Modi ...", "Perry, who arrived in Kyiv on Sunday, told reporters".
// Its day is the background of one person, not the day the sentence tells of.
// (It costs "Erdogan, who arrived on Thursday, was welcomed by ... He had a
// meeting with his host the same day": the project's articles gain 16 events
// to 2 lost.)
// A "where" or "when" clause right after one goes on with it ("May, who had
// flown in from Philadelphia, where she addressed lawmakers the day before,").
bool InRelativeClause(std::string_view text, std::size_t pos) {
  for (std::size_t i = pos; i-- > 0;) {
    const char c = text[i];
    if (c == ';' || c == '(' || c == ')') return false;
    if (c != ',') continue;
    std::size_t k = i + 1;
    while (k < pos && text[k] == ' ') ++k;
    const std::string_view rest = text.substr(k, pos - k);
    if (rest.starts_with("who ") || rest.starts_with("which ")) return true;
    if (!rest.starts_with("where ") && !rest.starts_with("when ")) return false;
    pos = i;  // the clause before this one decides
  }
  return false;
}

// Whether `pos` lies in a clause recalled in the past perfect: "recalled
// that" (or "recalling that") and then "had" and a participle before `pos`,
// with no full stop between: "Medvedev recalled that Putin had been among the
// first to congratulate Erdogan, on June 25". Its day is the story's
// background, not the day the sentence tells of. (Past perfect alone is not
// enough: a background told in it often goes on "the same day".)
bool InRecalledPastPerfect(std::string_view text, std::size_t pos) {
  // (Most sentences recall nothing: asked first, since string_view::rfind
  // calls memcmp at every position it walks back over.)
  if (!HoldsBytes(text, "recall")) return false;
  std::size_t from = std::string_view::npos;
  for (std::string_view opener : {"recalled that ", "recalling that "}) {
    const std::size_t at = text.rfind(opener, pos);
    if (at != std::string_view::npos && (from == std::string_view::npos || at + opener.size() > from))
      from = at + opener.size();
  }
  if (from == std::string_view::npos || from > pos) return false;
  const std::string_view clause = text.substr(from, pos - from);
  if (clause.find(';') != std::string_view::npos) return false;
  for (std::size_t at = clause.find("had "); at != std::string_view::npos; at = clause.find("had ", at + 1)) {
    if (at > 0 && std::isalpha(static_cast<unsigned char>(clause[at - 1]))) continue;
    std::size_t e = at + 4;
    while (e < clause.size() && std::isalpha(static_cast<unsigned char>(clause[e]))) ++e;
    const std::string_view word = clause.substr(at + 4, e - at - 4);
    if (word == "been" || word.ends_with("ed") || word.ends_with("en") || word == "met" || word == "sent" ||
        word == "held" || word == "made")
      return true;
  }
  return false;
}

}  // namespace

bool ContextDays::SetsAnchor(std::string_view text, const Timex& t) {
  if (!SingleDay(t)) return false;
  // The background of a relative clause is not the day the sentence tells of.
  if (InRelativeClause(text, t.begin)) return false;
  // Nor a day recalled in the past perfect.
  if (InRecalledPastPerfect(text, t.begin)) return false;
  // Nor a day in a clause opened by "since" ("since Ishiba took office on
  // October 1"); the day right after it still is ("in India since Monday. Doval
  // met her at the air base that evening").
  if (const std::size_t since = SinceClauseStart(text, t.begin); since != std::string_view::npos && since + 6 != t.begin)
    return false;
  // "the November 7 vote", "the August 9 election": a day that only modifies a
  // noun names the occasion, not the day the sentence tells of.
  if (t.begin < 4 || t.end + 2 > text.size()) return true;
  const std::string_view before = text.substr(t.begin - 4, 4);
  if (!(before == "the " || before == "The ")) return true;
  if (t.begin > 4 && std::isalpha(static_cast<unsigned char>(text[t.begin - 5]))) return true;
  return !(text[t.end] == ' ' && std::islower(static_cast<unsigned char>(text[t.end + 1])));
}

void ContextDays::Record(std::size_t si, const std::vector<Timex>& timexes) {
  Sentence& s = sentences_[si];
  s.tagged = true;
  s.day.reset();
  s.last_day.reset();
  for (const Timex& t : timexes)
    if (SetsAnchor(s.text, t)) {
      if (!s.day) s.day = t.earliest;
      s.last_day = t.earliest;
    }
}

void ContextDays::Tag(std::size_t si, std::vector<Timex>* out) {
  if (TagWith(si, std::nullopt, out)) TagWith(si, Before(si), out);
  Record(si, *out);
}

std::optional<CivilDate> ContextDays::Before(std::size_t si) {
  // Back to the nearest sentence that sets a single day without reading the
  // anchor; those on the way that read it wait for it.
  const std::size_t stop = si >= known_ ? known_ : 0;
  std::optional<CivilDate> anchor = si >= known_ ? known_anchor_ : std::nullopt;
  pending_.clear();
  for (std::size_t j = si; j-- > stop;) {
    Sentence& s = sentences_[j];
    if (!s.added) continue;
    if (!s.tagged && !tagger_->MaySetDay(s.text, *s.tokens, s.words)) {
      s.tagged = true;  // no single day, whatever the anchor
      s.day.reset();
      s.last_day.reset();
    }
    if (!s.tagged) {
      if (TagWith(j, std::nullopt, &scratch_)) {
        pending_.push_back(j);
        continue;
      }
      Record(j, scratch_);
    }
    if (s.day) {
      anchor = s.day;
      break;
    }
  }
  // Then forward again through those that read it, each moving it in turn.
  for (std::size_t k = pending_.size(); k-- > 0;) {
    const std::size_t j = pending_[k];
    TagWith(j, anchor, &scratch_);
    Record(j, scratch_);
    if (sentences_[j].day) anchor = sentences_[j].day;
  }
  if (si >= known_) {
    known_ = si;
    known_anchor_ = anchor;
  }
  return anchor;
}

std::optional<CivilDate> ContextDays::ContextDay(std::size_t si) {
  (void)Before(si);  // every sentence back to the nearest with a day is tagged now
  for (std::size_t j = si; j-- > 0;) {
    const Sentence& s = sentences_[j];
    // (A day after publication is no context of an act told as done: "has
    // congratulated Mahama ..." after "will be sworn in on January 7".)
    if (s.added && s.tagged && s.day) {
      if (published_ && s.last_day && *published_ < *s.last_day) return std::nullopt;
      return s.last_day;
    }
  }
  return std::nullopt;
}

namespace {

// The lower-cased words of `text` from `from`, at most `n` of them.
std::vector<std::string> WordsFrom(std::string_view text, std::size_t from, std::size_t n) {
  std::vector<std::string> out;
  std::size_t i = from;
  while (out.size() < n && i < text.size()) {
    while (i < text.size() && !std::isalnum(static_cast<unsigned char>(text[i])) && text[i] != '\'' && text[i] != '.' &&
           text[i] != ',' && text[i] != ';')
      ++i;
    if (i >= text.size() || text[i] == '.' || text[i] == ',' || text[i] == ';') break;
    std::size_t b = i;
    while (i < text.size() && (std::isalnum(static_cast<unsigned char>(text[i])) || text[i] == '-' || text[i] == '\''))
      ++i;
    std::string w(text.substr(b, i - b));
    for (char& ch : w) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    out.push_back(std::move(w));
  }
  return out;
}

bool EndsWithWord(std::string_view text, std::size_t end, std::string_view word) {
  // `word` right before `end` (spaces between), as a whole word.
  while (end > 0 && text[end - 1] == ' ') --end;
  if (end < word.size()) return false;
  for (std::size_t k = 0; k < word.size(); ++k)
    if (std::tolower(static_cast<unsigned char>(text[end - word.size() + k])) != word[k]) return false;
  return end == word.size() || !std::isalpha(static_cast<unsigned char>(text[end - word.size() - 1]));
}

}  // namespace

std::optional<CivilDate> ContextDays::OccasionDay(std::size_t si, const std::vector<std::string>& nouns,
                                                  const std::vector<std::string>& nights) {
  // Asked in article order: the sentences already read are not read again.
  if (occasion_day_) return occasion_day_;
  auto is_noun = [&](const std::string& w) { return std::find(nouns.begin(), nouns.end(), w) != nouns.end(); };
  for (; occasion_next_ <= si && occasion_next_ < sentences_.size(); ++occasion_next_) {
    const std::size_t j = occasion_next_;
    const Sentence& s = sentences_[j];
    if (!s.added) continue;
    TagWith(j, Before(j), &scratch_);
    for (const Timex& t : scratch_) {
      if (!SingleDay(t)) continue;
      if (published_ && *published_ < *t.earliest) continue;
      // ("The day after the election": a day counted from another is not
      // the election's, though the noun follows it. But "The call came a
      // day after an election" counts back from the call to the election's,
      // and "the previous day's presidential election" names its day.)
      if (t.rule.starts_with("anaphora") && (t.surface.starts_with("the ") || t.surface.starts_with("The ")) &&
          s.text.substr(t.end, 2) != "'s")
        continue;
      bool tied = false;
      // "Saturday's presidential election", "the January 13 vote": a noun
      // within three words after the day, with no other word of substance
      // between but adjectives.
      std::size_t after = t.end;
      if (s.text.substr(after, 2) == "'s") after += 2;
      for (const std::string& w : WordsFrom(s.text, after, 3))
        if (is_noun(w)) {
          tied = true;
          break;
        }
      // "the election on Sunday", "the vote of March 3", "the election was
      // held on June 2"
      if (!tied && t.begin > 0) {
        std::string_view before = s.text.substr(0, t.begin);
        for (std::string_view prep : {"on", "of", "held on", "was on", "was held on", "were held on", "took place on"}) {
          std::size_t e = before.size();
          while (e > 0 && before[e - 1] == ' ') --e;
          if (!EndsWithWord(before, e, prep)) continue;
          std::size_t e2 = e - prep.size();
          for (const std::string& n : nouns)
            if (EndsWithWord(before, e2, n)) tied = true;
        }
      }
      // "On election night, Sunday December 19", "on polling day, March 3"
      if (!tied && t.begin > 0) {
        std::string_view before = s.text.substr(0, t.begin);
        std::size_t e = before.size();
        while (e > 0 && before[e - 1] == ' ') --e;
        if (e > 0 && before[e - 1] == ',')
          for (const std::string& night : nights) tied = tied || EndsWithWord(before, e - 1, night);
      }
      if (tied) {
        occasion_day_ = t.earliest;
        return occasion_day_;
      }
    }
  }
  return std::nullopt;
}

}  // namespace diplograph::internal
