#include "actions/trigger_anchors.h"

#include <algorithm>
#include <array>
#include <optional>
#include <utility>

#include "util/strings.h"

namespace diplograph::internal {

namespace {

// More alternatives than this and a piece of pattern is taken as unknown:
// the literals are for a trie, and a long list of short ones helps little.
constexpr std::size_t kMaxLiterals = 64;
// A character class of at most this many bytes is read as alternatives.
constexpr std::size_t kMaxClassBytes = 6;
// Required literals shorter than this occur in nearly every sentence: they
// would cost the scanner more than they save.
constexpr std::size_t kMinRequiredRarity = 4;
// Stand for \b and for \s+ inside a literal while a pattern is read. The
// scanner follows kSpaces over a whole run of white space, which is right
// because a literal holds no white space of its own (it stops before any).
constexpr char kBoundary = '\x01';
constexpr char kSpaces = '\x02';

// RE2's \w: ASCII only, so a byte outside ASCII is never a word character.
constexpr std::array<bool, 256> kWordByte = [] {
  std::array<bool, 256> t{};
  for (int c = 0; c < 256; ++c)
    t[c] = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
  return t;
}();
bool IsWordByte(unsigned char c) { return kWordByte[c]; }
// RE2's \s.
bool IsSpaceByte(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'; }
// Whether `p` begins with a character of the General Punctuation block
// (U+2000-U+207F: quotation marks and dashes, which have no case).
bool GeneralPunctuation(std::string_view p) {
  return p.size() >= 3 && static_cast<unsigned char>(p[0]) == 0xE2 && (p[1] == '\x80' || p[1] == '\x81');
}

// An escape for one character, \xHH or \x{H...}, at p[*i] (a backslash):
// its code point, with *i moved past it; nullopt, *i unchanged, if there is
// none there or it is malformed (RE2 would reject the pattern).
std::optional<char32_t> CodeEscape(std::string_view p, std::size_t* i) {
  std::size_t j = *i;
  if (j + 1 >= p.size() || p[j] != '\\' || p[j + 1] != 'x') return std::nullopt;
  j += 2;
  const bool braced = j < p.size() && p[j] == '{';
  if (braced) ++j;
  char32_t code = 0;
  std::size_t digits = 0;
  for (; j < p.size() && (braced || digits < 2); ++j, ++digits) {
    const char c = p[j];
    const int v = c >= '0' && c <= '9'   ? c - '0'
                  : c >= 'a' && c <= 'f' ? c - 'a' + 10
                  : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                         : -1;
    if (v < 0) break;
    code = code * 16 + static_cast<char32_t>(v);
    if (code > 0x10FFFF) return std::nullopt;
  }
  if (digits == 0 || (!braced && digits != 2)) return std::nullopt;
  if (braced) {
    if (j >= p.size() || p[j] != '}') return std::nullopt;
    ++j;
  }
  *i = j;
  return code;
}

// A Unicode class, \pL, \p{Greek}, \PL, \P{^Greek}, at p[*i] (a backslash):
// whether it may match white space (a separator class, Z or Zs, or a negated
// one), with *i moved past it; nullopt, *i unchanged, if there is none.
std::optional<bool> PropertyEscape(std::string_view p, std::size_t* i) {
  std::size_t j = *i;
  if (j + 2 >= p.size() || p[j] != '\\' || (p[j + 1] != 'p' && p[j + 1] != 'P')) return std::nullopt;
  bool negated = p[j + 1] == 'P';
  j += 2;
  std::string_view name;
  if (p[j] == '{') {
    const std::size_t close = p.find('}', j);
    if (close == std::string_view::npos || close == j + 1) return std::nullopt;
    name = p.substr(j + 1, close - j - 1);
    j = close + 1;
  } else {
    name = p.substr(j, 1);
    ++j;
  }
  if (!name.empty() && name[0] == '^') {
    negated = !negated;
    name.remove_prefix(1);
  }
  if (name.empty()) return std::nullopt;
  *i = j;
  return negated || name[0] == 'Z' || name == "Any";
}

// One character of a bracketed class at p[*i]: a literal (a whole UTF-8
// sequence), an escaped punctuation mark or \x; its code point, with *i moved
// past it. nullopt, *i unchanged, for anything else (\d, \p{..}, [:alpha:]).
std::optional<char32_t> ClassCharacter(std::string_view p, std::size_t* i) {
  std::size_t j = *i;
  if (j >= p.size()) return std::nullopt;
  const auto c = static_cast<unsigned char>(p[j]);
  if (c == '\\') {
    if (std::optional<char32_t> code = CodeEscape(p, i)) return code;
    if (j + 1 >= p.size()) return std::nullopt;
    const auto e = static_cast<unsigned char>(p[j + 1]);
    if ((e >= 'a' && e <= 'z') || (e >= 'A' && e <= 'Z') || (e >= '0' && e <= '9') || e >= 0x80) return std::nullopt;
    *i = j + 2;
    return e;
  }
  if (c == '[' && j + 1 < p.size() && p[j + 1] == ':') return std::nullopt;
  if (c < 0x80) {
    *i = j + 1;
    return c;
  }
  // A UTF-8 sequence: its lead byte gives its length; a stray continuation byte stands alone.
  const std::size_t n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
  char32_t code = n == 4 ? c & 0x07 : n == 3 ? c & 0x0F : n == 2 ? c & 0x1F : c;
  ++j;
  for (std::size_t k = 1; k < n && j < p.size() && (static_cast<unsigned char>(p[j]) & 0xC0) == 0x80; ++k, ++j)
    code = (code << 6) | (static_cast<unsigned char>(p[j]) & 0x3F);
  *i = j;
  return code;
}

// A member of a bracketed class that is one character or a range of them
// ("a", "\\x{e9}", "a-z", "\\x{00C0}-\\x{024F}") at p[*i]: its first and last code
// points, with *i moved past it; nullopt for anything else.
std::optional<std::pair<char32_t, char32_t>> ClassRange(std::string_view p, std::size_t* i) {
  const std::optional<char32_t> from = ClassCharacter(p, i);
  if (!from) return std::nullopt;
  char32_t to = *from;
  if (*i + 1 < p.size() && p[*i] == '-' && p[*i + 1] != ']') {
    ++*i;
    const std::optional<char32_t> end = ClassCharacter(p, i);
    if (!end) return std::nullopt;
    to = *end;
  }
  return std::pair{*from, to};
}

// The strings a piece of pattern can begin with. Exact: the piece matches
// these strings and nothing else, so what follows it can be appended.
// Otherwise every match begins with one of them; "" among them says nothing
// is known.
struct Prefixes {
  std::vector<std::string> strings{""};
  bool exact = true;
};

Prefixes Unknown() { return {{""}, false}; }

bool HasEmpty(const Prefixes& p) { return std::find(p.strings.begin(), p.strings.end(), "") != p.strings.end(); }

// `then` read after `first`.
void Append(Prefixes* first, const Prefixes& then) {
  if (!first->exact) return;
  if ((!then.exact && HasEmpty(then)) || first->strings.size() * then.strings.size() > kMaxLiterals) {
    first->exact = false;
    return;
  }
  std::vector<std::string> joined;
  for (const std::string& a : first->strings)
    for (const std::string& b : then.strings) joined.push_back(a + b);
  first->strings = std::move(joined);
  first->exact = then.exact;
}

void SortUnique(std::vector<std::string>* v) {
  std::sort(v->begin(), v->end());
  v->erase(std::unique(v->begin(), v->end()), v->end());
}

// `other` as an alternative to `all`. Too many alternatives are cut short,
// longest first, until they are few enough (they then begin the matches).
void Union(Prefixes* all, const Prefixes& other) {
  all->strings.insert(all->strings.end(), other.strings.begin(), other.strings.end());
  SortUnique(&all->strings);
  all->exact = all->exact && other.exact;
  while (all->strings.size() > kMaxLiterals) {
    all->exact = false;
    std::size_t longest = 0;
    for (const std::string& s : all->strings) longest = std::max(longest, s.size());
    for (std::string& s : all->strings)
      if (s.size() == longest) s.pop_back();
    SortUnique(&all->strings);
  }
}

// A recursive-descent reader of the RE2 syntax the trigger patterns use.
// Whatever it does not know makes it give up (the pattern is then searched
// in full), so it needs to know only enough to be right where it answers.
class LeadReader {
 public:
  // lead_only: stop where the top-level sequence's literals stop being exact
  // (what follows cannot change them); for the tails of a pattern already
  // read whole, which are well formed.
  explicit LeadReader(std::string_view pattern, bool lead_only = false) : p_(pattern), lead_only_(lead_only) {}

  std::optional<Prefixes> Read() {
    Prefixes all = Alternation();
    if (failed_ || i_ != p_.size()) return std::nullopt;
    return all;
  }
  // After Read: where the items of the pattern's top-level sequence begin
  // (none if the pattern is an alternation at its top).
  const std::vector<std::size_t>& sequence_items() const { return sequence_items_; }
  // After Read: how many of those items the leading literals hold, up to the
  // one after which they stop being exact (all of them if they never do).
  std::size_t lead_items() const { return std::min(lead_items_, sequence_items_.size()); }
  // After Read: where the bars between the alternatives of a top-level
  // alternation are (none if the pattern is a sequence).
  const std::vector<std::size_t>& top_bars() const { return top_bars_; }
  // After Read: the alternatives of a top-level alternation, as pieces of the
  // pattern (none if the pattern is a sequence).
  std::vector<std::string_view> top_alternatives() const {
    std::vector<std::string_view> out;
    if (top_bars_.empty()) return out;
    std::size_t from = 0;
    for (std::size_t bar : top_bars_) out.push_back(p_.substr(from, bar - from)), from = bar + 1;
    out.push_back(p_.substr(from));
    return out;
  }

 private:
  bool At(char c) const { return i_ < p_.size() && p_[i_] == c; }
  void Fail() {
    failed_ = true;
    i_ = p_.size();
  }

  Prefixes Alternation() {
    Prefixes all = Concatenation();
    while (!failed_ && At('|')) {
      if (depth_ == 0) top_alternation_ = true, sequence_items_.clear(), top_bars_.push_back(i_);
      ++i_;
      Union(&all, Concatenation());
    }
    return all;
  }

  Prefixes Concatenation() {
    Prefixes seq;
    while (!failed_ && i_ < p_.size() && !At('|') && !At(')')) {
      const bool top = depth_ == 0 && !top_alternation_;
      if (top) sequence_items_.push_back(i_);
      Append(&seq, Repetition());
      if (top && !seq.exact) {
        lead_items_ = std::min(lead_items_, sequence_items_.size());
        if (lead_only_) {
          i_ = p_.size();
          break;
        }
      }
    }
    return seq;
  }

  Prefixes Repetition() {
    const bool space = p_.substr(i_, 2) == "\\s";
    Prefixes atom = Atom();
    while (!failed_ && i_ < p_.size()) {
      std::size_t min = 0, max = 0;  // max 0: unbounded
      char q = p_[i_];
      if (q == '?') min = 0, max = 1;
      else if (q == '*') min = 0;
      else if (q == '+') min = 1;
      else if (q == '{') {
        if (!Bounds(&min, &max)) return Unknown();
      } else break;
      ++i_;
      if (At('?')) ++i_;  // lazy: the same strings
      if (space && min <= 1 && max == 0) {  // \s+ or \s*: a run, which the scanner follows
        atom = {{std::string(1, kSpaces)}, true};
        if (min == 0) atom.strings.push_back("");
      } else if (min == 0 && max == 1 && atom.exact) atom.strings.push_back("");
      else if (min == 0) atom = Unknown();
      else if (min != 1 || max != 1) atom.exact = false;
    }
    return atom;
  }

  // {n}, {n,} or {n,m}; leaves i_ on the closing brace.
  bool Bounds(std::size_t* min, std::size_t* max) {
    std::size_t j = i_ + 1;
    auto number = [&](std::size_t* v) {
      std::size_t start = j;
      *v = 0;
      while (j < p_.size() && p_[j] >= '0' && p_[j] <= '9') *v = *v * 10 + static_cast<std::size_t>(p_[j++] - '0');
      return j > start;
    };
    if (!number(min)) return false;
    if (j < p_.size() && p_[j] == ',') {
      ++j;
      if (j < p_.size() && p_[j] == '}') *max = 0;
      else if (!number(max)) return false;
    } else {
      *max = *min;
    }
    if (j >= p_.size() || p_[j] != '}') return false;
    if (*min == 0 && *max == 0) *max = 1;  // {0}: treated as optional, a superset
    i_ = j;
    return true;
  }

  // One character from `i_`: the whole UTF-8 sequence if it is not ASCII.
  void SkipCharacter() {
    ++i_;
    while (i_ < p_.size() && (static_cast<unsigned char>(p_[i_]) & 0xC0) == 0x80) ++i_;
  }

  Prefixes Atom() {
    unsigned char c = static_cast<unsigned char>(p_[i_]);
    if (c == '(') return Group();
    if (c == '[') return Class();
    if (c == '\\') return Escape();
    if (c == '.') {
      ++i_;
      return Unknown();
    }
    if (c == '^' || c == '$') {
      ++i_;
      return {};
    }
    if (c == '*' || c == '+' || c == '?' || c == '{' || c == static_cast<unsigned char>(kBoundary) ||
        c == static_cast<unsigned char>(kSpaces)) {
      Fail();
      return Unknown();
    }
    if (c >= 0x80) {
      if (std::optional<Prefixes> known = CharacterAndItsCase()) return *known;
      SkipCharacter();
      return Unknown();
    }
    if (IsSpaceByte(c)) {
      SkipCharacter();
      return Unknown();
    }
    ++i_;
    return {{std::string(1, AsciiLower(static_cast<char>(c)))}, true};
  }

  // A character outside ASCII at `i_` whose matches, ignoring case, RE2 knows
  // exactly: the UTF-8 of the character and of its other case, when its case
  // folding is a plain pair (the letters of Latin-1 but those that fold with a
  // third character: Å with the Angstrom sign, µ with Greek mu, ß with
  // capital sharp s, ÿ with Ÿ), or the character alone when it has no case
  // (Latin-1 punctuation and signs, the General Punctuation block: quotation
  // marks, dashes). Without it "f(?:é|e)licitations" gave the anchor "f",
  // found in a word of every sentence. Nullopt for any other character.
  std::optional<Prefixes> CharacterAndItsCase() {
    const auto lead = static_cast<unsigned char>(p_[i_]);
    auto cont = [&](std::size_t k) {
      return i_ + k < p_.size() && (static_cast<unsigned char>(p_[i_ + k]) & 0xC0) == 0x80;
    };
    auto utf8 = [](unsigned cp) {
      return std::string{static_cast<char>(0xC0 | (cp >> 6)), static_cast<char>(0x80 | (cp & 0x3F))};
    };
    if ((lead == 0xC2 || lead == 0xC3) && cont(1)) {
      const unsigned cp = ((lead & 0x1Fu) << 6) | (static_cast<unsigned char>(p_[i_ + 1]) & 0x3Fu);
      Prefixes one{{utf8(cp)}, true};
      if (cp >= 0xA0 && cp <= 0xBF && cp != 0xB5) {
        // no case
      } else if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7 && cp != 0xC5) {
        one.strings.push_back(utf8(cp + 0x20));
      } else if (cp >= 0xE0 && cp <= 0xFE && cp != 0xF7 && cp != 0xE5) {
        one.strings.push_back(utf8(cp - 0x20));
      } else {
        return std::nullopt;
      }
      i_ += 2;
      SortUnique(&one.strings);
      return one;
    }
    if (GeneralPunctuation(p_.substr(i_)) && cont(2)) {
      Prefixes one{{std::string(p_.substr(i_, 3))}, true};
      i_ += 3;
      return one;
    }
    return std::nullopt;
  }

  Prefixes Group() {
    ++i_;
    if (At('?')) {
      ++i_;
      if (At('P')) {  // (?P<name>...)
        std::size_t close = p_.find('>', i_);
        if (close == std::string_view::npos) {
          Fail();
          return Unknown();
        }
        i_ = close + 1;
      } else {
        // Flags change case and line handling only, which the literals
        // (compared in lower case) and the anchors (zero-width) ignore.
        while (i_ < p_.size() && std::string_view("imsU-").find(p_[i_]) != std::string_view::npos) ++i_;
        if (At(')')) {  // (?i): flags for the rest of the group
          ++i_;
          return {};
        }
        if (!At(':')) {
          Fail();
          return Unknown();
        }
        ++i_;
      }
    }
    ++depth_;
    Prefixes inner = Alternation();
    --depth_;
    if (!At(')')) {
      Fail();
      return Unknown();
    }
    ++i_;
    return inner;
  }

  Prefixes Class() {
    ++i_;
    bool negated = At('^');
    if (negated) ++i_;
    std::string bytes;
    bool large = negated;
    bool first = true;
    while (i_ < p_.size() && (first || !At(']'))) {
      first = false;
      unsigned char c = static_cast<unsigned char>(p_[i_]);
      if (c == '[' && i_ + 1 < p_.size() && p_[i_ + 1] == ':') {  // [:alpha:]
        std::size_t close = p_.find(":]", i_ + 2);
        if (close == std::string_view::npos) break;
        i_ = close + 2;
        large = true;
        continue;
      }
      if (c == '\\' && i_ + 1 < p_.size()) {
        const char e = p_[i_ + 1];
        if (PropertyEscape(p_, &i_)) {  // \p{Greek} and the like
          large = true;
          continue;
        }
        const bool letter = (e >= 'a' && e <= 'z') || (e >= 'A' && e <= 'Z') || (e >= '0' && e <= '9');
        if (letter && e != 'x' && e != 'p' && e != 'P') {
          i_ += 2;
          large = true;  // \w, \s, \d, \n and the like
          continue;
        }
      }
      // One character (a literal, escaped punctuation, \x), or a range of them.
      const std::optional<std::pair<char32_t, char32_t>> range = ClassRange(p_, &i_);
      if (!range || range->second < range->first) {
        Fail();
        return Unknown();
      }
      const auto [from, to] = *range;
      if (to >= 0x80 || to - from >= kMaxClassBytes) {
        large = true;
        continue;
      }
      for (char32_t b = from; b <= to; ++b) bytes += AsciiLower(static_cast<char>(b));
    }
    if (!At(']')) {
      Fail();
      return Unknown();
    }
    ++i_;
    std::sort(bytes.begin(), bytes.end());
    bytes.erase(std::unique(bytes.begin(), bytes.end()), bytes.end());
    bool spaces = std::any_of(bytes.begin(), bytes.end(), [](char b) { return IsSpaceByte(static_cast<unsigned char>(b)); });
    if (large || spaces || bytes.empty() || bytes.size() > kMaxClassBytes) return Unknown();
    Prefixes one{{}, true};
    for (char b : bytes) one.strings.emplace_back(1, b);
    return one;
  }

  Prefixes Escape() {
    if (i_ + 1 >= p_.size()) {
      Fail();
      return Unknown();
    }
    char e = p_[i_ + 1];
    i_ += 2;
    if (e == 'b') return {{std::string(1, kBoundary)}, true};
    if (e == 'B' || e == 'A' || e == 'z') return {};  // zero-width: dropped, a superset
    if (e == 's') return {{std::string(1, kSpaces)}, false};  // one white space: a run begins here
    if (e == 'd' || e == 'D' || e == 'w' || e == 'W' || e == 'S' || e == 'C' || e == 'n' || e == 't' || e == 'r' ||
        e == 'f' || e == 'v')
      return Unknown();
    if (e == 'x' || e == 'p' || e == 'P') {  // one character, \x{e9}, or one of a Unicode class, \p{Greek}
      i_ -= 2;
      if (const std::optional<char32_t> code = CodeEscape(p_, &i_)) {
        if (*code < 0x80 && !IsSpaceByte(static_cast<unsigned char>(*code)))
          return {{std::string(1, AsciiLower(static_cast<char>(*code)))}, true};
        return Unknown();
      }
      if (PropertyEscape(p_, &i_)) return Unknown();
      i_ += 2;
    }
    if ((e >= 'a' && e <= 'z') || (e >= 'A' && e <= 'Z') || (e >= '0' && e <= '9') ||
        static_cast<unsigned char>(e) >= 0x80) {
      Fail();  // \Q, back references, a malformed \x: not used by the rules
      return Unknown();
    }
    return {{std::string(1, e)}, true};  // escaped punctuation
  }

  std::string_view p_;
  bool lead_only_ = false;
  std::size_t i_ = 0;
  bool failed_ = false;
  int depth_ = 0;  // of groups around i_
  bool top_alternation_ = false;
  std::vector<std::size_t> sequence_items_;
  std::size_t lead_items_ = std::string_view::npos;
  std::vector<std::size_t> top_bars_;
};

// How the matches of a piece of pattern end: whether each one that is not
// empty ends with a byte that is not a word byte, and whether one may be
// empty. Read from the few forms the trigger patterns put before a word
// (\s+, ["“]?, (?:[\w.'-]+\s+){0,4}?); any other answers "not known".
struct Ending {
  bool non_word = false;
  bool may_be_empty = false;
};

Ending SequenceEnding(std::string_view piece);

// The length in bytes of the character `p` begins with if it is one that
// RE2, even ignoring case, matches only to bytes that are not word bytes:
// ASCII punctuation but '.' (any character when not escaped), or a
// character of the General Punctuation block (U+2000-U+207F: quotation marks
// and dashes, which have no case). 0 for any other.
std::size_t NonWordCharacter(std::string_view p) {
  const auto c = static_cast<unsigned char>(p[0]);
  if (c < 0x80) return IsWordByte(c) || c == '.' ? 0 : 1;
  if (GeneralPunctuation(p)) return 3;
  return 0;
}

// One item of a sequence: an atom and its repetition.
Ending ItemEnding(std::string_view item) {
  Ending atom{true, false};
  std::size_t end = 0;  // of the atom
  if (item[0] == '(') {
    int depth = 0;
    bool in_class = false;
    for (; end < item.size(); ++end) {
      const char c = item[end];
      if (c == '\\') ++end;
      else if (in_class) in_class = c != ']';
      else if (c == '[') in_class = true;
      else if (c == '(') ++depth;
      else if (c == ')' && --depth == 0) break;
    }
    if (end >= item.size()) return {};
    std::string_view inner = item.substr(1, end - 1);
    if (inner.substr(0, 2) == "?:") inner.remove_prefix(2);
    else if (!inner.empty() && inner[0] == '?') return {};
    atom = SequenceEnding(inner);
    ++end;
  } else if (item[0] == '[') {
    // A class of white space and characters that are not word bytes.
    for (end = 1; end < item.size() && item[end] != ']';) {
      const bool escape = item[end] == '\\' && end + 1 < item.size();
      if (escape && (item[end + 1] == 's' || NonWordCharacter(item.substr(end + 1)) == 1)) {
        end += 2;
        continue;
      }
      // Negation, ranges and other escapes are not read.
      const char c = item[end];
      const std::size_t n = c == '^' || c == '-' || c == '\\' ? 0 : NonWordCharacter(item.substr(end));
      if (!n) return {};
      end += n;
    }
    if (end >= item.size() || end == 1) return {};
    ++end;
  } else if (item[0] == '\\') {
    if (item.size() < 2) return {};
    const char e = item[1];
    end = 2;
    if (e == 'b' || e == 'B' || e == 'A' || e == 'z') atom.may_be_empty = true;  // zero-width
    else if (e != 's' && NonWordCharacter(item.substr(1)) != 1) return {};
  } else if (item[0] == '^' || item[0] == '$') {
    end = 1;
    atom.may_be_empty = true;
  } else if (!(end = NonWordCharacter(item))) {
    return {};
  }
  if (!atom.non_word) return {};
  // The repetition: a match of several atoms ends as the last one that is not empty.
  std::string_view q = item.substr(end);
  if (!q.empty() && (q[0] == '?' || q[0] == '*')) {
    atom.may_be_empty = true;
    q.remove_prefix(1);
  } else if (!q.empty() && q[0] == '+') {
    q.remove_prefix(1);
  } else if (!q.empty() && q[0] == '{') {
    if (q.size() < 2 || q[1] < '0' || q[1] > '9') return {};
    if (q[1] == '0' && q.size() > 2 && (q[2] == ',' || q[2] == '}')) atom.may_be_empty = true;
    q.remove_prefix(std::min(q.size(), q.find('}') + 1));
  }
  if (!q.empty() && q[0] == '?') q.remove_prefix(1);  // lazy
  return q.empty() ? atom : Ending{};
}

Ending SequenceEnding(std::string_view piece) {
  LeadReader reader(piece);
  if (!reader.Read()) return {};
  if (!reader.top_bars().empty()) {
    Ending all{true, false};
    for (std::string_view piece_of : reader.top_alternatives()) {
      const Ending alternative = SequenceEnding(piece_of);
      if (!alternative.non_word) return {};
      all.may_be_empty = all.may_be_empty || alternative.may_be_empty;
    }
    return all;
  }
  const std::vector<std::size_t>& items = reader.sequence_items();
  for (std::size_t k = items.size(); k-- > 0;) {
    const std::size_t end = k + 1 < items.size() ? items[k + 1] : piece.size();
    const Ending item = ItemEnding(piece.substr(items[k], end - items[k]));
    if (!item.non_word) return {};
    if (!item.may_be_empty) return item;
  }
  return {true, true};
}

// The most that a match of a piece of pattern can hold, in the measures of
// WithinReach: characters, a run of white space counting as one, and word
// starts, a byte that is not white space after one that is (each counted
// where the white space before it lies in the match).
struct Reach {
  std::size_t chars = 0;
  std::size_t words = 0;
};
constexpr std::size_t kUnbounded = PatternAnchors::kUnbounded;

std::size_t BoundedSum(std::size_t a, std::size_t b) { return a == kUnbounded || b == kUnbounded ? kUnbounded : a + b; }
std::size_t BoundedTimes(std::size_t a, std::size_t n) {
  if (a == 0 || n == 0) return 0;
  return a == kUnbounded || n == kUnbounded ? kUnbounded : a * n;
}
Reach Then(Reach a, Reach b) { return {BoundedSum(a.chars, b.chars), BoundedSum(a.words, b.words)}; }

// RE2's \s, the white space of WithinReach.
bool IsReachSpace(unsigned char c) { return IsSpaceByte(c); }

// A recursive-descent reader of the Reach of a piece of pattern. Each atom
// holds at most one character and, if it may match white space, one word
// start (the one after its white space, if any); \s+ matches one run. What it
// does not know makes it give up: the reach is then unbounded.
class ReachReader {
 public:
  explicit ReachReader(std::string_view pattern) : p_(pattern) {}

