#include "split/boilerplate.h"

#include <bit>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "actions/trigger_anchors.h"
#include "util/json_util.h"

namespace diplograph::internal {

namespace {

inline bool IsAsciiAlnum(unsigned char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
// A word character for RE2's \b (ASCII only).
inline bool IsReWordByte(unsigned char c) { return IsAsciiAlnum(c) || c == '_'; }

// The literals of `a` if the prefilter can use them: every one begins a word
// (so only word starts need checking) and holds only ASCII letters and digits
// (so a byte-wise comparison with the lower-cased line is the whole test).
bool UsableLiterals(const PatternAnchors& a) {
  if (a.at_start || a.literals.empty()) return false;
  for (const PatternAnchors::Literal& l : a.literals) {
    if (!l.word_start || l.text.empty()) return false;
    for (char ch : l.text) {
      auto c = static_cast<unsigned char>(ch);
      if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z'))) return false;
    }
  }
  return true;
}

}  // namespace

Result<BoilerplateMatcher> BoilerplateMatcher::Create(const std::vector<std::string>& patterns,
                                                      std::string_view json, std::string_view origin) {
  BoilerplateMatcher m;
  RE2::Options opt;
  opt.set_case_sensitive(false);
  opt.set_log_errors(false);
  auto add = [&](std::unique_ptr<RE2::Set>* set, const std::string& pat) -> Status {
    if (!*set) *set = std::make_unique<RE2::Set>(opt, RE2::ANCHOR_BOTH);
    std::string err;
    if ((*set)->Add(pat, &err) < 0)
      return Status(StatusCode::kParseError, "boilerplate pattern '" + pat + "': " + err,
                    LocateField(json, "boilerplate", "", origin));
    return Status();
  };
  for (const std::string& pat : patterns) {
    PatternAnchors a = FindAnchors(pat);
    // Only a pattern that begins with ".*" keeps RE2's automaton alive to the
    // end of every line; any other dies within the first bytes of most lines.
    bool contained = pat.starts_with(".*") && UsableLiterals(a) && m.literals_.size() + a.literals.size() <= 64;
    Status s = add(contained ? &m.contained_ : &m.leading_, pat);
    if (!s.ok()) return s;
    if (!contained) continue;
    for (const PatternAnchors::Literal& l : a.literals) {
      const std::uint64_t bit = std::uint64_t{1} << m.literals_.size();
      m.literals_.push_back(l.text);
      auto mark = [bit](std::array<std::uint64_t, 256>* table, unsigned char c) {
        (*table)[c] |= bit;
        if (c >= 'a' && c <= 'z') (*table)[c - 'a' + 'A'] |= bit;
      };
      mark(&m.first_byte_, static_cast<unsigned char>(l.text[0]));
      if (l.text.size() > 1) {
        mark(&m.second_byte_, static_cast<unsigned char>(l.text[1]));
      } else {
        for (std::uint64_t& b : m.second_byte_) b |= bit;
      }
    }
  }
  for (std::unique_ptr<RE2::Set>* set : {&m.leading_, &m.contained_})
    if (*set && !(*set)->Compile())
      return Status(StatusCode::kInternal, "boilerplate patterns do not compile", {std::string(origin)});
  return m;
}

bool BoilerplateMatcher::Matches(std::string_view line) const {
  if (leading_ && leading_->Match(line, nullptr)) return true;
  return contained_ && MayHoldLiteral(line) && contained_->Match(line, nullptr);
}

bool BoilerplateMatcher::MayHoldLiteral(std::string_view line) const {
  const auto* s = reinterpret_cast<const unsigned char*>(line.data());
  const std::size_t n = line.size();
  // Does a literal begin at word start p? (Its first two bytes looked up in
  // tables, as most word starts are turned away there.)
  auto literal_at = [&](std::size_t p) {
    std::uint64_t bits = first_byte_[s[p]];
    if (!bits) return false;
    bits &= p + 1 < n ? second_byte_[s[p + 1]] : second_byte_[0];
    for (; bits; bits &= bits - 1) {
      const std::string& lit = literals_[static_cast<unsigned>(std::countr_zero(bits))];
      if (lit.size() > n - p) continue;
      std::size_t k = 1;
      while (k < lit.size() && (s[p + k] | 0x20) == static_cast<unsigned char>(lit[k])) ++k;
      if (k == lit.size()) return true;
    }
    return false;
  };
  // U+212A KELVIN SIGN and U+017F LONG S fold to 'k' and 's' in RE2.
  auto folds_to_ascii = [&](std::size_t p) {
    return (s[p] == 0xC5 && p + 1 < n && s[p + 1] == 0xBF) ||
           (s[p] == 0xE2 && p + 2 < n && s[p + 1] == 0x84 && s[p + 2] == 0xAA);
  };
  std::size_t i = 0;
#if defined(__SSE2__)
  // 16 bytes at a time: the word starts (an ASCII letter or digit after a
  // byte that is no word character) and the lead bytes 0xC5 and 0xE2.
  unsigned prev_word = 0;  // 1: the byte before this block is a word character
  for (; i + 16 <= n; i += 16) {
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + i));
    auto in_range = [&](char lo, int count) {
      return _mm_cmplt_epi8(_mm_add_epi8(x, _mm_set1_epi8(static_cast<char>(0x80 - lo))),
                            _mm_set1_epi8(static_cast<char>(-128 + count)));
    };
    const __m128i alnum_v = _mm_or_si128(_mm_or_si128(in_range('0', 10), in_range('A', 26)), in_range('a', 26));
    const auto alnum = static_cast<unsigned>(_mm_movemask_epi8(alnum_v));
    const unsigned word = alnum | static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(x, _mm_set1_epi8('_'))));
    const auto lead = static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(
        _mm_cmpeq_epi8(x, _mm_set1_epi8(static_cast<char>(0xC5))), _mm_cmpeq_epi8(x, _mm_set1_epi8(static_cast<char>(0xE2))))));
    for (unsigned b = lead; b; b &= b - 1)
      if (folds_to_ascii(i + static_cast<unsigned>(std::countr_zero(b)))) return true;
    unsigned starts = alnum & ~((word << 1) | prev_word) & 0xFFFFu;
    for (; starts; starts &= starts - 1) {
      const std::size_t p = i + static_cast<unsigned>(std::countr_zero(starts));
      if (literal_at(p)) return true;
    }
    prev_word = (word >> 15) & 1u;
  }
#endif
  for (; i < n; ++i) {
    if (folds_to_ascii(i)) return true;
    if (IsAsciiAlnum(s[i]) && (i == 0 || !IsReWordByte(s[i - 1])) && literal_at(i)) return true;
  }
  return false;
}

}  // namespace diplograph::internal
