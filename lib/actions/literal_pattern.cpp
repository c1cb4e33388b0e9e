#include "actions/literal_pattern.h"

#include <algorithm>
#include <utility>

#include "util/strings.h"

namespace diplograph::internal {

namespace {

// RE2's \w (ASCII only) and \s.
bool IsWordByte(unsigned char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}
bool IsSpaceByte(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'; }
// Characters with a meaning of their own in RE2 syntax.
bool IsSyntax(char c) { return std::string_view(".^$*+?{}[]()|\\").find(c) != std::string_view::npos; }
// A character the reader takes as itself: ASCII, not white space (so that a
// run of white space is always taken whole), not a control character.
bool IsPlain(unsigned char c) { return c > ' ' && c < 0x7F; }

// A class of at most this many characters is read as one step.
constexpr std::size_t kMaxClassBytes = 8;

}  // namespace

// A recursive-descent reader of the syntax LiteralPattern::Read accepts; it
// gives up (failed_) at anything else.
class LiteralReader {
 public:
  using Step = LiteralPattern::Step;
  using Way = LiteralPattern::Way;

  explicit LiteralReader(std::string_view pattern) : p_(pattern) {}

  std::optional<std::vector<Way>> Read() {
    std::vector<Way> ways = Alternation();
    if (failed_ || i_ != p_.size()) return std::nullopt;
    for (const Way& way : ways)
      for (std::size_t k = 1; k < way.size(); ++k)
        if (way[k].kind == Step::kSpaces && way[k - 1].kind == Step::kSpaces) return std::nullopt;
    return ways;
  }

 private:
  bool At(char c) const { return i_ < p_.size() && p_[i_] == c; }
  std::vector<Way> Fail() {
    failed_ = true;
    i_ = p_.size();
    return {};
  }

  std::vector<Way> Alternation() {
    std::vector<Way> ways = Concatenation();
    while (!failed_ && At('|')) {
      ++i_;
      std::vector<Way> more = Concatenation();
      ways.insert(ways.end(), std::make_move_iterator(more.begin()), std::make_move_iterator(more.end()));
      if (ways.size() > LiteralPattern::kMaxWays) return Fail();
    }
    return ways;
  }

  // The ways of a sequence: ordered by the first part's way, then by the rest's.
  std::vector<Way> Concatenation() {
    std::vector<Way> ways{Way{}};
    while (!failed_ && i_ < p_.size() && !At('|') && !At(')')) {
      std::vector<Way> part = Repetition();
      if (failed_ || ways.size() * part.size() > LiteralPattern::kMaxWays) return Fail();
      if (part.size() == 1) {  // most parts: one character, appended in place
        for (Way& a : ways) a.insert(a.end(), part[0].begin(), part[0].end());
        continue;
      }
      std::vector<Way> joined;
      for (const Way& a : ways)
        for (const Way& b : part) {
          joined.push_back(a);
          joined.back().insert(joined.back().end(), b.begin(), b.end());
        }
      ways = std::move(joined);
    }
    return ways;
  }

  std::vector<Way> Repetition() {
    if (p_.substr(i_, 3) == "\\s+") {  // a run of white space, greedy
      i_ += 3;
      if (At('?') || At('*') || At('+') || At('{')) return Fail();
      return {Way{Step{Step::kSpaces, {}}}};
    }
    std::vector<Way> atom = Atom();
    if (failed_) return {};
    if (At('?')) {  // x? tries x first; x?? tries it last
      ++i_;
      const bool lazy = At('?');
      if (lazy) ++i_;
      atom.insert(lazy ? atom.begin() : atom.end(), Way{});
    }
    if (At('?') || At('*') || At('+') || At('{')) return Fail();
    return atom;
  }

  std::vector<Way> Atom() {
    const char c = p_[i_];
    if (c == '(') return Group();
    if (c == '[') return Class();
    if (c == '\\') {
      if (i_ + 1 >= p_.size()) return Fail();
      const char e = p_[i_ + 1];
      i_ += 2;
      if (e == 'b') return {Way{Step{Step::kBoundary, {}}}};
      // Escaped punctuation is itself; letters and digits are classes, anchors or codes.
      if (!IsPlain(static_cast<unsigned char>(e)) || IsWordByte(static_cast<unsigned char>(e))) return Fail();
      return {Way{Step{Step::kBytes, std::string(1, e)}}};
    }
    if (!IsPlain(static_cast<unsigned char>(c)) || IsSyntax(c)) return Fail();
    ++i_;
    return {Way{Step{Step::kBytes, std::string(1, AsciiLower(c))}}};
  }

  std::vector<Way> Group() {
    ++i_;
    if (At('?')) {  // only (?:...): flags would change what the reader compares
      if (p_.substr(i_, 2) != "?:") return Fail();
      i_ += 2;
    }
    std::vector<Way> inner = Alternation();
    if (failed_ || !At(')')) return Fail();
    ++i_;
    return inner;
  }

