// diplograph/date.h: calendar days and day intervals.
//
// A CivilDate is a proleptic Gregorian calendar day; a DateSpan is a closed
// interval of days with the precision the text gave it ("last week" is a week,
// not a day). All arithmetic is exact integer arithmetic on day numbers.
//
//   auto d = diplograph::CivilDate::Parse("2020-11-10");   // std::optional
//   int dow = d->Weekday();                                  // 0 = Monday ... 6 = Sunday
//   auto monday = d->AddDays(-dow);
//
// Thread safety: plain values.
#pragma once

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace diplograph {

struct CivilDate {
  int year = 1970;
  int month = 1;  // 1..12
  int day = 1;    // 1..31

  // Days since 1970-01-01 (negative before).
  long long ToDays() const;
  static CivilDate FromDays(long long days);
  // "YYYY-MM-DD" (strictly that form, a real day), or nullopt.
  static std::optional<CivilDate> Parse(std::string_view iso);
  // True if year/month/day name a real day.
  static bool Valid(int year, int month, int day);
  static int DaysInMonth(int year, int month);

  CivilDate AddDays(long long n) const { return FromDays(ToDays() + n); }
  // Same day-of-month clamped to the month's length.
  CivilDate AddMonths(int n) const;
  int Weekday() const;  // 0 = Monday ... 6 = Sunday
  // ISO 8601 week-numbering year and week (1..53).
  void IsoWeek(int* iso_year, int* week) const;
  std::string ToString() const;  // "YYYY-MM-DD"

  friend auto operator<=>(const CivilDate&, const CivilDate&) = default;
};

// How precise a date is: the width of the interval the text named.
enum class Granularity { kNone, kDay, kWeek, kMonth, kSeason, kQuarter, kHalf, kYear, kDecade, kCentury };
std::string_view GranularityName(Granularity g);  // "day", "week", ...

// A closed interval of days with its precision and TIMEX3-style value
// ("2020-12-15", "2024-W14", "2020-12", "2020").
struct DateSpan {
  CivilDate earliest;
  CivilDate latest;
  Granularity granularity = Granularity::kDay;
  std::string value;

  static DateSpan Day(CivilDate d);
  static DateSpan Week(CivilDate any_day_in_week);  // Monday..Sunday, value "YYYY-Www"
  static DateSpan Month(int year, int month);
  static DateSpan Year(int year);

  bool Contains(const DateSpan& o) const { return earliest <= o.earliest && o.latest <= latest; }
  bool Overlaps(const DateSpan& o) const { return earliest <= o.latest && o.earliest <= latest; }
  long long Days() const { return latest.ToDays() - earliest.ToDays() + 1; }
  // Shorter than `o`, or as long and starting earlier: of several dates one
  // report of an event states, the one it is dated by (the event builder and
  // the graph loader choose alike).
  bool FinerOrEarlier(const DateSpan& o) const {
    return Days() < o.Days() || (Days() == o.Days() && earliest < o.earliest);
  }
  friend bool operator==(const DateSpan&, const DateSpan&) = default;
};

}  // namespace diplograph
