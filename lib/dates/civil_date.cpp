#include "diplograph/date.h"

#include <cstdio>

namespace diplograph {

// Howard Hinnant's days-from-civil algorithm (public domain description).
long long CivilDate::ToDays() const {
  long long y = year - (month <= 2 ? 1 : 0);
  long long era = (y >= 0 ? y : y - 399) / 400;
  long long yoe = y - era * 400;
  long long mp = (month + 9) % 12;
  long long doy = (153 * mp + 2) / 5 + day - 1;
  long long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

CivilDate CivilDate::FromDays(long long z) {
  z += 719468;
  long long era = (z >= 0 ? z : z - 146096) / 146097;
  long long doe = z - era * 146097;
  long long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  long long y = yoe + era * 400;
  long long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  long long mp = (5 * doy + 2) / 153;
  long long d = doy - (153 * mp + 2) / 5 + 1;
  long long m = mp < 10 ? mp + 3 : mp - 9;
  return CivilDate{static_cast<int>(y + (m <= 2 ? 1 : 0)), static_cast<int>(m), static_cast<int>(d)};
}

int CivilDate::DaysInMonth(int y, int m) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12) return 0;
  if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) return 29;
  return kDays[m - 1];
}

bool CivilDate::Valid(int y, int m, int d) {
  return y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= DaysInMonth(y, m);
}

std::optional<CivilDate> CivilDate::Parse(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  auto num = [&](size_t a, size_t n, int* out) {
    int v = 0;
    for (size_t i = a; i < a + n; ++i) {
      if (s[i] < '0' || s[i] > '9') return false;
      v = v * 10 + (s[i] - '0');
    }
    *out = v;
    return true;
  };
  CivilDate d;
  if (!num(0, 4, &d.year) || !num(5, 2, &d.month) || !num(8, 2, &d.day)) return std::nullopt;
  if (!Valid(d.year, d.month, d.day)) return std::nullopt;
  return d;
}

CivilDate CivilDate::AddMonths(int n) const {
  long long idx = static_cast<long long>(year) * 12 + (month - 1) + n;
  int y = static_cast<int>(idx / 12);
  int m = static_cast<int>(idx % 12) + 1;
  int d = day > DaysInMonth(y, m) ? DaysInMonth(y, m) : day;
  return CivilDate{y, m, d};
}

int CivilDate::Weekday() const {
  long long z = ToDays();  // 1970-01-01 was a Thursday (3)
  long long w = (z + 3) % 7;
  return static_cast<int>(w < 0 ? w + 7 : w);
}

void CivilDate::IsoWeek(int* iso_year, int* week) const {
  // The ISO week belongs to the year of its Thursday.
  CivilDate thursday = AddDays(3 - Weekday());
  CivilDate jan1{thursday.year, 1, 1};
  *iso_year = thursday.year;
  *week = static_cast<int>((thursday.ToDays() - jan1.ToDays()) / 7 + 1);
}

namespace {

// Appends `v` zero-padded to `width` digits, as printf's "%0*d" does (a wider
// or negative number falls back to printf).
void AppendPadded(std::string* out, int v, int width) {
  if (v >= 0 && (width == 2 ? v < 100 : width == 4 ? v < 10000 : false)) {
    char digits[4];
    for (int i = width - 1; i >= 0; --i, v /= 10) digits[i] = static_cast<char>('0' + v % 10);
    out->append(digits, static_cast<std::size_t>(width));
    return;
  }
  char buf[16];
  int n = std::snprintf(buf, sizeof buf, "%0*d", width, v);
  out->append(buf, n > 0 ? static_cast<std::size_t>(n) : 0);
}

}  // namespace

// (Dates are formatted at every date a sentence names and every event
// written: without printf.)
std::string CivilDate::ToString() const {
  std::string s;
  s.reserve(10);
  AppendPadded(&s, year, 4);
  s += '-';
  AppendPadded(&s, month, 2);
  s += '-';
  AppendPadded(&s, day, 2);
  return s;
}

std::string_view GranularityName(Granularity g) {
  switch (g) {
    case Granularity::kNone: return "none";
    case Granularity::kDay: return "day";
    case Granularity::kWeek: return "week";
    case Granularity::kMonth: return "month";
    case Granularity::kSeason: return "season";
    case Granularity::kQuarter: return "quarter";
    case Granularity::kHalf: return "half";
    case Granularity::kYear: return "year";
    case Granularity::kDecade: return "decade";
    case Granularity::kCentury: return "century";
  }
  return "none";
}

DateSpan DateSpan::Day(CivilDate d) { return DateSpan{d, d, Granularity::kDay, d.ToString()}; }

DateSpan DateSpan::Week(CivilDate any) {
  CivilDate mon = any.AddDays(-any.Weekday());
  int y = 0, w = 0;
  any.IsoWeek(&y, &w);
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-W%02d", y, w);
  return DateSpan{mon, mon.AddDays(6), Granularity::kWeek, buf};
}

DateSpan DateSpan::Month(int y, int m) {
  std::string value;
  AppendPadded(&value, y, 4);
  value += '-';
  AppendPadded(&value, m, 2);
  return DateSpan{CivilDate{y, m, 1}, CivilDate{y, m, CivilDate::DaysInMonth(y, m)}, Granularity::kMonth, value};
}

DateSpan DateSpan::Year(int y) {
  std::string value;
  AppendPadded(&value, y, 4);
  return DateSpan{CivilDate{y, 1, 1}, CivilDate{y, 12, 31}, Granularity::kYear, value};
}

}  // namespace diplograph