  std::optional<Reach> Read() {
    Reach all = Alternation();
    if (failed_ || i_ != p_.size()) return std::nullopt;
    return all;
  }

 private:
  bool At(char c) const { return i_ < p_.size() && p_[i_] == c; }
  void Fail() {
    failed_ = true;
    i_ = p_.size();
  }

  Reach Alternation() {
    Reach all = Concatenation();
    while (!failed_ && At('|')) {
      ++i_;
      const Reach other = Concatenation();
      all = {std::max(all.chars, other.chars), std::max(all.words, other.words)};
    }
    return all;
  }

  Reach Concatenation() {
    Reach seq;
    while (!failed_ && i_ < p_.size() && !At('|') && !At(')')) seq = Then(seq, Repetition());
    return seq;
  }

  Reach Repetition() {
    const bool space = p_.substr(i_, 2) == "\\s";
    Reach atom = Atom();
    while (!failed_ && i_ < p_.size()) {
      std::size_t max = 0;
      const char q = p_[i_];
      if (q == '?') max = 1;
      else if (q == '*' || q == '+') max = kUnbounded;
      else if (q == '{') {
        if (!Bounds(&max)) return {};
      } else break;
      ++i_;
      if (At('?')) ++i_;  // lazy: the same strings
      // \s+ or \s*: one run of white space, one character and one word start.
      if (space && max == kUnbounded) continue;
      atom = {BoundedTimes(atom.chars, max), BoundedTimes(atom.words, max)};
    }
    return atom;
  }

