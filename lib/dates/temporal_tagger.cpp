// The temporal tagger: one left-to-right pass over the tokens of a sentence,
// trying the expression forms below at each token, longest first. Word lists
// come from lib/data/dates/temporal.json; docs/dates.md describes the rules.
#include "diplograph/temporal.h"

#include "dates/since_clause.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <bit>
#include <cctype>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <unordered_map>
#include <unordered_set>

#include <re2/re2.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "split/sentence_words.h"
#include "split/tokenizer.h"
#include "util/strings.h"
#include "util/embedded_data.h"
#include "util/json_util.h"
#include "util/word_table.h"

namespace diplograph {

std::string_view TimexTypeName(TimexType t) {
  switch (t) {
    case TimexType::kDate: return "DATE";
    case TimexType::kDuration: return "DURATION";
    case TimexType::kSet: return "SET";
  }
  return "DATE";
}

std::string_view TimexModName(TimexMod m) {
  switch (m) {
    case TimexMod::kNone: return "";
    case TimexMod::kStart: return "START";
    case TimexMod::kMid: return "MID";
    case TimexMod::kEnd: return "END";
    case TimexMod::kApprox: return "APPROX";
    case TimexMod::kBefore: return "BEFORE";
    case TimexMod::kAfter: return "AFTER";
  }
  return "";
}

std::optional<DateSpan> Timex::Span() const {
  if (type != TimexType::kDate || !earliest || !latest) return std::nullopt;
  return DateSpan{*earliest, *latest, granularity, value};
}

void Timex::SetSpan(const DateSpan& d) {
  value = d.value;
  granularity = d.granularity;
  earliest = d.earliest;
  latest = d.latest;
}

using internal::Token;

namespace {

// What RelativeYear gives where no relative year stands.
constexpr int kNoRelativeYear = 99;

// The shapes (first two letters, length) of the words of a set: a test of a
// few instructions that rules out most words of a sentence before a hash
// lookup would (the tagger asks at every token, and few tokens begin a date).
// A word whose shape is in it may still be no word of the set.
class WordShapes {
 public:
  void Add(std::string_view w) { cells_[Cell(w)] |= LengthBit(w); }
  bool MayHold(std::string_view w) const { return (cells_[Cell(w)] & LengthBit(w)) != 0; }