  // A class of a few plain characters, none negated, no escapes but punctuation.
  std::vector<Way> Class() {
    ++i_;
    if (At('^') || At(']')) return Fail();
    std::string bytes;
    while (i_ < p_.size() && !At(']')) {
      char c = p_[i_++];
      if (c == '\\') {
        if (i_ >= p_.size()) return Fail();
        c = p_[i_++];
        if (IsWordByte(static_cast<unsigned char>(c))) return Fail();
      } else if (c == '[' || (c == '-' && !At(']') && !bytes.empty())) {
        return Fail();  // "[:alpha:]" and ranges are not read
      }
      if (!IsPlain(static_cast<unsigned char>(c))) return Fail();
      bytes += AsciiLower(c);
    }
    if (!At(']')) return Fail();
    ++i_;
    std::sort(bytes.begin(), bytes.end());
    bytes.erase(std::unique(bytes.begin(), bytes.end()), bytes.end());
    if (bytes.size() > kMaxClassBytes) return Fail();
    return {Way{Step{Step::kBytes, std::move(bytes)}}};
  }

  std::string_view p_;
  std::size_t i_ = 0;
  bool failed_ = false;
};

std::optional<LiteralPattern> LiteralPattern::Read(std::string_view pattern) {
  // Most patterns hold a repetition, a class of word characters or a
  // character outside ASCII: refused before their ways are spelt out (which
  // for a long pattern costs more than all the rest of reading it).
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    const auto c = static_cast<unsigned char>(pattern[i]);
    if (c == '*' || c == '{' || c >= 0x80) return std::nullopt;
    if (c == '\\' && i + 1 < pattern.size() && std::string_view("wWdDSp").find(pattern[i + 1]) != std::string_view::npos)
      return std::nullopt;
  }
  std::optional<std::vector<Way>> ways = LiteralReader(pattern).Read();
  if (!ways) return std::nullopt;
  LiteralPattern out;
  // The steps every way begins with are compared once.
  auto same = [](const Step& a, const Step& b) { return a.kind == b.kind && a.bytes == b.bytes; };
  std::size_t shared = ways->front().size();
  for (const Way& way : *ways) {
    std::size_t k = 0;
    while (k < shared && k < way.size() && same(way[k], ways->front()[k])) ++k;
    shared = k;
  }
  out.prefix_.assign(ways->front().begin(), ways->front().begin() + static_cast<std::ptrdiff_t>(shared));
  for (Way& way : *ways) way.erase(way.begin(), way.begin() + static_cast<std::ptrdiff_t>(shared));
  out.ways_ = std::move(*ways);
  // Single characters in a row are compared as one string.
  auto join = [](Way* way) {
    Way joined;
    for (Step& step : *way) {
      const bool single = step.kind == Step::kBytes && step.bytes.size() == 1;
      if (single && !joined.empty() && joined.back().kind == Step::kText) joined.back().bytes += step.bytes;
      else if (single) joined.push_back({Step::kText, std::move(step.bytes)});
      else joined.push_back(std::move(step));
    }
    *way = std::move(joined);
  };
  join(&out.prefix_);
  for (Way& way : out.ways_) join(&way);
  return out;
}

bool LiteralPattern::Follow(const Way& steps, std::string_view text, std::size_t* at) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t n = text.size();
  std::size_t i = *at;
  for (const Step& step : steps) {
    if (step.kind == Step::kText) {
      const std::size_t length = step.bytes.size();
      if (n - i < length) return false;
      for (std::size_t k = 0; k < length; ++k)
        if (AsciiLower(static_cast<char>(s[i + k])) != step.bytes[k]) return false;
      i += length;
    } else if (step.kind == Step::kBytes) {
      if (i >= n || step.bytes.find(AsciiLower(static_cast<char>(s[i++]))) == std::string::npos) return false;
    } else if (step.kind == Step::kBoundary) {
      if ((i > 0 && IsWordByte(s[i - 1])) == (i < n && IsWordByte(s[i]))) return false;
    } else {  // kSpaces: the whole run, at least one
      if (i >= n || !IsSpaceByte(s[i])) return false;
      while (i < n && IsSpaceByte(s[i])) ++i;
    }
  }
  *at = i;
  return true;
}

std::size_t LiteralPattern::MatchAt(std::string_view text, std::size_t at) const {
  std::size_t after_prefix = at;
  if (!Follow(prefix_, text, &after_prefix)) return std::string_view::npos;
  for (const Way& way : ways_) {
    std::size_t end = after_prefix;
    if (Follow(way, text, &end)) return end - at;
  }
  return std::string_view::npos;
}

}  // namespace diplograph::internal