  // {n}, {n,} or {n,m}: the most repetitions; leaves i_ on the closing brace.
  bool Bounds(std::size_t* max) {
    std::size_t j = i_ + 1, min = 0;
    auto number = [&](std::size_t* v) {
      const std::size_t start = j;
      *v = 0;
      while (j < p_.size() && p_[j] >= '0' && p_[j] <= '9' && j - start < 6)
        *v = *v * 10 + static_cast<std::size_t>(p_[j++] - '0');
      return j > start && (j >= p_.size() || p_[j] < '0' || p_[j] > '9');
    };
    if (!number(&min)) return Failed();
    *max = min;
    if (j < p_.size() && p_[j] == ',') {
      ++j;
      if (j < p_.size() && p_[j] == '}') *max = kUnbounded;
      else if (!number(max)) return Failed();
    }
    if (j >= p_.size() || p_[j] != '}') return Failed();
    i_ = j;
    return true;
  }
  bool Failed() {
    Fail();
    return false;
  }

  Reach Atom() {
    const auto c = static_cast<unsigned char>(p_[i_]);
    if (c == '(') return Group();
    if (c == '[') return Class();
    if (c == '\\') return Escape();
    if (c == '^' || c == '$') {
      ++i_;
      return {};
    }
    if (c == '*' || c == '+' || c == '?' || c == '{' || c == ')' || c == '|') {
      Fail();
      return {};
    }
    if (c >= 0x80) {  // one character, not white space in any case
      ++i_;
      while (i_ < p_.size() && (static_cast<unsigned char>(p_[i_]) & 0xC0) == 0x80) ++i_;
      return {1, 0};
    }
    ++i_;
    if (c == '.') return {1, 1};
    return {1, IsReachSpace(c) ? std::size_t{1} : 0};
  }