 private:
  // Letters by their low five bits (the same for either case; other bytes
  // share cells, which costs only a lookup).
  static std::size_t Cell(std::string_view w) {
    std::size_t c0 = w.empty() ? 0 : static_cast<unsigned char>(w[0]) & 31;
    std::size_t c1 = w.size() < 2 ? 0 : static_cast<unsigned char>(w[1]) & 31;
    return c0 * 32 + c1;
  }
  static std::uint64_t LengthBit(std::string_view w) { return std::uint64_t{1} << std::min<std::size_t>(w.size(), 63); }
  std::array<std::uint64_t, 32 * 32> cells_{};
};

// What the word lists say of one lower-cased word: a token is looked up once,
// not once per list a rule asks about.
struct WordInfo {
  enum Flag : std::uint32_t {
    kMonth = 1u << 0, kWeekday = 1u << 1, kOrdinal = 1u << 2, kNumber = 1u << 3, kRelativeDay = 1u << 4,
    kUnit = 1u << 5, kSeason = 1u << 6, kModifier = 1u << 7, kCapOnly = 1u << 8, kBareCue = 1u << 9,
    kNonYearFollower = 1u << 10, kNonYearPreceder = 1u << 11, kDayPart = 1u << 12, kWeekendWord = 1u << 13,
    kWeekendCue = 1u << 14, kFutureFirst = 1u << 15, kVagueFirst = 1u << 16, kAnaphoraFirst = 1u << 17,
    kVagueSecond = 1u << 18, kAnaphoraSecond = 1u << 19, kClauseEnd = 1u << 20, kComma = 1u << 21,
    kCalendarUnit = 1u << 22, kDayCue = 1u << 23, kHolidayFirst = 1u << 24, kHolidaySecond = 1u << 25,
    kContextMonthCue = 1u << 26, kContextMonthName = 1u << 27,
    // Never in `flags`: in `opens_before`, what every token has, and what a
    // token with a digit or a hyphen has.
    kAnyNext = 1u << 30, kMarkedNext = 1u << 31,
  };
  std::uint32_t flags = 0;
  // Whether a token of this word can begin an expression (see
  // Impl::SetOpeners): before a token with one of these flags (kAnyNext:
  // always; kMarkedNext: before a digit or a hyphen). A token with a digit or
  // a hyphen always can.
  std::uint32_t opens_before = 0;
  // The lists' values, each meaningful only with its flag.
  int month = 0, weekday = 0, ordinal = 0, number = 0, relative_day = 0;
  TimexMod modifier = TimexMod::kNone;
  std::string unit, season;  // TIMEX3 codes: "D", "W" ...; "SP", "WI" ...
  bool Is(Flag f) const { return (flags & f) != 0; }
};

// The lists whose words can make a single day, or open an anaphora (the
// reader of the anchor), and the words of the rules that do (kDayCue): what
// MaySetDay() looks for.
constexpr std::uint32_t kDayWords = WordInfo::kMonth | WordInfo::kWeekday | WordInfo::kRelativeDay |
                                    WordInfo::kDayPart | WordInfo::kAnaphoraFirst | WordInfo::kDayCue |
                                    WordInfo::kHolidayFirst;

}  // namespace

struct TemporalTagger::Impl {
  Options options;
  // Every word of the lists (months, weekdays, ordinals, numbers, relative
  // days, units, seasons, modifiers, capitalised-only months, bare month
  // cues, non-year neighbours, day parts, weekend words and cues, the words
  // of phrases, the words the rules test themselves) with what each list
  // says of it. Day parts are the parts of the publication day after "this"
  // ("this morning"): the day itself. A weekend word after
  // last/this/next/past, or after "the" following a weekend cue ("over the
  // weekend"), is Saturday and Sunday.
  // (The words in a vocabulary, what the lists say of each by its id.)
  internal::WordTable words;
  std::vector<WordInfo> word_info;
  WordShapes word_shapes;
  const WordInfo* Find(std::string_view w) const {
    if (!word_shapes.MayHold(w)) return nullptr;
    const std::uint32_t id = words.Find(w);
    return id == internal::WordTable::kNone ? nullptr : &word_info[id];
  }
  // Where MaySetDay marks a token it has not looked up yet.
  WordInfo unasked;
  bool has_months = false;
  // The phrases below are word ids of `words` (each phrase word is in it, in
  // no list if in none): a token matches a phrase word when its id is the
  // word's, so Pass compares integers, not strings.
  using Phrase = std::vector<std::uint32_t>;
  // An anaphora phrase and how far it moves from the anchor: `delta` units of
  // `unit` ('D' days, 'W' weeks, 'M' months, 'Y' years). The "anaphora" table's
  // phrases count days; "three weeks later", "eleven months earlier" are made
  // from "numbers", "units" and "counted_anaphora".
  struct Anaphor {
    Phrase words;
    int delta = 0;
    char unit = 'D';
  };
  std::vector<Anaphor> anaphora;
  // A holiday's name and its day: a fixed month and day ("christmas day":
  // 12-25), or days from Easter Sunday ("good friday": easter-2). Longest
  // first, so the first that matches is the longest.
  struct Holiday {
    Phrase words;
    int month = 0, day = 0;  // a fixed day
    bool easter = false;
    int offset = 0;  // days from Easter Sunday
  };
  std::vector<Holiday> holidays;
  bool holiday_short = false;  // a holiday of one word ("easter")
  // The words right before a holiday that make it a date ("on Christmas
  // Day"; not "the Christmas Day attack").
  std::vector<std::string> holiday_cues;
  // Whether an anaphora phrase has fewer than two words; if none has, one
  // can start only before a word flagged kAnaphoraSecond ("the" starts most
  // of them, and a phrase seldom follows it).
  bool anaphora_short = false;
  std::vector<Phrase> future_markers, vague;
  // Whether each future marker reaches only its own phrase, not past a comma
  // ("campaigning ahead of the July 4 election, called on him on Tuesday"):
  // those the data lists as phrase_future_markers.
  std::vector<bool> future_marker_phrase_only;
  // Words after which a future marker is a noun ("the will of the people",
  // "their will"): `future_marker_noun_after`.
  std::vector<std::string> future_marker_noun_after;
  // Any anaphora phrase, case-insensitive, for MayReadAnchor().
  std::unique_ptr<RE2> anaphora_scan;
  // Which words can begin an expression, and before what (WordInfo::opens
  // and the rest): read from the rules of Tag(), which test at their first
  // token only the words of some lists, a few words of their own, and the
  // word after. A token that can begin none, has no digit and no hyphen is
  // passed over at once (most tokens of a sentence; a sentence without one
  // is not read further). Keep this beside the rules: a rule that opens
  // with a new word or list needs it here too. `single_vague`: the words
  // that are a vague phrase by themselves.
  void SetOpeners(const std::vector<std::uint32_t>& single_vague) {
    using F = WordInfo;
    auto at = [&](std::string_view w) -> WordInfo& { return word_info[words.Find(w)]; };
    for (WordInfo& w : word_info) {
      const std::uint32_t f = w.flags;
      // The month and weekday dates, today / yesterday, early / mid / late ...
      if (f & (F::kMonth | F::kWeekday | F::kRelativeDay | F::kModifier)) w.opens_before |= F::kAnyNext;
      if (f & F::kSeason) w.opens_before |= F::kMarkedNext;  // summer 2019
      if (f & F::kNumber) w.opens_before |= F::kUnit;      // two days ago, for three weeks
      if (f & F::kAnaphoraFirst)                            // the next day
        w.opens_before |= anaphora_short ? F::kAnyNext : F::kAnaphoraSecond;
      if (f & F::kVagueFirst) w.opens_before |= F::kVagueSecond;  // in recent years
      if (f & F::kHolidayFirst) w.opens_before |= F::kHolidaySecond;  // on Christmas Day
    }
    for (std::uint32_t id : single_vague) word_info[id].opens_before |= F::kAnyNext;  // recently
    for (const Holiday& h : holidays)
      if (h.words.size() == 1) word_info[h.words[0]].opens_before |= F::kAnyNext;  // on Easter
    // last / this / next / coming / past + week, month, year, a weekday, a
    // month, a day part, the weekend, a season
    for (const char* w : {"last", "this", "next", "coming", "past"})
      at(w).opens_before |= F::kCalendarUnit | F::kWeekday | F::kMonth | F::kDayPart | F::kWeekendWord | F::kSeason;
    // the first half, the sixth of, the 5th of, over the weekend
    at("the").opens_before |= F::kOrdinal | F::kWeekendWord | F::kMarkedNext;
    at("from").opens_before |= F::kMarkedNext;  // from 3 to 5 December
    for (const char* w : {"earlier", "later", "mid"}) at(w).opens_before |= F::kAnyNext;
    flags_of.clear();
    opens_before_of.clear();
    for (const WordInfo& w : word_info) {
      flags_of.push_back(w.flags);
      opens_before_of.push_back(w.opens_before);
    }
  }
  // Each word's flags and opens_before by id, packed for Tag()'s first loop.
  std::vector<std::uint32_t> flags_of, opens_before_of;
  // The shapes of the words flagged kDayWords, for MaySetDay().
  WordShapes day_shapes;
  int year_min = 1900, year_max = 2099;
};

TemporalTagger::TemporalTagger(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
TemporalTagger::TemporalTagger(TemporalTagger&&) noexcept = default;
TemporalTagger& TemporalTagger::operator=(TemporalTagger&&) noexcept = default;
TemporalTagger::~TemporalTagger() = default;

namespace {

std::vector<std::string> Words(const std::string& phrase) {
  std::vector<Token> toks;
  internal::Tokenize(phrase, &toks);
  std::vector<std::string> out;
  for (const Token& t : toks) out.emplace_back(t.text(phrase));
  return out;
}

// The value of a short run of digits (callers check AllDigits and the length first).
int Digits(std::string_view s) {
  int v = 0;
  for (char c : s.substr(0, 9)) v = v * 10 + (c - '0');
  return v;
}

bool AllDigits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// "15", "15th", "1st" -> 15 / 1; 0 if not a day number.
int DayNumber(std::string_view s) {
  std::size_t n = 0;
  while (n < s.size() && s[n] >= '0' && s[n] <= '9') ++n;
  if (n == 0 || n > 2) return 0;
  std::string_view suffix = s.substr(n);
  if (!suffix.empty() && suffix != "st" && suffix != "nd" && suffix != "rd" && suffix != "th") return 0;
  int v = Digits(s.substr(0, n));
  return v >= 1 && v <= 31 ? v : 0;
}

// "5th", "21st" (digits with a suffix); not the words "second" or "third".
bool HasOrdinalSuffix(std::string_view s) {
  return s.size() > 2 && s[0] >= '0' && s[0] <= '9' && (s.substr(s.size() - 2) == "st" || s.substr(s.size() - 2) == "nd" ||
                          s.substr(s.size() - 2) == "rd" || s.substr(s.size() - 2) == "th");
}

DateSpan Season(int year, const std::string& code) {
  // Meteorological seasons of the northern hemisphere; winter spans the turn of the year.
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%s", year, code.c_str());
  if (code == "SP") return DateSpan{{year, 3, 1}, {year, 5, 31}, Granularity::kSeason, buf};
  if (code == "SU") return DateSpan{{year, 6, 1}, {year, 8, 31}, Granularity::kSeason, buf};
  if (code == "FA") return DateSpan{{year, 9, 1}, {year, 11, 30}, Granularity::kSeason, buf};
  return DateSpan{{year, 12, 1}, {year + 1, 2, CivilDate::DaysInMonth(year + 1, 2)}, Granularity::kSeason, buf};
}

}  // namespace

Result<TemporalTagger> TemporalTagger::FromJson(std::string_view json, std::string_view origin, Options options) {
  Result<nlohmann::json> parsed = internal::ParseJson(json, origin);
  if (!parsed.ok()) return parsed.status();
  auto impl = std::make_unique<Impl>();
  impl->options = options;
  const nlohmann::json& j = *parsed;
  try {
    using Flag = WordInfo::Flag;
    // The entry of `word` (lower-cased), marked as being in the list `flag` names.
    auto entry = [&](std::string_view word, Flag flag) -> WordInfo& {
      std::string lower = internal::AsciiLowerCopy(word);
      impl->word_shapes.Add(lower);
      const std::uint32_t id = impl->words.Add(lower);
      if (id >= impl->word_info.size()) impl->word_info.resize(id + 1);
      WordInfo& info = impl->word_info[id];
      info.flags |= flag;
      return info;
    };
    auto map_int = [&](const char* key, Flag flag, int WordInfo::*field) {
      for (const auto& [k, v] : j.at(key).items()) entry(k, flag).*field = v.get<int>();
    };
    auto map_str = [&](const char* key, Flag flag, std::string WordInfo::*field) {
      for (const auto& [k, v] : j.at(key).items()) entry(k, flag).*field = v.get<std::string>();
    };
    auto set = [&](const nlohmann::json& list, Flag flag) {
      for (const auto& w : list) entry(w.get<std::string>(), flag);
    };
    map_int("months", WordInfo::kMonth, &WordInfo::month);
    map_int("weekdays", WordInfo::kWeekday, &WordInfo::weekday);
    map_int("ordinals", WordInfo::kOrdinal, &WordInfo::ordinal);
    map_int("numbers", WordInfo::kNumber, &WordInfo::number);
    map_int("relative_days", WordInfo::kRelativeDay, &WordInfo::relative_day);
    map_str("units", WordInfo::kUnit, &WordInfo::unit);
    map_str("seasons", WordInfo::kSeason, &WordInfo::season);
    for (const auto& [k, v] : j.at("modifiers").items()) {
      const std::string code = v.get<std::string>();
      entry(k, WordInfo::kModifier).modifier =
          code == "START" ? TimexMod::kStart : code == "MID" ? TimexMod::kMid : TimexMod::kEnd;
    }
    set(j.at("capitalised_only"), WordInfo::kCapOnly);
    set(j.at("bare_month_cues"), WordInfo::kBareCue);
    set(j.value("context_month_cues", nlohmann::json::array()), WordInfo::kContextMonthCue);
    set(j.value("context_month_names_not", nlohmann::json::array()), WordInfo::kContextMonthName);
    set(j.at("non_year_followers"), WordInfo::kNonYearFollower);
    set(j.at("non_year_preceders"), WordInfo::kNonYearPreceder);
    set(j.value("day_parts", nlohmann::json::array()), WordInfo::kDayPart);
    set(j.value("weekend_words", nlohmann::json::array()), WordInfo::kWeekendWord);
    set(j.value("weekend_cues", nlohmann::json::array()), WordInfo::kWeekendCue);
    using internal::AsciiLowerCopy;
    // A phrase as the ids of its words, each added to the vocabulary.
    auto phrase_ids = [&](const std::vector<std::string>& words) {
      Impl::Phrase ids;
      for (const std::string& w : words) {
        impl->word_shapes.Add(w);
        ids.push_back(impl->words.Add(w));
        if (ids.back() >= impl->word_info.size()) impl->word_info.resize(ids.back() + 1);
      }
      return ids;
    };
    std::vector<std::vector<std::string>> anaphora_words;
    for (const auto& [k, v] : j.at("anaphora").items()) {
      anaphora_words.push_back(Words(AsciiLowerCopy(k)));
      impl->anaphora.push_back({phrase_ids(anaphora_words.back()), v.get<int>(), 'D'});
    }
    // "<number> <unit> later|earlier" (`counted_anaphora`: the directions),
    // each number with the unit's singular or plural form as it needs ("a week
    // later", "eleven months later"); a phrase of the table above stays as it is.
    const nlohmann::json directions = j.value("counted_anaphora", nlohmann::json::object());
    for (const auto& [dir, sign] : directions.items())
      for (const auto& [num, n] : j.at("numbers").items())
        for (const auto& [unit, code] : j.at("units").items()) {
          const std::string u = AsciiLowerCopy(unit), c = code.get<std::string>();
          const bool plural = u.size() > 1 && u.back() == 's';
          if (c.size() != 1 || (n.get<int>() == 1) == plural) continue;
          std::vector<std::string> words{AsciiLowerCopy(num), u, AsciiLowerCopy(dir)};
          if (std::find(anaphora_words.begin(), anaphora_words.end(), words) != anaphora_words.end()) continue;
          anaphora_words.push_back(words);
          impl->anaphora.push_back({phrase_ids(words), n.get<int>() * sign.get<int>(), c[0]});
        }
    std::vector<std::vector<std::string>> future_words, phrase_future_words;
    for (const auto& w : j.at("future_markers")) future_words.push_back(Words(AsciiLowerCopy(w.get<std::string>())));
    for (const auto& w : j.value("phrase_future_markers", nlohmann::json::array()))
      phrase_future_words.push_back(Words(AsciiLowerCopy(w.get<std::string>())));
    for (const auto& f : future_words) {
      impl->future_markers.push_back(phrase_ids(f));
      impl->future_marker_phrase_only.push_back(std::find(phrase_future_words.begin(), phrase_future_words.end(), f) !=
                                                phrase_future_words.end());
    }
    for (const auto& w : j.value("future_marker_noun_after", nlohmann::json::array()))
      impl->future_marker_noun_after.push_back(AsciiLowerCopy(w.get<std::string>()));
    for (const auto& w : j.at("vague")) impl->vague.push_back(phrase_ids(Words(AsciiLowerCopy(w.get<std::string>()))));
    for (const auto& f : future_words)
      if (!f.empty()) entry(f[0], WordInfo::kFutureFirst);
    for (const auto& v : impl->vague) if (!v.empty()) impl->word_info[v[0]].flags |= WordInfo::kVagueFirst;
    for (const auto& [phrase, delta, unit] : impl->anaphora) {
      if (phrase.size() < 2) impl->anaphora_short = true;
      if (!phrase.empty()) impl->word_info[phrase[0]].flags |= WordInfo::kAnaphoraFirst;
      if (phrase.size() >= 2) impl->word_info[phrase[1]].flags |= WordInfo::kAnaphoraSecond;
    }
    // What ends the look-back for a future marker (FutureBefore): a reporting
    // verb, a participle going on with the report, the end of a clause
    // (`future_marker_stops`); and the comma, past which a phrase-only marker
    // does not reach.
    for (const auto& w : j.value("future_marker_stops", nlohmann::json::array()))
      entry(w.get<std::string>(), WordInfo::kClauseEnd);
    entry(",", WordInfo::kComma);
    // The words the rules of Tag() test themselves at a rule's first token,
    // and the units that follow "last", "this", "next" ...
    for (const char* w : {"last", "this", "next", "coming", "past", "earlier", "later", "the", "from", "mid"})
      entry(w, WordInfo::Flag{});
    for (const char* w : {"week", "month", "year"}) entry(w, WordInfo::kCalendarUnit);
    // The words of the rules that make a single day without a word of the
    // lists (see MaySetDay).
    for (const char* w : {"ago", "month", "/"}) entry(w, WordInfo::kDayCue);
    // Holidays: "christmas day": "12-25", "good friday": "easter-2".
    const nlohmann::json holidays = j.value("holidays", nlohmann::json::object());
    for (const auto& [k, v] : holidays.items()) {
      Impl::Holiday h;
      h.words = phrase_ids(Words(AsciiLowerCopy(k)));
      const std::string day = v.get<std::string>();
      bool bad = false;
      if (day.rfind("easter", 0) == 0) {
        h.easter = true;
        const std::string rest = day.substr(6);
        if (!rest.empty()) {
          bad = rest.size() < 2 || rest.size() > 4 || (rest[0] != '+' && rest[0] != '-') || !AllDigits(rest.substr(1));
          if (!bad) h.offset = (rest[0] == '-' ? -1 : 1) * Digits(rest.substr(1));
        }
      } else if (day.size() == 5 && day[2] == '-' && AllDigits(day.substr(0, 2)) && AllDigits(day.substr(3))) {
        h.month = Digits(day.substr(0, 2));
        h.day = Digits(day.substr(3));
      }
      if (bad || h.words.empty() || (!h.easter && !CivilDate::Valid(2000, h.month, h.day)))
        return Status(StatusCode::kParseError, "temporal data: holiday '" + k + "': expected MM-DD or easter[+-N], got '" + day + "'",
                      {std::string(origin)});
      impl->word_info[h.words[0]].flags |= WordInfo::kHolidayFirst;
      if (h.words.size() >= 2) impl->word_info[h.words[1]].flags |= WordInfo::kHolidaySecond;
      if (h.words.size() == 1) impl->holiday_short = true;
      impl->holidays.push_back(std::move(h));
    }
    std::stable_sort(impl->holidays.begin(), impl->holidays.end(),
                     [](const Impl::Holiday& a, const Impl::Holiday& b) { return a.words.size() > b.words.size(); });
    for (const auto& w : j.value("holiday_cues", nlohmann::json::array())) impl->holiday_cues.push_back(AsciiLowerCopy(w.get<std::string>()));
    std::vector<std::uint32_t> single_vague;
    for (const auto& v : impl->vague) {
      if (v.size() >= 2) impl->word_info[v[1]].flags |= WordInfo::kVagueSecond;
      if (v.size() == 1) single_vague.push_back(v[0]);
    }
    impl->SetOpeners(single_vague);
    for (const WordInfo& info : impl->word_info)
      if (info.Is(WordInfo::kMonth)) impl->has_months = true;
    std::string scan;
    for (const auto& a : anaphora_words) {
      if (a.empty()) continue;
      scan += scan.empty() ? "" : "|";
      for (std::size_t k = 0; k < a.size(); ++k) scan += (k ? "\\s*" : "") + RE2::QuoteMeta(a[k]);
    }
    if (!scan.empty()) {
      RE2::Options ro;
      ro.set_case_sensitive(false);
      ro.set_log_errors(false);
      impl->anaphora_scan = std::make_unique<RE2>(scan, ro);
      if (!impl->anaphora_scan->ok())
        return Status(StatusCode::kParseError, "temporal data: anaphora phrases: " + impl->anaphora_scan->error(),
                      {std::string(origin)});
    }
    // The words MaySetDay looks up (see there), by shape.
    for (std::uint32_t id = 0; id < impl->words.size(); ++id)
      if (impl->word_info[id].flags & kDayWords) impl->day_shapes.Add(impl->words.word(id));
    impl->year_min = j.at("year_range").at(0).get<int>();
    impl->year_max = j.at("year_range").at(1).get<int>();
  } catch (const nlohmann::json::exception& e) {
    return Status(StatusCode::kParseError, std::string("temporal data: ") + e.what(), {std::string(origin)});
  }
  return TemporalTagger(std::move(impl));
}

Result<TemporalTagger> TemporalTagger::DefaultWith(Options options) {
  return FromJson(internal::EmbeddedData("dates/temporal.json"), "dates/temporal.json", options);
}

const TemporalTagger& TemporalTagger::Default() {
  static const TemporalTagger* instance = [] {
    Result<TemporalTagger> t = FromJson(internal::EmbeddedData("dates/temporal.json"), "dates/temporal.json", Options());
    if (!t.ok()) return new TemporalTagger(std::make_unique<Impl>());  // the tests check the embedded data loads
    return new TemporalTagger(std::move(t).value());
  }();
  return *instance;
}

namespace {

// A sentence read once before the rules run: its bytes lower-cased, which
// bytes are digits or hyphens, and each token's word id and whether it can
// begin an expression. Kept per thread and reused: tagging a sentence
// allocates only for what it finds.
struct SentenceScan {
  std::string low;  // the sentence, ASCII letters lower-cased (with room for 16 bytes past its end)
  std::vector<std::uint64_t> marks;  // bit k % 64 of word k / 64: byte k is a digit or '-'
  std::vector<std::uint32_t> ids;    // each token's id in Impl::words, or WordTable::kNone
  std::vector<std::uint8_t> marked;  // each token: 1 if it holds a digit or a hyphen
  std::vector<std::size_t> opens;    // the tokens that can begin an expression, in order

  // Lower-cases `s` into `low` and marks its digits and hyphens, 16 bytes at a time.
  void Read(std::string_view s) {
    const std::size_t n = s.size();
    if (low.size() < n + 16) low.resize(n + 16);
    marks.assign(n / 64 + 1, 0);
    char* out = low.data();
#if defined(__SSE2__)
    auto block = [&](const char* from, char* to, std::size_t at, unsigned keep) {
      const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(from));
      // x - lo < count (unsigned), as a signed compare after moving the range to -128.
      auto in_range = [&](char lo, int count) {
        return _mm_cmplt_epi8(_mm_add_epi8(x, _mm_set1_epi8(static_cast<char>(0x80 - lo))),
                              _mm_set1_epi8(static_cast<char>(-128 + count)));
      };
      const __m128i upper = in_range('A', 26);
      _mm_storeu_si128(reinterpret_cast<__m128i*>(to), _mm_add_epi8(x, _mm_and_si128(upper, _mm_set1_epi8(0x20))));
      const __m128i mark = _mm_or_si128(in_range('0', 10), _mm_cmpeq_epi8(x, _mm_set1_epi8('-')));
      const std::uint64_t bits = static_cast<unsigned>(_mm_movemask_epi8(mark)) & keep;
      marks[at / 64] |= bits << (at % 64);  // (at is a multiple of 16: the 16 bits fit)
    };
    std::size_t k = 0;
    for (; k + 16 <= n; k += 16) block(s.data() + k, out + k, k, 0xFFFF);
    if (k < n) {
      char pad[16] = {};
      std::memcpy(pad, s.data() + k, n - k);
      block(pad, out + k, k, (1u << (n - k)) - 1);
    }
#else
    for (std::size_t k = 0; k < n; ++k) {
      const char c = s[k];
      out[k] = internal::AsciiLower(c);
      if ((c >= '0' && c <= '9') || c == '-') marks[k / 64] |= std::uint64_t{1} << (k % 64);
    }
#endif
  }
  // Sets marked[k] for each token k of `toks` that holds a marked byte (few
  // do: the walk goes from mark to mark); marked has room for one more.
  void MarkTokens(const std::vector<Token>& toks) {
    marked.assign(toks.size() + 1, 0);
    std::size_t k = 0;
    for (std::size_t w = 0; w < marks.size(); ++w) {
      for (std::uint64_t bits = marks[w]; bits; bits &= bits - 1) {
        const std::size_t at = w * 64 + static_cast<std::size_t>(std::countr_zero(bits));
        while (k < toks.size() && toks[k].end <= at) ++k;
        if (k == toks.size()) return;
        if (toks[k].begin <= at) marked[k] = 1;
      }
    }
  }
};

// One sentence being tagged. (A template so it can hold the tagger's private
// Impl, which it is instantiated with from inside the member function.)
template <typename ImplT>
struct Pass {
  const ImplT* m;
  std::string_view text;
  const std::vector<Token>& toks;
  const SentenceScan& scan;
  const TemporalContext* ctx;
  std::size_t n;  // toks.size()

  std::size_t size() const { return n; }
  // Token i's entry in the word lists (nullptr: in none).
  const WordInfo* Info(std::size_t i) const {
    if (i >= n) return m->Find(std::string_view());
    const std::uint32_t id = scan.ids[i];
    return id == internal::WordTable::kNone ? nullptr : &m->word_info[id];
  }
  bool Is(std::size_t i, WordInfo::Flag f) const {
    const WordInfo* w = Info(i);
    return w && w->Is(f);
  }
  // Token i lower-cased; "" past the end.
  std::string_view L(std::size_t i) const {
    if (i >= n) return std::string_view();
    return std::string_view(scan.low.data() + toks[i].begin, toks[i].end - toks[i].begin);
  }
  bool Cap(std::size_t i) const { return i < n && toks[i].cap; }
  bool Phrase(const typename ImplT::Phrase& p, std::size_t i) const {
    if (i + p.size() > size()) return false;
    for (std::size_t k = 0; k < p.size(); ++k)
      if (scan.ids[i + k] != p[k]) return false;
    return true;
  }
  // A future marker before token i, in the same clause (no reporting verb
  // between), not inside a relative clause closed by a comma before i ("Blair,
  // who is expected to step down this summer, congratulated Sarkozy on
  // Monday": the Monday just past).
  bool InClosedRelative(std::size_t at, bool comma_after) const {
    if (!comma_after) return false;
    for (std::size_t k = at; k > 0; --k) {
      std::string_view w = L(k - 1);
      if (w == ",") return false;
      if (w == "who" || w == "which" || w == "whom" || w == "whose") return true;
    }
    return false;
  }
  bool FutureBefore(std::size_t i) const {
    std::size_t lo = i > 40 ? i - 40 : 0;
    bool comma = false;
    for (std::size_t k = i; k > lo; --k) {
      const WordInfo* w = Info(k - 1);  // (k - 1 < size(): i is a token)
      if (!w) continue;
      if (w->Is(WordInfo::kClauseEnd)) return false;
      if (w->Is(WordInfo::kComma)) comma = true;
      if (!w->Is(WordInfo::kFutureFirst)) continue;
      for (std::size_t f = 0; f < m->future_markers.size(); ++f) {
        const auto& marker = m->future_markers[f];
        if (k - 1 + marker.size() > i || !Phrase(marker, k - 1)) continue;
        if (comma && m->future_marker_phrase_only[f]) continue;
        if (InClosedRelative(k - 1, comma)) continue;
        // "contradicts the will of the Belarusian people": a noun.
        if (k >= 2 && std::find(m->future_marker_noun_after.begin(), m->future_marker_noun_after.end(), L(k - 2)) !=
                          m->future_marker_noun_after.end())
          continue;
        return true;
      }
    }
    return false;
  }
  int Month(std::size_t i) const {
    const WordInfo* w = Info(i);
    if (!w || !w->Is(WordInfo::kMonth)) return 0;
    if (w->Is(WordInfo::kCapOnly) && !Cap(i)) return 0;
    return w->month;
  }
  // "last year" / "past year" (-1), "this year" (0), "next year" (1) at token i;
  // kNoRelativeYear otherwise.
  int RelativeYear(std::size_t i) const {
    if (L(i + 1) != "year") return kNoRelativeYear;
    const std::string_view rel = L(i);
    if (rel == "last" || rel == "past") return -1;
    if (rel == "this") return 0;
    if (rel == "next") return 1;
    return kNoRelativeYear;
  }
  int Year(std::size_t i) const {
    if (i >= size() || L(i).size() != 4 || !AllDigits(L(i))) return 0;
    int y = Digits(L(i));
    return y >= m->year_min && y <= m->year_max ? y : 0;
  }
};

// Whether a future marker precedes token i, worked out only if a rule asks
// (most tokens start no date, and the look-back is the tagger's dearest step).
template <typename P>
class LazyFuture {
 public:
  LazyFuture(const P* p, std::size_t i) : p_(p), i_(i) {}
  operator bool() const {  // NOLINT: implicit, it stands in for a bool
    if (state_ < 0) state_ = p_->FutureBefore(i_) ? 1 : 0;
    return state_ == 1;
  }

 private:
  const P* p_;
  std::size_t i_;
  mutable int state_ = -1;
};

template <typename P>
Timex Make(const P& p, std::size_t b, std::size_t e, std::string_view rule) {
  Timex t;
  t.begin = p.toks[b].begin;
  t.end = p.toks[e - 1].end;
  t.surface = std::string(p.text.substr(t.begin, t.end - t.begin));
  t.rule = rule;
  return t;
}


// The weekend (Saturday and Sunday) of the ISO week holding `any_day`; TIMEX3
// writes it "2024-W11-WE".
DateSpan Weekend(CivilDate any_day) {
  DateSpan w = DateSpan::Week(any_day);
  DateSpan out;
  out.earliest = w.earliest.AddDays(5);
  out.latest = w.latest;
  out.granularity = Granularity::kWeek;
  out.value = w.value + "-WE";
  return out;
}

// The year for a month (and day) given without one: the most recent such date
// on or before publication, or the next one when the sentence speaks of the future.
int InferYear(const CivilDate& pub, int month, int day, bool future) {
  CivilDate cand{pub.year, month, std::min(day ? day : 1, CivilDate::DaysInMonth(pub.year, month))};
  if (future) return cand < pub && !(day == 0 && month == pub.month) ? pub.year + 1 : pub.year;
  if (day == 0) return month <= pub.month ? pub.year : pub.year - 1;
  return cand <= pub ? pub.year : pub.year - 1;
}

// Easter Sunday of a Gregorian year (the computus in the form Meeus gives).
CivilDate EasterSunday(int y) {
  const int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4;
  const int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
  const int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = (a + 11 * h + 22 * l) / 451;
  const int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
  return CivilDate{y, month, day};
}

}  // namespace

bool TemporalTagger::MayReadAnchor(std::string_view text) const {
  const Impl& m = *impl_;
  return m.anaphora_scan && RE2::PartialMatch(text, *m.anaphora_scan);
}

const internal::WordTable& TemporalTagger::words() const { return impl_->words; }

bool TemporalTagger::MaySetDay(std::string_view sentence, const std::vector<internal::Token>& toks,
                               const internal::SentenceWords* read) const {
  const Impl& m = *impl_;
  if (!m.has_months) return false;  // Tag() finds nothing
  // Each rule below that makes a single day needs one of these tokens: a month
  // (the dates with a day, the day ranges, "the 5th of December"), a weekday
  // ("on Monday", "last Monday"), a relative day, a day part ("this morning",
  // "last night"), "ago" ("two days ago"), "month" ("the sixth of next month"),
  // an ordinal number ("on the 5th"), a slash (11/07/2020) or an ISO date; and
  // the anaphora, the one reader of the anchor, its opening. ("ago", "month"
  // and the slash are looked up with the words of the lists: kDayCue.)
  using internal::AsciiLower;
  char buf[32];
  const WordInfo* next = &m.unasked;  // token i+1's entry, once looked up
  // The entry of a word; nullptr also for a word of no list in `shapes`.
  // (With the words read already, token k's entry is one array read away.
  // The shapes only rule out words of no list, or, for `day_shapes`, words
  // without kDayWords, whose entries the loop passes over anyway.)
  auto info_at = [&](std::size_t k) -> const WordInfo* {
    const std::uint32_t id = read->StageId(internal::WordStage::kDates, k);
    return id == internal::WordTable::kNone ? nullptr : &m.word_info[id];
  };
  auto info_of = [&](std::string_view w, const WordShapes& shapes) -> const WordInfo* {
    if (!shapes.MayHold(w) || w.size() >= sizeof buf) return nullptr;
    for (std::size_t k = 0; k < w.size(); ++k) buf[k] = AsciiLower(w[k]);
    return m.Find(std::string_view(buf, w.size()));
  };
  for (std::size_t i = 0; i < toks.size(); ++i) {
    const std::string_view w(sentence.data() + toks[i].begin, toks[i].end - toks[i].begin);
    if (w.size() >= sizeof buf) return true;  // (no word of the lists is this long; stay safe)
    if (w.size() == 10 && w[4] == '-' && w[7] == '-') return true;
    if (w.size() > 2 && w[0] >= '0' && w[0] <= '9') {
      const char a = AsciiLower(w[w.size() - 2]), b = AsciiLower(w[w.size() - 1]);
      if ((a == 's' && b == 't') || (a == 'n' && b == 'd') || (a == 'r' && b == 'd') || (a == 't' && b == 'h')) return true;
    }
    const WordInfo* info = next != &m.unasked ? next : read ? info_at(i) : info_of(w, m.day_shapes);
    next = &m.unasked;
    if (!info) continue;
    if (info->flags & (kDayWords & ~WordInfo::kAnaphoraFirst)) return true;
    if (info->Is(WordInfo::kAnaphoraFirst)) {
      if (m.anaphora_short || i + 1 >= toks.size()) return true;
      next = read ? info_at(i + 1)
                  : info_of(std::string_view(sentence.data() + toks[i + 1].begin, toks[i + 1].end - toks[i + 1].begin),
                            m.word_shapes);  // (kAnaphoraSecond: any list)
      if (next && next->Is(WordInfo::kAnaphoraSecond)) return true;
    }
  }
  return false;
}

std::vector<Timex> TemporalTagger::Tag(std::string_view sentence, const TemporalContext& ctx) const {
  std::vector<Token> toks;
  internal::Tokenize(sentence, &toks);
  return Tag(sentence, toks, ctx);
}

std::vector<Timex> TemporalTagger::Tag(std::string_view sentence, const std::vector<internal::Token>& toks,
                                       const TemporalContext& ctx, const internal::SentenceWords* read) const {
  std::vector<Timex> out;
  Tag(sentence, toks, ctx, read, &out);
  return out;
}

void TemporalTagger::Tag(std::string_view sentence, const std::vector<internal::Token>& toks,
                         const TemporalContext& ctx, const internal::SentenceWords* read,
                         std::vector<Timex>* into) const {
  std::vector<Timex>& out = *into;
  out.clear();
  const Impl& m = *impl_;
  if (!m.has_months) return;
  thread_local SentenceScan scan;
  scan.Read(sentence);
  // Each token's word id, and the tokens that can begin an expression (see
  // Impl::SetOpeners), each decided once the token after it is looked up. A
  // sentence where none can holds no expression.
  const std::size_t n = toks.size();
  scan.MarkTokens(toks);
  scan.ids.resize(n);
  scan.opens.clear();
  {
    constexpr std::uint32_t kNone = internal::WordTable::kNone;
    const internal::WordTable::Reader words = m.words.reader();
    const char* low = scan.low.data();
    // Token k-1: whether it has a mark, and what it opens before.
    bool prev_marked = false;
    std::uint32_t prev_opens_before = 0;
    for (std::size_t k = 0; k < n; ++k) {
      const std::string_view w(low + toks[k].begin, toks[k].end - toks[k].begin);
      // (Every word of the lists has its shape in word_shapes.)
      const std::uint32_t id = read                      ? read->StageId(internal::WordStage::kDates, k)
                               : m.word_shapes.MayHold(w) ? words.Find(w)
                                                          : kNone;
      scan.ids[k] = id;
      const bool marked = scan.marked[k];
      const std::uint32_t here =
          (id == kNone ? 0 : m.flags_of[id]) | WordInfo::kAnyNext | (marked ? std::uint32_t{WordInfo::kMarkedNext} : 0);
      if (prev_marked || (prev_opens_before & here)) scan.opens.push_back(k - 1);
      prev_marked = marked;
      prev_opens_before = id == kNone ? 0 : m.opens_before_of[id];
    }
    // (The token after the last is the empty word.)
    const WordInfo* past_end = m.Find(std::string_view());
    if (prev_marked || (prev_opens_before & ((past_end ? past_end->flags : 0) | WordInfo::kAnyNext)))
      scan.opens.push_back(n - 1);
  }
  if (scan.opens.empty()) return;
  Pass<Impl> p{&m, sentence, toks, scan, &ctx, n};
  const std::optional<CivilDate>& pub = ctx.published;

  auto unresolved = [&](Timex t) {
    t.relative = true;
    t.reason = "relative expression without a publication date";
    out.push_back(std::move(t));
  };

  std::size_t i = 0;
  for (const std::size_t open : scan.opens) {
    if (open < i) continue;  // inside the last expression
    i = open;
    std::string_view w = p.L(i);
    std::size_t start = i;
    LazyFuture<Pass<Impl>> future(&p, i);
    // A day of a month, with its year or the year that fits the publication date.
    // A day of the year named relative to publication ("April 1 last year"):
    // one expression, not a day InferYear would place and a separate year.
    auto day_in_relative_year = [&](Timex t, std::size_t rel, int mo, int day) {
      const int dir = p.RelativeYear(rel);
      const int y = pub->year + dir;
      if (!CivilDate::Valid(y, mo, day)) return;
      t.SetSpan(DateSpan::Day(CivilDate{y, mo, day}));
      t.relative = true;
      t.future = dir > 0;
      out.push_back(std::move(t));
    };
    // A day resolved against publication, in the past or (future) ahead of it.
    auto relative_day = [&](Timex t, const CivilDate& d) {
      t.SetSpan(DateSpan::Day(d));
      t.relative = true;
      t.future = future;
      out.push_back(std::move(t));
    };
    auto day_with_year = [&](Timex t, int y, int mo, int day) {
      if (!y && !pub) {
        unresolved(std::move(t));
        return;
      }
      const bool explicit_year = y != 0;
      if (!y) y = InferYear(*pub, mo, day, future);
      if (!CivilDate::Valid(y, mo, day)) return;
      t.SetSpan(DateSpan::Day(CivilDate{y, mo, day}));
      t.relative = !explicit_year;
      out.push_back(std::move(t));
    };

    // Vague expressions: no bounds.
    bool vague = false;
    if (p.Is(i, WordInfo::kVagueFirst)) {
      for (const auto& v : m.vague) {
        if (!p.Phrase(v, i)) continue;
        Timex t = Make(p, i, i + v.size(), "vague");
        t.reason = "vague";
        out.push_back(std::move(t));
        i += v.size();
        vague = true;
        break;
      }
    }
    if (vague) continue;

    // ISO date: 2020-11-07
    if (w.size() == 10 && w[4] == '-' && w[7] == '-') {
      if (auto d = CivilDate::Parse(w)) {
        Timex t = Make(p, i, i + 1, "date.iso");
        t.SetSpan(DateSpan::Day(*d));
        out.push_back(std::move(t));
        ++i;
        continue;
      }
    }
    // Numeric date: 11/07/2020 (month first unless Options::month_first is false)
    if (AllDigits(w) && w.size() <= 2 && p.L(i + 1) == "/" && AllDigits(p.L(i + 2)) && p.L(i + 2).size() <= 2 &&
        p.L(i + 3) == "/" && p.Year(i + 4)) {
      int a = Digits(w), b = Digits(p.L(i + 2)), y = p.Year(i + 4);
      int mo = m.options.month_first ? a : b, d = m.options.month_first ? b : a;
      if (CivilDate::Valid(y, mo, d)) {
        Timex t = Make(p, i, i + 5, m.options.month_first ? "date.numeric.mdy" : "date.numeric.dmy");
        t.SetSpan(DateSpan::Day(CivilDate{y, mo, d}));
        out.push_back(std::move(t));
        i += 5;
        continue;
      }
    }

    // Modifier in front: early / mid / late (START, MID, END); bounds stay the whole unit.
    TimexMod mod = TimexMod::kNone;
    std::size_t j = i;
    {
      const WordInfo* md = p.Info(i);
      if (md && !md->Is(WordInfo::kModifier)) md = nullptr;
      // "mid-2021", "mid-March" are one token
      if (!md && w.rfind("mid-", 0) == 0) {
        md = m.Find("mid");
        if (md && !md->Is(WordInfo::kModifier)) md = nullptr;
      }
      if (md) {
        TimexMod candidate = md->modifier;
        if (w.rfind("mid-", 0) == 0) {
          std::string_view rest = w.substr(4);
          if (rest.size() == 4 && AllDigits(rest)) {
            int y = Digits(rest);
            if (y >= m.year_min && y <= m.year_max) {
              Timex t = Make(p, i, i + 1, "year.mod");
              t.SetSpan(DateSpan::Year(y));
              t.mod = TimexMod::kMid;
              out.push_back(std::move(t));
              ++i;
              continue;
            }
          }
          // "mid-February", "mid-March 2023", "mid-July last year": after "mid-" a
          // month name is a month whatever its case.
          if (const WordInfo* mi = m.Find(rest); mi && mi->Is(WordInfo::kMonth) && pub) {
            const int mo = mi->month;
            std::size_t end = i + 1;
            int y = p.Year(end);
            bool relative = false;
            if (y) {
              ++end;
            } else if (const int dir = p.RelativeYear(end); dir != kNoRelativeYear) {
              y = pub->year + dir;
              end += 2;
              relative = true;
            } else {
              y = InferYear(*pub, mo, 0, future);
              relative = true;
            }
            Timex t = Make(p, i, end, "month.mod");
            t.SetSpan(DateSpan::Month(y, mo));
            t.mod = TimexMod::kMid;
            t.relative = relative;
            t.future = relative && y > pub->year;
            out.push_back(std::move(t));
            i = end;
            continue;
          }
        } else {
          std::size_t k = i + 1;
          if (p.L(k) == "-" || p.L(k) == "in") ++k;
          if (p.L(k) == "this" || p.L(k) == "last" || p.L(k) == "next" || p.Year(k) || p.Month(k) ||
              (p.L(k) == "the" && (p.L(k + 1) == "year" || p.L(k + 1) == "month" || p.L(k + 1) == "week"))) {
            mod = candidate;
            j = k;
          }
        }
      }
    }
    std::string_view wj = p.L(j);

    // today / yesterday / tomorrow / tonight
    if (const WordInfo* rd = p.Info(j); rd && rd->Is(WordInfo::kRelativeDay) && mod == TimexMod::kNone) {
      Timex t = Make(p, start, j + 1, "day.relative");
      if (!pub) {
        unresolved(std::move(t));
      } else {
        t.SetSpan(DateSpan::Day(pub->AddDays(rd->relative_day)));
        t.relative = true;
        t.future = rd->relative_day > 0;
        out.push_back(std::move(t));
      }
      i = j + 1;
      continue;
    }

    // last / this / next / coming / past + week, month, year, weekday, month name, season
    if (wj == "last" || wj == "this" || wj == "next" || wj == "coming" || wj == "past") {
      std::string_view u = p.L(j + 1);
      int dir = wj == "last" || wj == "past" ? -1 : wj == "this" ? 0 : 1;
      std::optional<DateSpan> span;
      std::string rule;
      std::size_t len = 2;
      if (pub) {
        if (u == "week") {
          span = DateSpan::Week(pub->AddDays(7 * dir));
          rule = "week.relative";
        } else if (u == "month") {
          CivilDate d = pub->AddMonths(dir);
          span = DateSpan::Month(d.year, d.month);
          rule = "month.relative";
        } else if (u == "year") {
          span = DateSpan::Year(pub->year + dir);
          rule = "year.relative";
        } else if (p.Is(j + 1, WordInfo::kWeekday)) {
          int delta = p.Info(j + 1)->weekday - pub->Weekday();
          CivilDate d = pub->AddDays(delta);  // this week's
          if (dir < 0 && !(d < *pub)) d = d.AddDays(-7);
          if (dir > 0 && !(*pub < d)) d = d.AddDays(7);
          span = DateSpan::Day(d);
          rule = "weekday.relative";
        } else if (int mo = p.Month(j + 1)) {
          span = DateSpan::Month(pub->year + dir, mo);
          rule = "month.name.relative";
        } else if (dir <= 0 && p.Is(j + 1, WordInfo::kDayPart)) {
          // "this morning", "this afternoon": the publication day (live blogs,
          // same-day reports); "last night", "last evening": the day before.
          span = DateSpan::Day(pub->AddDays(dir));
          rule = dir == 0 ? "day_part.this" : "day_part.last";
        } else if (p.Is(j + 1, WordInfo::kWeekendWord)) {
          // "this weekend": this week's; "last/past weekend": the week before's.
          span = Weekend(pub->AddDays(7 * dir));
          rule = "weekend.relative";
        } else if (p.Is(j + 1, WordInfo::kSeason) && !(p.Cap(j + 1) && p.Cap(j + 2))) {
          // the most recent such season that has begun (last), this year's (this), the following (next)
          // (not a capitalised season opening a name: "the next Summer Games", "next Winter Olympics")
          const std::string& season = p.Info(j + 1)->season;
          DateSpan s = Season(pub->year, season);
          if (season == "WI" && pub->month <= 2) s = Season(pub->year - 1, "WI");
          if (dir < 0 && !(s.latest < *pub)) s = Season(s.earliest.year - 1, season);
          if (dir > 0 && !(*pub < s.earliest)) s = Season(s.earliest.year + 1, season);
          span = s;
          rule = "season.relative";
        }
      } else if (u == "week" || u == "month" || u == "year" || p.Is(j + 1, WordInfo::kWeekday) || p.Month(j + 1) ||
                 (p.Is(j + 1, WordInfo::kSeason) && !(p.Cap(j + 1) && p.Cap(j + 2))) ||
                 (dir <= 0 && p.Is(j + 1, WordInfo::kDayPart)) ||
                 p.Is(j + 1, WordInfo::kWeekendWord)) {
        unresolved(Make(p, start, j + 2, "relative"));
        i = j + 2;
        continue;
      }
      if (span) {
        Timex t = Make(p, start, j + len, rule);
        t.SetSpan(*span);
        t.mod = mod;
        t.relative = true;
        // ("this weekend" in a weekday article is still to come.)
        t.future = dir > 0 || (rule == "weekend.relative" && *pub < span->earliest);
        out.push_back(std::move(t));
        i = j + len;
        continue;
      }
    }
    // "over the weekend", "at the weekend": the last weekend begun by the
    // publication day, or the next one in a sentence about the future.
    if (wj == "the" && j > 0 && p.Is(j + 1, WordInfo::kWeekendWord) && p.Is(j - 1, WordInfo::kWeekendCue) && pub &&
        mod == TimexMod::kNone) {
      bool begun = pub->Weekday() >= 5;
      DateSpan span = Weekend(begun || future ? *pub : pub->AddDays(-7));
      Timex t = Make(p, start, j + 2, "weekend.the");
      t.SetSpan(span);
      t.relative = true;
      t.future = future && !begun;
      out.push_back(std::move(t));
      i = j + 2;
      continue;
    }
    // earlier / later this month, this week, this year; "earlier in the week"
    if ((wj == "earlier" || wj == "later") && pub) {
      // The unit after "this" or after "in the".
      std::size_t u_at = p.L(j + 1) == "this" ? j + 2 : p.L(j + 1) == "in" && p.L(j + 2) == "the" ? j + 3 : 0;
      std::string_view u = u_at ? p.L(u_at) : std::string_view();
      std::optional<DateSpan> span;
      if (u == "week") span = DateSpan::Week(*pub);
      else if (u == "month") span = DateSpan::Month(pub->year, pub->month);
      else if (u == "year") span = DateSpan::Year(pub->year);
      if (span) {
        Timex t = Make(p, start, u_at + 1, "relative.within");
        t.SetSpan(*span);
        t.mod = wj == "earlier" ? TimexMod::kBefore : TimexMod::kAfter;
        t.relative = true;
        t.future = wj == "later";
        out.push_back(std::move(t));
        i = u_at + 1;
        continue;
      }
    }

    // N days / weeks / months / years ago; for N days (a duration)
    {
      int n = 0;
      if (AllDigits(wj) && wj.size() <= 3) n = Digits(wj);
      else if (p.Is(j, WordInfo::kNumber)) n = p.Info(j)->number;
      if (n > 0 && p.Is(j + 1, WordInfo::kUnit)) {
        const std::string& u = p.Info(j + 1)->unit;
        if (p.L(j + 2) == "ago") {
          Timex t = Make(p, start, j + 3, "ago");
          if (!pub) {
            unresolved(std::move(t));
          } else {
            DateSpan d = u == "D" ? DateSpan::Day(pub->AddDays(-n))
                         : u == "W" ? DateSpan::Week(pub->AddDays(-7 * n))
                         : u == "M" ? [&] { CivilDate c = pub->AddMonths(-n); return DateSpan::Month(c.year, c.month); }()
                                    : DateSpan::Year(pub->year - n);
            t.SetSpan(d);
            t.relative = true;
            out.push_back(std::move(t));
          }
          i = j + 3;
          continue;
        }
        if (start > 0 && (p.L(start - 1) == "for" || p.L(start - 1) == "over" || p.L(start - 1) == "within")) {
          Timex t = Make(p, start, j + 2, "duration");
          t.type = TimexType::kDuration;
          t.value = "P" + std::to_string(n) + u;
          out.push_back(std::move(t));
          i = j + 2;
          continue;
        }
      }
    }

    // Anaphora: the previous day, the next day, the following week ...
    if (p.Is(j, WordInfo::kAnaphoraFirst) && (m.anaphora_short || p.Is(j + 1, WordInfo::kAnaphoraSecond))) {
      bool done = false;
      for (const auto& [phrase, delta, unit] : m.anaphora) {
        if (!p.Phrase(phrase, j)) continue;
        // "on Oct. 31, the day after the runoff": set off by a comma after a day
        // and followed by the occasion it counts from, "the day after/before"
        // restates that day; it is no second date. ("on Monday, a day after he
        // won" still dates the win, a day before.)
        {
          const std::string_view next = p.L(j + phrase.size());
          if (start >= 2 && p.L(start - 1) == "," && p.L(j) == "the" && !out.empty() && out.back().earliest &&
              out.back().latest && *out.back().earliest == *out.back().latest &&
              out.back().end == p.toks[start - 2].end &&
              (next == "the" || next == "his" || next == "her" || next == "their" || next == "its" ||
               // ("on September 24, 2020, the day after Lukashenko was sworn in": a
               // clause whose subject is a name, capitalised.)
               (p.Cap(j + phrase.size()) && p.toks[j + phrase.size()].word))) {
            i = j + phrase.size();
            done = true;
            break;
          }
        }
        Timex t = Make(p, start, j + phrase.size(), "anaphora.day");
        // The last day resolved before it in this sentence, else the article's anchor.
        // (Not publication for a count of weeks, months or years: "A year
        // later" tells a story's time, which publication is not.)
        std::optional<CivilDate> anchor = ctx.anchor ? ctx.anchor : unit == 'D' ? pub : std::nullopt;
        // "in September, when he saw Harris and the following day met Trump":
        // after a coarser date of the sentence, the day is within that span.
        std::optional<DateSpan> coarse;
        for (const Timex& prev : out) {
          if (!prev.earliest || !prev.latest) continue;
          if (*prev.earliest == *prev.latest) {
            anchor = prev.earliest;
            coarse.reset();
          } else if (std::optional<DateSpan> sp = prev.Span(); sp && !prev.future && !internal::InSinceClause(p.text, prev.begin)) {
            // (Not a span opened by "since": "Noda, in office since
            // September, had his own session with Hu the same day", "his
            // first trip since securing a third term this month, and was
            // received by Putin the same afternoon".)
            coarse = sp;
          }
        }
        // (Counted in weeks, months or years, the span is as coarse as its
        // unit: "Eleven months later" from a day of December 2015 is November
        // 2016; from a month of the same sentence, that month moved, and
        // from a month or longer span its year for a count of years; from a
        // week, unresolved.)
        if (unit != 'D') {
          const bool coarse_moves = coarse && coarse->granularity != Granularity::kDay &&
                                    coarse->granularity != Granularity::kWeek &&
                                    (unit == 'Y' || (unit == 'M' && coarse->granularity == Granularity::kMonth));
          const std::optional<CivilDate> from = coarse ? (coarse_moves ? std::optional(coarse->earliest) : std::nullopt)
                                                       : anchor;
          if (!from) {
            unresolved(std::move(t));
          } else {
            if (unit == 'W') {
              t.SetSpan(DateSpan::Week(from->AddDays(7LL * delta)));
            } else if (unit == 'M') {
              const CivilDate moved = from->AddMonths(delta);
              t.SetSpan(DateSpan::Month(moved.year, moved.month));
            } else {
              t.SetSpan(DateSpan::Year(from->year + delta));
            }
            t.relative = true;
            out.push_back(std::move(t));
          }
        } else if (coarse) {
          t.SetSpan(*coarse);
          t.relative = true;
          out.push_back(std::move(t));
        } else if (!anchor) {
          unresolved(std::move(t));
        } else {
          t.SetSpan(DateSpan::Day(anchor->AddDays(delta)));
          t.relative = true;
          out.push_back(std::move(t));
        }
        i = j + phrase.size();
        done = true;
        break;
      }
      if (done) continue;
    }

    // the first half of 2021, the third quarter [of last year], Q3 2020
    {
      int part = 0, parts = 0;
      std::size_t k = j, end = j;
      if (wj == "the") {
        if (p.Is(j + 1, WordInfo::kOrdinal) && (p.L(j + 2) == "half" || p.L(j + 2) == "quarter")) {
          part = p.Info(j + 1)->ordinal;
          parts = p.L(j + 2) == "half" ? 2 : 4;
          k = j + 3;
        }
      } else if (wj.size() == 2 && wj[0] == 'q' && wj[1] >= '1' && wj[1] <= '4' && p.Year(j + 1)) {
        part = wj[1] - '0';
        parts = 4;
        k = j + 1;
      }
      if (part >= 1 && part <= parts) {
        std::optional<int> year;
        end = k;
        if (p.L(k) == "of" && p.Year(k + 1)) {
          year = p.Year(k + 1);
          end = k + 2;
        } else if (p.Year(k)) {
          year = p.Year(k);
          end = k + 1;
        } else if (p.L(k) == "of" && (p.L(k + 1) == "last" || p.L(k + 1) == "this" || p.L(k + 1) == "next") &&
                   p.L(k + 2) == "year") {
          if (pub) year = pub->year + (p.L(k + 1) == "last" ? -1 : p.L(k + 1) == "next" ? 1 : 0);
          end = k + 3;
        } else if (pub) {
          year = pub->year;  // "the third quarter": of the year of publication
        }
        Timex t = Make(p, start, end, parts == 2 ? "half" : "quarter");
        if (!year) {
          unresolved(std::move(t));
        } else {
          int months = 12 / parts;
          int m0 = (part - 1) * months + 1;
          char buf[32];
          std::snprintf(buf, sizeof buf, "%04d-%c%d", *year, parts == 2 ? 'H' : 'Q', part);
          t.value = buf;
          t.granularity = parts == 2 ? Granularity::kHalf : Granularity::kQuarter;
          t.earliest = CivilDate{*year, m0, 1};
          t.latest = CivilDate{*year, m0 + months - 1, CivilDate::DaysInMonth(*year, m0 + months - 1)};
          t.relative = !p.Year(k) && !p.Year(k + 1);
          out.push_back(std::move(t));
        }
        i = end;
        continue;
      }
    }

    // the sixth of next month / the 3rd of last month / the 5th of December [2020] / on the 5th
    if (wj == "the") {
      int day = 0;
      if (p.Is(j + 1, WordInfo::kOrdinal)) day = p.Info(j + 1)->ordinal;
      else if (HasOrdinalSuffix(p.L(j + 1))) day = DayNumber(p.L(j + 1));
      if (day) {
        std::size_t k = j + 2;
        if (p.L(k) == "of" && (p.L(k + 1) == "next" || p.L(k + 1) == "last" || p.L(k + 1) == "this") && p.L(k + 2) == "month") {
          Timex t = Make(p, start, k + 3, "day.of.relative_month");
          if (!pub) {
            unresolved(std::move(t));
          } else {
            int dir = p.L(k + 1) == "next" ? 1 : p.L(k + 1) == "last" ? -1 : 0;
            CivilDate mo = CivilDate{pub->year, pub->month, 1}.AddMonths(dir);
            if (CivilDate::Valid(mo.year, mo.month, day)) {
              t.SetSpan(DateSpan::Day(CivilDate{mo.year, mo.month, day}));
              t.relative = true;
              t.future = dir > 0;
              out.push_back(std::move(t));
            }
          }
          i = k + 3;
          continue;
        }
        if (p.L(k) == "of" && p.Month(k + 1)) {
          int mo = p.Month(k + 1);
          int y = p.Year(k + 2);
          std::size_t end = k + 2 + (y ? 1 : 0);
          day_with_year(Make(p, start, end, "day.of.month"), y, mo, day);
          i = end;
          continue;
        }
        if (p.L(k) != "of" && HasOrdinalSuffix(p.L(j + 1)) && start > 0 && p.L(start - 1) == "on") {
          Timex t = Make(p, start, j + 2, "day.of.current_month");
          if (!pub) {
            unresolved(std::move(t));
          } else {
            CivilDate c{pub->year, pub->month, std::min(day, CivilDate::DaysInMonth(pub->year, pub->month))};
            if (future && !(*pub < c)) c = CivilDate{pub->year, pub->month, 1}.AddMonths(1).AddDays(day - 1);
            if (!future && *pub < c) {
              CivilDate prev = CivilDate{pub->year, pub->month, 1}.AddMonths(-1);
              c = CivilDate{prev.year, prev.month, std::min(day, CivilDate::DaysInMonth(prev.year, prev.month))};
            }
            t.SetSpan(DateSpan::Day(c));
            t.relative = true;
            out.push_back(std::move(t));
          }
          i = j + 2;
          continue;
        }
      }
    }

    // [Weekday,] Month Day[,] [Year]  |  Month Year  |  bare Month (after a cue word)
    {
      std::size_t k = j;
      bool weekday_first = false;
      if (p.Is(k, WordInfo::kWeekday) && p.Cap(k) && p.L(k + 1) == "," && p.Month(k + 2)) {
        k += 2;
        weekday_first = true;
      } else if (p.Is(k, WordInfo::kWeekday) && p.Cap(k) && p.Month(k + 1) && p.Cap(k + 1) &&
                 DayNumber(p.L(k + 2))) {
        // (Without the comma: "Sunday December 19".)
        k += 1;
        weekday_first = true;
      }
      if (int mo = p.Month(k)) {
        std::size_t q = k + 1;
        if (p.L(q) == ".") ++q;
        // Month Day-Day (a range)
        std::string_view dd = p.L(q);
        auto dash = dd.find('-');
        if (dash != std::string::npos && DayNumber(dd.substr(0, dash)) && DayNumber(dd.substr(dash + 1))) {
          int d1 = DayNumber(dd.substr(0, dash)), d2 = DayNumber(dd.substr(dash + 1));
          std::size_t e = q + 1;
          if (p.L(e) == ",") ++e;
          int y = p.Year(e);
          std::size_t end = y ? e + 1 : q + 1;
          Timex t = Make(p, start, end, "date.month.range");
          if (!y && !pub) {
            unresolved(std::move(t));
          } else {
            if (!y) y = InferYear(*pub, mo, d1, future);
            if (CivilDate::Valid(y, mo, d1) && CivilDate::Valid(y, mo, d2) && d1 <= d2) {
              CivilDate a{y, mo, d1}, b{y, mo, d2};
              t.value = a.ToString() + "/" + b.ToString();
              t.granularity = Granularity::kDay;
              t.earliest = a;
              t.latest = b;
              out.push_back(std::move(t));
            }
          }
          i = end;
          continue;
        }
        if (int day = DayNumber(p.L(q))) {
          std::size_t e = q + 1;
          if (p.L(e) == ",") ++e;
          int y = p.Year(e);
          std::size_t end = y ? e + 1 : q + 1;
          if (!y && pub && p.RelativeYear(q + 1) != kNoRelativeYear) {  // "on April 1 last year"
            day_in_relative_year(Make(p, start, q + 3, "date.month.day.relative_year"), q + 1, mo, day);
            i = q + 3;
            continue;
          }
          day_with_year(Make(p, start, end, weekday_first ? "date.weekday.month.day" : "date.month.day"), y, mo, day);
          i = end;
          continue;
        }
        if (int y = p.Year(q)) {
          Timex t = Make(p, start, q + 1, "month.year");
          t.SetSpan(DateSpan::Month(y, mo));
          t.mod = mod;
          out.push_back(std::move(t));
          i = q + 1;
          continue;
        }
        // "in March last year", "in July of next year", "in May this year": the month of the
        // year named relative to publication (not the year InferYear would guess, nor two
        // separate expressions "March" and "last year").
        if (!weekday_first) {
          std::size_t r = p.L(q) == "of" ? q + 1 : q;
          std::string_view rel = p.L(r);
          if ((rel == "last" || rel == "this" || rel == "next" || rel == "past") && p.L(r + 1) == "year") {
            Timex t = Make(p, start, r + 2, "month.year.relative");
            if (!pub) {
              unresolved(std::move(t));
            } else {
              int dir = rel == "last" || rel == "past" ? -1 : rel == "this" ? 0 : 1;
              t.SetSpan(DateSpan::Month(pub->year + dir, mo));
              t.mod = mod;
              t.relative = true;
              t.future = dir > 0;
              out.push_back(std::move(t));
            }
            i = r + 2;
            continue;
          }
        }
        bool cued = mod != TimexMod::kNone || (k > 0 && p.Is(k - 1, WordInfo::kBareCue));
        // "That September", "the following October": a month of the year the
        // story has reached, found by the article's context (ContextDays);
        // here, like a bare month, the last one before publication. (Not a
        // month of `context_month_names_not`: "that May" is as often the
        // prime minister.)
        const bool context_cued = !cued && k > 0 && p.Is(k - 1, WordInfo::kContextMonthCue) &&
                                  !p.Is(k, WordInfo::kContextMonthName) &&
                                  (p.L(k - 1) != "following" || (k > 1 && p.L(k - 2) == "the"));
        if (context_cued && !weekday_first && pub) {
          Timex t = Make(p, k - 1 - (p.L(k - 1) == "following" ? 1 : 0), k + 1, "month.context");
          t.SetSpan(DateSpan::Month(InferYear(*pub, mo, 0, false), mo));
          t.relative = true;
          out.push_back(std::move(t));
          i = k + 1;
          continue;
        }
        if (cued && !weekday_first) {
          Timex t = Make(p, start, k + 1, "month.bare");
          if (!pub) {
            unresolved(std::move(t));
          } else {
            int y = InferYear(*pub, mo, 0, future);
            t.SetSpan(DateSpan::Month(y, mo));
            t.mod = mod;
            t.relative = true;
            t.future = future && y > pub->year;
            out.push_back(std::move(t));
          }
          i = k + 1;
          continue;
        }
      }
    }

    // Day Month [Year]: 15 December 2020, 7 November
    if (int day = DayNumber(wj); day && p.Month(j + 1)) {
      int mo = p.Month(j + 1);
      // ("9th November, 2016": a comma before the year, as after "November 9".)
      const std::size_t ye = p.L(j + 2) == "," && p.Year(j + 3) ? j + 3 : j + 2;
      int y = p.Year(ye);
      std::size_t end = y ? ye + 1 : j + 2;
      if (!y && pub && p.RelativeYear(j + 2) != kNoRelativeYear) {  // "on 3 March last year"
        day_in_relative_year(Make(p, start, j + 4, "date.day.month.relative_year"), j + 2, mo, day);
        i = j + 4;
        continue;
      }
      // "from 3 to 5 December": a range ending here
      day_with_year(Make(p, start, end, "date.day.month"), y, mo, day);
      i = end;
      continue;
    }
    if (wj == "from" && DayNumber(p.L(j + 1)) && (p.L(j + 2) == "to" || p.L(j + 2) == "-") && DayNumber(p.L(j + 3)) &&
        p.Month(j + 4)) {
      int d1 = DayNumber(p.L(j + 1)), d2 = DayNumber(p.L(j + 3)), mo = p.Month(j + 4);
      int y = p.Year(j + 5);
      std::size_t end = j + 5 + (y ? 1 : 0);
      Timex t = Make(p, j + 1, end, "date.day.range");
      if (!y && !pub) {
        unresolved(std::move(t));
      } else {
        if (!y) y = InferYear(*pub, mo, d1, future);
        if (CivilDate::Valid(y, mo, d1) && CivilDate::Valid(y, mo, d2) && d1 <= d2) {
          CivilDate a{y, mo, d1}, b{y, mo, d2};
          t.value = a.ToString() + "/" + b.ToString();
          t.granularity = Granularity::kDay;
          t.earliest = a;
          t.latest = b;
          out.push_back(std::move(t));
        }
      }
      i = end;
      continue;
    }

    // A holiday after one of `holiday_cues` ("on Christmas Day", "on Easter
    // Sunday 2019"): its day in the year given, else the most recent one on
    // or before publication (the next one in future sentences).
    if (p.Is(j, WordInfo::kHolidayFirst) && mod == TimexMod::kNone && j > 0 && p.Cap(j) &&
        std::find(m.holiday_cues.begin(), m.holiday_cues.end(), p.L(j - 1)) != m.holiday_cues.end()) {
      const Impl::Holiday* found = nullptr;
      for (const Impl::Holiday& h : m.holidays)
        if (p.Phrase(h.words, j)) {
          found = &h;
          break;
        }
      if (found) {
        std::size_t end = j + found->words.size();
        const int year = p.Year(end);
        if (year) ++end;
        Timex t = Make(p, start, end, "holiday");
        auto day_in = [&](int y) {
          return found->easter ? EasterSunday(y).AddDays(found->offset) : CivilDate{y, found->month, found->day};
        };
        if (year) {
          t.SetSpan(DateSpan::Day(day_in(year)));
          out.push_back(std::move(t));
        } else if (!pub) {
          unresolved(std::move(t));
        } else {
          CivilDate d = day_in(pub->year);
          if (!future && *pub < d) d = day_in(pub->year - 1);
          if (future && d < *pub) d = day_in(pub->year + 1);
          relative_day(std::move(t), d);
        }
        i = end;
        continue;
      }
    }

    // A weekday: the most recent one on or before publication, or the next one in future sentences.
    if (const WordInfo* wd = p.Info(j); wd && wd->Is(WordInfo::kWeekday) && p.Cap(j)) {
      std::size_t end = j + 1;
      // "on 5 March, a Saturday", "every Friday": no day of its own.
      if (j > 0 && (p.L(j - 1) == "a" || p.L(j - 1) == "every" || p.L(j - 1) == "each")) {
        i = end;
        continue;
      }
      Timex t = Make(p, start, end, future ? "weekday.future" : "weekday.past");
      if (!pub) {
        unresolved(std::move(t));
      } else {
        int back = (pub->Weekday() - wd->weekday + 7) % 7;
        CivilDate d = pub->AddDays(-back);
        if (future) d = pub->AddDays((wd->weekday - pub->Weekday() + 7) % 7 == 0 ? 7 : (wd->weekday - pub->Weekday() + 7) % 7);
        relative_day(std::move(t), d);
      }
      i = end;
      continue;
    }

    // Seasons with a year: summer 2019
    if (const WordInfo* se = p.Info(j); se && se->Is(WordInfo::kSeason) && p.Year(j + 1)) {
      Timex t = Make(p, start, j + 2, "season.year");
      t.SetSpan(Season(p.Year(j + 1), se->season));
      out.push_back(std::move(t));
      i = j + 2;
      continue;
    }

    // Decades: the 1990s
    if (wj.size() == 5 && wj[4] == 's' && AllDigits(wj.substr(0, 4)) && wj[3] == '0') {
      int y = Digits(wj.substr(0, 4));
      if (y >= m.year_min && y <= m.year_max) {
        Timex t = Make(p, start, j + 1, "decade");
        t.value = wj.substr(0, 3);
        t.granularity = Granularity::kDecade;
        t.earliest = CivilDate{y, 1, 1};
        t.latest = CivilDate{y + 9, 12, 31};
        out.push_back(std::move(t));
        i = j + 1;
        continue;
      }
    }

    // A bare year: in 2014, since 2014, the 2022 Winter Olympics; not "2000 troops", not "Resolution 2334".
    if (int y = p.Year(j)) {
      bool bad_before = j > 0 && p.Is(j - 1, WordInfo::kNonYearPreceder);
      bool bad_after = p.Is(j + 1, WordInfo::kNonYearFollower);
      bool score = p.L(j + 1) == "-" || (j > 0 && p.L(j - 1) == "-");
      if (!bad_before && !bad_after && !score) {
        Timex t = Make(p, start, j + 1, "year");
        t.SetSpan(DateSpan::Year(y));
        t.mod = mod;
        if (j > 0 && p.L(j - 1) == "since") t.mod = TimexMod::kAfter;
        if (j > 0 && p.L(j - 1) == "before") t.mod = TimexMod::kBefore;
        out.push_back(std::move(t));
        i = j + 1;
        continue;
      }
    }

    // "three-day visit": a duration written as one word, never a date.
    if (auto dash = wj.find('-'); dash != std::string::npos) {
      std::string_view n = wj.substr(0, dash), u = wj.substr(dash + 1);
      const WordInfo* nu = m.Find(n);
      // At most three digits: "10000000000-day" is no duration anyone writes, and an int would overflow.
      int count = AllDigits(n) ? (n.size() <= 3 ? Digits(n) : 0) : nu && nu->Is(WordInfo::kNumber) ? nu->number : 0;
      const WordInfo* unit = m.Find(u);
      if (count > 0 && unit && unit->Is(WordInfo::kUnit)) {
        Timex t = Make(p, j, j + 1, "duration.adjective");
        t.type = TimexType::kDuration;
        t.value = "P" + std::to_string(count) + unit->unit;
        out.push_back(std::move(t));
        i = j + 1;
        continue;
      }
    }
    i = start + 1;
  }
  // "a week earlier, on February 21, 1972": an anaphora set off by a comma
  // before a date of its own is restated by that date, which alone stays.
  for (std::size_t k = 0; k + 1 < out.size();) {
    const Timex& a = out[k];
    const Timex& b = out[k + 1];
    bool restated = false;
    if (a.rule == "anaphora.day" && b.earliest && !b.relative && b.begin >= a.end) {
      std::string_view gap = sentence.substr(a.end, b.begin - a.end);
      while (!gap.empty() && gap.back() == ' ') gap.remove_suffix(1);
      restated = gap == "," || gap == ", on" || gap == ", in";
    }
    if (restated) out.erase(out.begin() + static_cast<std::ptrdiff_t>(k));
    else ++k;
  }
  // A publication or anchor date near year 1 or 9999 can push a relative date
  // ("last December", "next year") out of the calendar CivilDate can write.
  for (Timex& t : out) {
    if (!t.earliest || !t.latest) continue;
    auto valid = [](const CivilDate& d) { return CivilDate::Valid(d.year, d.month, d.day); };
    if (valid(*t.earliest) && valid(*t.latest)) continue;
    t.earliest.reset(), t.latest.reset(), t.value.clear();
    t.granularity = Granularity::kNone;
    t.reason = "resolves outside the years 1 to 9999";
  }
  return;
}

}  // namespace diplograph