  Reach Group() {
    ++i_;
    if (At('?')) {
      ++i_;
      if (At('P') && i_ + 1 < p_.size() && p_[i_ + 1] == '<') {  // (?P<name>...)
        const std::size_t close = p_.find('>', i_);
        if (close == std::string_view::npos) {
          Fail();
          return {};
        }
        i_ = close + 1;
      } else {
        while (i_ < p_.size() && std::string_view("imsU-").find(p_[i_]) != std::string_view::npos) ++i_;
        if (At(')')) {  // (?i): flags, no characters
          ++i_;
          return {};
        }
        if (!At(':')) {
          Fail();
          return {};
        }
        ++i_;
      }
    }
    const Reach inner = Alternation();
    if (!At(')')) {
      Fail();
      return {};
    }
    ++i_;
    return inner;
  }

  // One character; a word start too unless no white space is in the class.
  Reach Class() {
    ++i_;
    bool space = false;
    if (At('^')) {
      ++i_;
      space = true;  // a negated class is taken to match white space
    }
    bool first = true;
    while (!failed_ && i_ < p_.size() && (first || !At(']'))) {
      first = false;
      auto c = static_cast<unsigned char>(p_[i_]);
      if (c == '[' && i_ + 1 < p_.size() && p_[i_ + 1] == ':') {  // [:alpha:] and the like
        const std::size_t close = p_.find(":]", i_ + 2);
        if (close == std::string_view::npos) {
          Fail();
          return {};
        }
        i_ = close + 2;
        space = true;
        continue;
      }
      if (c == '\\' && i_ + 1 < p_.size()) {
        const char e = p_[i_ + 1];
        if (const std::optional<bool> may_space = PropertyEscape(p_, &i_)) {  // \p{Greek} and the like
          space = space || *may_space;
          continue;
        }
        if (e == 's' || e == 'W' || e == 'D' || e == 'n' || e == 't' || e == 'r' || e == 'f') {
          i_ += 2;
          space = true;
          continue;
        }
        if (e == 'S' || e == 'w' || e == 'd' || e == 'v') {
          i_ += 2;
          continue;
        }
      }
      // One character (a literal, escaped punctuation, \x), or a range of
      // them; a character outside ASCII is never white space.
      const std::optional<std::pair<char32_t, char32_t>> range = ClassRange(p_, &i_);
      if (!range) {
        Fail();  // \Q, \C and the like: not read
        return {};
      }
      for (char32_t b = range->first; b <= std::min<char32_t>(range->second, 0x7F); ++b)
        if (IsReachSpace(static_cast<unsigned char>(b))) space = true;
    }
    if (!At(']')) {
      Fail();
      return {};
    }
    ++i_;
    return {1, space ? std::size_t{1} : 0};
  }

  Reach Escape() {
    if (i_ + 1 >= p_.size()) {
      Fail();
      return {};
    }
    const char e = p_[i_ + 1];
    i_ += 2;
    if (e == 'b' || e == 'B' || e == 'A' || e == 'z') return {};  // zero-width
    if (e == 's' || e == 'W' || e == 'D' || e == 'n' || e == 't' || e == 'r' || e == 'f') return {1, 1};
    if (e == 'S' || e == 'w' || e == 'd' || e == 'v') return {1, 0};
    if (e == 'x' || e == 'p' || e == 'P') {  // one character, \x{e9}, or one of a Unicode class, \p{Greek}
      i_ -= 2;
      if (const std::optional<char32_t> code = CodeEscape(p_, &i_))
        return {1, *code < 0x80 && IsReachSpace(static_cast<unsigned char>(*code)) ? std::size_t{1} : 0};
      if (const std::optional<bool> may_space = PropertyEscape(p_, &i_)) return {1, *may_space ? std::size_t{1} : 0};
      i_ += 2;
    }
    if ((e >= 'a' && e <= 'z') || (e >= 'A' && e <= 'Z') || (e >= '0' && e <= '9') ||
        static_cast<unsigned char>(e) >= 0x80) {
      Fail();  // \Q, \C, back references, a malformed \x: not read
      return {};
    }
    return {1, IsReachSpace(static_cast<unsigned char>(e)) ? std::size_t{1} : 0};  // escaped punctuation
  }

  std::string_view p_;
  std::size_t i_ = 0;
  bool failed_ = false;
};

// The literals of `read`, or none if some match may begin anywhere.
std::vector<PatternAnchors::Literal> Literals(const Prefixes& read) {
  std::vector<PatternAnchors::Literal> lits;
  for (const std::string& s : read.strings) {
    PatternAnchors::Literal lit;
    for (char c : s)  // \s+\s+ read as \s+: a superset, and what the scanner can follow
      if (c != kBoundary && !(c == kSpaces && !lit.text.empty() && lit.text.back() == kSpaces)) lit.text += c;
    if (lit.text.empty()) return {};
    lit.word_start = s[0] == kBoundary && IsWordByte(static_cast<unsigned char>(lit.text[0]));
    lits.push_back(std::move(lit));
  }
  // A literal that another one begins (and needs no more than) adds no place.
  std::sort(lits.begin(), lits.end(), [](const auto& a, const auto& b) {
    return a.text != b.text ? a.text < b.text : a.word_start < b.word_start;
  });
  std::vector<PatternAnchors::Literal> kept;
  for (auto& lit : lits) {
    bool covered = std::any_of(kept.begin(), kept.end(), [&](const auto& k) {
      return lit.text.compare(0, k.text.size(), k.text) == 0 && (!k.word_start || lit.word_start);
    });
    if (!covered) kept.push_back(std::move(lit));
  }
  return kept;
}

// How rare the literals are likely to be: the length of the shortest, not
// counting white space ("the " is as common as "the").
std::size_t Rarity(const std::vector<PatternAnchors::Literal>& lits) {
  std::size_t shortest = std::string::npos;
  for (const auto& lit : lits)
    shortest = std::min(shortest, lit.text.size() - static_cast<std::size_t>(std::count(lit.text.begin(), lit.text.end(), kSpaces)));
  return lits.empty() ? 0 : shortest;
}

// Whether no literal can begin inside a word or at white space: the scanner
// looks for such literals only at word starts and a few punctuation marks.
bool FoundAtWordStarts(const std::vector<PatternAnchors::Literal>& lits) {
  return std::none_of(lits.begin(), lits.end(), [](const PatternAnchors::Literal& lit) {
    return !lit.word_start && (IsWordByte(static_cast<unsigned char>(lit.text[0])) || lit.text[0] == kSpaces);
  });
}

// Whether every match of a sequence has a byte that is not a word byte right
// before its item k (`items`: where its items begin in `pattern`).
bool NonWordBefore(std::string_view pattern, const std::vector<std::size_t>& items, std::size_t k) {
  while (k-- > 0) {
    const Ending item = ItemEnding(pattern.substr(items[k], items[k + 1] - items[k]));
    if (!item.non_word) return false;
    if (!item.may_be_empty) return true;
  }
  return false;
}

// Every match of a sequence holds a match of each of its tails, which begins
// with that tail's literals: the rarest literals of the tails that begin at
// `items` from the one at `from` on (offsets in `pattern`).
//
// `required`: literals for a pattern whose leading literals are known, which
// need only occur after the match's start, not where their tail begins. One
// that white space begins is then looked for from the word after it, and a
// tail with a literal that may begin inside a word is passed over: it would
// be reported inside many words, which costs more than the tries it saves.
struct Tail {
  std::vector<PatternAnchors::Literal> literals;
  std::size_t item = 0;  // where the tail begins, in the items
  bool after_spaces = false;  // some literal was moved past the white space the tail begins with
};
Tail RarestTail(std::string_view pattern, const std::vector<std::size_t>& items, std::size_t from, bool required,
                const std::vector<Reach>& before) {
  Tail rarest;
  bool rarest_bounded = false;
  for (std::size_t k = from; k < items.size(); ++k) {
    // Reach only grows along the pattern: past a bounded tail, an unbounded one cannot win.
    if (required && rarest_bounded && before[k].chars == kUnbounded && before[k].words == kUnbounded) break;
    const std::size_t item = items[k];
    // A tail that begins with a letter of the pattern begins inside a word,
    // unless what comes before it always ends with a byte that is not a word
    // byte (then the letter begins a word: see below).
    if (required && IsWordByte(static_cast<unsigned char>(pattern[item])) && !NonWordBefore(pattern, items, k)) continue;
    std::optional<Prefixes> tail = LeadReader(pattern.substr(item), true).Read();
    if (!tail) continue;
    Tail candidate{Literals(*tail), k, false};
    std::vector<PatternAnchors::Literal>& lits = candidate.literals;
    // After a part of the pattern that always ends with a byte that is not a
    // word byte (white space, a quotation mark), a literal that begins with a
    // word byte begins a word ("sent his \"warmest\" congratulations").
    auto inside_word = [](const PatternAnchors::Literal& lit) {
      return !lit.word_start && IsWordByte(static_cast<unsigned char>(lit.text[0]));
    };
    if (std::any_of(lits.begin(), lits.end(), inside_word) && NonWordBefore(pattern, items, k))
      for (PatternAnchors::Literal& lit : lits)
        if (inside_word(lit)) lit.word_start = true;
    if (!required) {
      if (Rarity(lits) > Rarity(rarest.literals)) rarest = std::move(candidate);
      continue;
    }
    for (PatternAnchors::Literal& lit : lits)
      if (lit.text.size() > 1 && lit.text[0] == kSpaces && IsWordByte(static_cast<unsigned char>(lit.text[1]))) {
        lit.text.erase(0, 1);
        lit.word_start = true;
        candidate.after_spaces = true;
      }
    if (!FoundAtWordStarts(lits) || Rarity(lits) < kMinRequiredRarity) continue;
    // A tail within a bounded reach of the start beats a rarer one beyond it:
    // it turns away the places where the literal occurs only further on.
    const bool bounded = before[k].chars != kUnbounded || before[k].words != kUnbounded;
    if (bounded != rarest_bounded ? bounded : Rarity(lits) > Rarity(rarest.literals)) {
      rarest = std::move(candidate);
      rarest_bounded = bounded;
    }
  }
  return rarest;
}

}  // namespace

PatternAnchors FindAnchors(std::string_view pattern) {
  PatternAnchors anchors;
  LeadReader reader(pattern);
  std::optional<Prefixes> read = reader.Read();
  if (!read) return anchors;
  std::vector<std::size_t> items = reader.sequence_items();
  // before[k]: the reach of the items before item k.
  std::vector<Reach> before(items.size() + 1);
  for (std::size_t k = 0; k < items.size(); ++k) {
    const std::size_t end = k + 1 < items.size() ? items[k + 1] : pattern.size();
    const std::optional<Reach> item = ReachReader(pattern.substr(items[k], end - items[k])).Read();
    before[k + 1] = Then(before[k], item ? *item : Reach{kUnbounded, kUnbounded});
  }
  anchors.literals = Literals(*read);
  if (anchors.literals.empty()) {
    anchors.at_start = false;
    anchors.literals = RarestTail(pattern, items, 0, false, before).literals;
    return anchors;
  }
  if (!reader.top_bars().empty()) {
    // A match of an alternation is a match of one of its alternatives, and
    // holds a literal that alternative requires, or begins with one of its
    // own leading literals (longer than the alternation's, which too many
    // alternatives cut short), within that alternative's reach.
    std::vector<PatternAnchors::Literal> required;
    Reach reach;
    for (std::string_view piece : reader.top_alternatives()) {
      PatternAnchors alternative = FindAnchors(piece);
      const bool own = alternative.required.empty();
      std::vector<PatternAnchors::Literal>& lits = own ? alternative.literals : alternative.required;
      if (!alternative.at_start || Rarity(lits) < kMinRequiredRarity || !FoundAtWordStarts(lits)) return anchors;
      required.insert(required.end(), lits.begin(), lits.end());
      if (!own)
        reach = {std::max(reach.chars, alternative.required_chars), std::max(reach.words, alternative.required_words)};
    }
    // Alternatives read in full add nothing to the leading literals.
    const bool leading_only = std::all_of(required.begin(), required.end(), [&](const PatternAnchors::Literal& r) {
      return std::any_of(anchors.literals.begin(), anchors.literals.end(), [&](const PatternAnchors::Literal& l) {
        return l.text == r.text && l.word_start == r.word_start;
      });
    });
    if (!leading_only) {
      anchors.required = std::move(required);
      anchors.required_chars = reach.chars;
      anchors.required_words = reach.words;
    }
    return anchors;
  }
  // The required literals come from the items the leading ones do not hold
  // in full: from the one where they stop being exact on (which they may
  // hold only in part, or not at all when there were too many).
  const std::size_t from = std::max<std::size_t>(1, reader.lead_items()) - 1;
  Tail required = RarestTail(pattern, items, std::max<std::size_t>(from, 1), true, before);
  if (!required.literals.empty()) {
    anchors.required = std::move(required.literals);
    // Moved past a run of white space: one character and one word start more.
    const Reach slack = required.after_spaces ? Reach{1, 1} : Reach{};
    const Reach reach = Then(before[required.item], slack);
    anchors.required_chars = reach.chars;
    anchors.required_words = reach.words;
  }
  return anchors;
}

std::vector<PatternAnchors> FindAlternativeAnchors(std::string_view pattern) {
  LeadReader reader(pattern);
  if (!reader.Read() || reader.top_bars().empty()) return {};
  std::vector<PatternAnchors> out;
  bool any_required = false;
  for (std::string_view piece : reader.top_alternatives()) {
    out.push_back(FindAnchors(piece));
    if (!out.back().at_start || out.back().literals.empty()) return {};
    any_required = any_required || !out.back().required.empty();
  }
  if (!any_required) return {};
  return out;
}

bool WithinReach(std::string_view text, std::size_t begin, std::size_t end, std::size_t chars, std::size_t words) {
  if (chars == kUnbounded && words == kUnbounded) return true;
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  std::size_t c = 0, w = 0;
  for (std::size_t i = begin; i < end; ++i) {
    const bool space = IsSpaceByte(s[i]);
    const bool after_space = i > begin && IsSpaceByte(s[i - 1]);
    // A character begins at a byte that is not a UTF-8 continuation byte; a
    // run of white space is one.
    if ((s[i] & 0xC0) != 0x80 && !(space && after_space)) ++c;
    if (after_space && !space) ++w;
    if (c > chars || w > words) return false;
  }
  // The word start at `end` itself.
  if (end > begin && end < text.size() && IsSpaceByte(s[end - 1]) && !IsSpaceByte(s[end])) ++w;
  return w <= words;
}

namespace {

// The UTF-8 of the characters RE2 folds into ASCII letters (Scan).
constexpr std::string_view kLongS = "\xC5\xBF";
constexpr std::string_view kKelvin = "\xE2\x84\xAA";

// The automaton's states while it is built: each a set of walks alive (a
// trie node each, times two, plus one when the walk only waits in a run of
// white space whose first byte it has reported) and whether the last byte
// was a word byte (so whether a word starts next), found again by hashing.
class StateSet {
 public:
  std::uint32_t size() const { return static_cast<std::uint32_t>(after_word_.size()); }
  bool after_word(std::uint32_t s) const { return after_word_[s]; }
  const std::uint32_t* begin(std::uint32_t s) const { return walks_.data() + offsets_[s]; }
  const std::uint32_t* end(std::uint32_t s) const { return walks_.data() + offsets_[s + 1]; }

  // The state of `walks` (sorted, unique), added if new.
  std::uint32_t Find(const std::vector<std::uint32_t>& walks, bool after_word) {
    if (2 * size() >= slots_.size()) Grow();
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = Hash(walks.data(), walks.size(), after_word) & mask;; i = (i + 1) & mask) {
      const std::uint32_t s = slots_[i];
      if (s == kEmpty) {
        slots_[i] = Add(walks, after_word);
        return slots_[i];
      }
      if (after_word_[s] == after_word && std::equal(begin(s), end(s), walks.begin(), walks.end())) return s;
    }
  }

 private:
  static constexpr std::uint32_t kEmpty = ~std::uint32_t{0};
  static std::size_t Hash(const std::uint32_t* walks, std::size_t n, bool after_word) {
    std::size_t h = after_word ? 0x9E3779B97F4A7C15ull : 0;
    for (std::size_t i = 0; i < n; ++i) h = (h ^ walks[i]) * 0x100000001B3ull;
    return h ^ (h >> 29);
  }
  std::uint32_t Add(const std::vector<std::uint32_t>& walks, bool after_word) {
    walks_.insert(walks_.end(), walks.begin(), walks.end());
    offsets_.push_back(static_cast<std::uint32_t>(walks_.size()));
    after_word_.push_back(after_word);
    return size() - 1;
  }
  void Grow() {
    slots_.assign(slots_.empty() ? 1024 : 2 * slots_.size(), kEmpty);
    const std::size_t mask = slots_.size() - 1;
    for (std::uint32_t s = 0; s < size(); ++s) {
      std::size_t i = Hash(begin(s), end(s) - begin(s), after_word_[s]) & mask;
      while (slots_[i] != kEmpty) i = (i + 1) & mask;
      slots_[i] = s;
    }
  }
  std::vector<std::uint32_t> walks_;
  std::vector<std::uint32_t> offsets_{0};
  std::vector<std::uint8_t> after_word_;
  std::vector<std::uint32_t> slots_;
};

}  // namespace

AnchorScanner::AnchorScanner(const std::vector<PatternAnchors>& anchors) {
  std::vector<std::pair<int, const PatternAnchors::Literal*>> all;
  for (std::size_t p = 0; p < anchors.size(); ++p)
    for (const auto& lit : anchors[p].literals) all.emplace_back(static_cast<int>(p), &lit);
  if (all.empty()) return;
  const PatternAnchors::Literal long_s{std::string(kLongS), false}, kelvin{std::string(kKelvin), false};
  all.emplace_back(kUnreadable, &long_s);
  all.emplace_back(kUnreadable, &kelvin);

  // Classes: the literals' bytes, then white space, other word bytes, other bytes.
  std::vector<bool> class_is_word;
  auto new_class = [&](bool word) {
    class_is_word.push_back(word);
    return static_cast<std::uint8_t>(class_is_word.size() - 1);
  };
  std::uint8_t literal_class[256] = {};
  bool in_literal[256] = {};
  for (const auto& [p, lit] : all)
    for (char ch : lit->text) {
      auto c = static_cast<unsigned char>(ch);
      if (ch == kSpaces || in_literal[c]) continue;
      in_literal[c] = true;
      literal_class[c] = new_class(IsWordByte(c));
    }
  const bool spaces = std::any_of(all.begin(), all.end(), [](const auto& pl) {
    return pl.second->text.find(kSpaces) != std::string::npos;
  });
  const std::uint8_t space_class = spaces ? new_class(false) : 0;
  const std::uint8_t other_word = new_class(true), other = new_class(false);
  for (int c = 0; c < 256; ++c) {
    auto b = static_cast<unsigned char>(c);
    const auto lower = static_cast<unsigned char>(AsciiLower(static_cast<char>(b)));
    if (spaces && IsSpaceByte(b)) byte_class_[b] = space_class;
    else if (in_literal[lower]) byte_class_[b] = literal_class[lower];
    else byte_class_[b] = IsWordByte(b) ? other_word : other;
  }
  classes_ = static_cast<std::uint32_t>(class_is_word.size());

  // Two tries: walks from a word start follow every literal, walks from any
  // other byte only those that need no word start. Each is built from its
  // literals in sorted order, so that a literal branches off the path of the
  // one before it. Node 0 is no node; a node's literals are a list through
  // ends_next.
  constexpr std::uint32_t kNone = 0, kWordStartRoot = 1, kAnywhereRoot = 2;
  std::vector<std::uint8_t> after_spaces(3, false);  // entered on white space
  std::vector<std::uint32_t> ends(3, kNone);         // node -> 1 + first entry of ends_literal
  std::vector<std::uint32_t> ends_literal, ends_next;
  std::vector<std::array<std::uint32_t, 3>> edges;  // (node, class, child)
  for (std::uint32_t root : {kWordStartRoot, kAnywhereRoot}) {
    std::vector<std::pair<std::string, std::uint32_t>> keys;  // (classes, literal)
    for (std::uint32_t l = 0; l < all.size(); ++l) {
      if (root == kAnywhereRoot && all[l].second->word_start) continue;
      std::string key;
      for (char ch : all[l].second->text)
        key += static_cast<char>(ch == kSpaces ? space_class : byte_class_[static_cast<unsigned char>(ch)]);
      keys.emplace_back(std::move(key), l);
    }
    std::sort(keys.begin(), keys.end());
    std::vector<std::uint32_t> path{root};  // path[d]: the node after d classes of the last key
    const std::string* last = nullptr;
    for (const auto& [key, l] : keys) {
      std::size_t shared = 0;
      if (last)
        while (shared < key.size() && shared < last->size() && key[shared] == (*last)[shared]) ++shared;
      path.resize(shared + 1);
      for (std::size_t d = shared; d < key.size(); ++d) {
        const auto k = static_cast<std::uint8_t>(key[d]);
        const auto node = static_cast<std::uint32_t>(after_spaces.size());
        edges.push_back({path[d], k, node});
        after_spaces.push_back(spaces && k == space_class);
        ends.push_back(kNone);
        path.push_back(node);
      }
      ends_literal.push_back(l);
      ends_next.push_back(ends[path[key.size()]]);
      ends[path[key.size()]] = static_cast<std::uint32_t>(ends_literal.size());
      last = &key;
    }
  }
  std::vector<bool> runs_inside;
  for (const auto& [pattern, lit] : all) {
    literals_.push_back(lit->text);
    const std::size_t run = lit->text.find(kSpaces);
    runs_inside.push_back(run != std::string::npos && run + 1 < lit->text.size());
    chunks_begin_.push_back(static_cast<std::uint32_t>(chunks_.size()));
    if (!runs_inside.back()) continue;
    std::uint32_t piece = 0;
    for (std::size_t k = lit->text.size(); k-- > 0;) {
      ++piece;
      if (lit->text[k] == kSpaces && k + 1 < lit->text.size()) chunks_.push_back(piece), piece = 0;
    }
    chunks_.push_back(piece);
  }
  chunks_begin_.push_back(static_cast<std::uint32_t>(chunks_.size()));
  // Each node's children as a list of (class, child), and the roots' as tables.
  std::vector<std::uint32_t> children_begin(after_spaces.size() + 1, 0);
  for (const auto& edge : edges) ++children_begin[edge[0] + 1];
  for (std::size_t node = 0; node < after_spaces.size(); ++node) children_begin[node + 1] += children_begin[node];
  std::vector<std::pair<std::uint32_t, std::uint32_t>> children(edges.size());
  std::vector<std::uint32_t> filled(children_begin.begin(), children_begin.end() - 1);
  std::vector<std::uint32_t> root_child(3 * classes_, kNone);  // root * classes_ + class
  for (const auto& [node, k, to] : edges) {
    children[filled[node]++] = {k, to};
    if (node == kWordStartRoot || node == kAnywhereRoot) root_child[node * classes_ + k] = to;
  }

  // The automaton, built breadth first from the empty set (state 0, and
  // state 1 after a word byte): a step that no walk of a state follows goes
  // where the same step from the empty set goes. A state is numbered when it
  // is found among those where no literal ends or among those where one does
  // (which come last in next_), and its row is written to that part.
  StateSet states;
  // Found state -> its number in its part, plus kReporting in the second.
  std::vector<std::uint32_t> number;
  constexpr std::uint32_t kReporting = 1u << 31;
  std::uint32_t plain = 0, reporting = 0;
  auto find = [&](const std::vector<std::uint32_t>& walks, bool after_word) {
    const std::uint32_t s = states.Find(walks, after_word);
    if (s == number.size()) {
      const bool ends_here =
          std::any_of(walks.begin(), walks.end(), [&](std::uint32_t w) { return !(w & 1) && ends[w >> 1]; });
      number.push_back(ends_here ? kReporting | reporting++ : plain++);
    }
    return number[s];
  };
  find({}, false);
  find({}, true);
  std::vector<std::uint32_t> rows[2];  // the two parts
  std::vector<std::uint32_t> empty_rows;  // those of states 0 and 1
  std::vector<std::pair<std::uint32_t, std::uint32_t>> steps;  // (class, walk after it)
  std::vector<std::uint32_t> to;
  for (std::uint32_t s = 0; s < states.size(); ++s) {
    const bool after_word = states.after_word(s);
    steps.clear();
    if (s < 2)
      for (std::uint32_t k = 0; k < classes_; ++k) steps.emplace_back(k, kNone);
    for (const std::uint32_t* w = states.begin(s); w != states.end(s); ++w) {
      const std::uint32_t node = *w >> 1;
      if (after_spaces[node]) steps.emplace_back(space_class, *w | 1);
      for (std::uint32_t c = children_begin[node]; c < children_begin[node + 1]; ++c)
        steps.emplace_back(children[c].first, children[c].second << 1);
    }
    std::sort(steps.begin(), steps.end());
    std::vector<std::uint32_t>& part = rows[number[s] >> 31];
    const std::size_t row = part.size();
    if (s < 2) part.resize(row + classes_);
    else
      part.insert(part.end(), empty_rows.begin() + (after_word ? classes_ : 0),
                  empty_rows.begin() + (after_word ? 2 : 1) * classes_);
    for (std::size_t i = 0; i < steps.size();) {
      const std::uint32_t k = steps[i].first;
      to.clear();
      for (; i < steps.size() && steps[i].first == k; ++i)
        if (steps[i].second != kNone) to.push_back(steps[i].second);
      const std::uint32_t root = class_is_word[k] && !after_word ? kWordStartRoot : kAnywhereRoot;
      if (root_child[root * classes_ + k] != kNone) to.push_back(root_child[root * classes_ + k] << 1);
      std::sort(to.begin(), to.end());
      to.erase(std::unique(to.begin(), to.end()), to.end());
      part[row + k] = find(to, class_is_word[k]);
    }
    if (s == 1) empty_rows = rows[0];
  }
  next_ = std::move(rows[0]);
  next_.insert(next_.end(), rows[1].begin(), rows[1].end());
  first_reporting_ = plain * classes_;
  for (std::uint32_t& n : next_) n = (n & kReporting ? plain + (n & ~kReporting) : n) * classes_;
  // The literals that end in each reporting state, in the order of the states.
  std::vector<std::uint32_t> found(reporting);
  for (std::uint32_t s = 0; s < states.size(); ++s)
    if (number[s] & kReporting) found[number[s] & ~kReporting] = s;
  for (std::uint32_t s : found) {
    outputs_begin_.push_back(static_cast<std::uint32_t>(outputs_.size()));
    for (const std::uint32_t* w = states.begin(s); w != states.end(s); ++w)
      if (!(*w & 1))
        for (std::uint32_t e = ends[*w >> 1]; e != kNone; e = ends_next[e - 1])
        {
          const std::uint32_t l = ends_literal[e - 1];
          outputs_.push_back({all[l].first, l, static_cast<std::uint32_t>(literals_[l].size()), runs_inside[l],
                              !literals_[l].empty() && literals_[l][0] == kSpaces});
        }
  }
  outputs_begin_.push_back(static_cast<std::uint32_t>(outputs_.size()));
}

bool AnchorScanner::Report(std::string_view text, std::size_t end, std::size_t state,
                           std::vector<Hit>* hits) const {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const auto r = static_cast<std::uint32_t>((state - first_reporting_) / classes_);
  for (std::uint32_t o = outputs_begin_[r]; o < outputs_begin_[r + 1]; ++o) {
    const Output& out = outputs_[o];
    if (out.pattern == kUnreadable) return false;
    // Back over the literal: a run of white space inside it was followed
    // whole, one that ends it has been read up to its first byte.
    std::size_t begin = end - out.length;
    if (out.runs_inside) {
      begin = end;
      const std::uint32_t* piece = chunks_.data() + chunks_begin_[out.literal];
      const std::uint32_t* last = chunks_.data() + chunks_begin_[out.literal + 1] - 1;
      for (; piece != last; ++piece) {
        begin -= *piece;
        while (begin > 0 && IsSpaceByte(s[begin - 1])) --begin;
      }
      begin -= *last;
    }
    hits->push_back({out.pattern, begin});
    // A literal that begins with white space begins at each byte of the run.
    if (out.spaces_first)
      for (std::size_t b = begin + 1; b < end && IsSpaceByte(s[b]); ++b) hits->push_back({out.pattern, b});
  }
  return true;
}

bool AnchorScanner::Scan(std::string_view text, std::vector<Hit>* hits) const {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const std::uint32_t* next = next_.data();
  const std::uint8_t* byte_class = byte_class_;
  const std::size_t reporting = first_reporting_, n = text.size();
  std::size_t state = 0, i = 0;
  // Most bytes end in a state where no literal ends: step four bytes a round
  // (one load of the class, one of the next state and one comparison a byte)
  // and leave the round only where a literal ends. Reports come in the order
  // the literals end, as from a loop over one byte at a time.
  auto step = [&](std::size_t at) {
    state = next[state + byte_class[s[at]]];
    return state >= reporting;
  };
  for (;;) {
    bool found = false;
    for (; i + 4 <= n; i += 4) {
      if (step(i)) { i += 1, found = true; break; }
      if (step(i + 1)) { i += 2, found = true; break; }
      if (step(i + 2)) { i += 3, found = true; break; }
      if (step(i + 3)) { i += 4, found = true; break; }
    }
    while (!found && i < n) found = step(i++);
    if (!found) return true;
    if (!Report(text, i, state, hits)) return false;
  }
}

}  // namespace diplograph::internal
