#include "split/tokenizer.h"

#include <array>
#include <bit>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "util/utf8.h"

namespace diplograph::internal {
namespace {

// Bytes of multi-byte UTF-8 sequences count as word characters (letters with
// accents, non-Latin scripts); the normaliser has already turned typographic
// punctuation into ASCII.
constexpr std::array<bool, 256> kWordByte = [] {
  std::array<bool, 256> t{};
  for (int c = 0; c < 256; ++c)
    t[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
  return t;
}();
inline bool IsWordByte(unsigned char c) { return kWordByte[c]; }
// ASCII letters: 1 upper case, 3 lower case (bit 1: lower), 0 anything else.
constexpr std::array<unsigned char, 256> kLetter = [] {
  std::array<unsigned char, 256> t{};
  for (int c = 'A'; c <= 'Z'; ++c) t[c] = 1;
  for (int c = 'a'; c <= 'z'; ++c) t[c] = 3;
  return t;
}();

#if defined(__SSE2__)
// The 16 bytes at p, one bit each (bit k: byte k): word bytes, and among
// them the upper- and lower-case ASCII letters.
struct ByteClasses {
  unsigned word, upper, lower;
};
inline ByteClasses Classify16(const char* p) {
  const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  // x - lo < count (unsigned), as a signed compare after moving the range to -128.
  auto in_range = [&](char lo, int count) {
    return _mm_cmplt_epi8(_mm_add_epi8(x, _mm_set1_epi8(static_cast<char>(0x80 - lo))),
                          _mm_set1_epi8(static_cast<char>(-128 + count)));
  };
  const __m128i digit = in_range('0', 10), upper = in_range('A', 26), lower = in_range('a', 26);
  const auto bits = [](__m128i m) { return static_cast<unsigned>(_mm_movemask_epi8(m)); };
  return {bits(_mm_or_si128(_mm_or_si128(digit, upper), lower)) | bits(x), bits(upper), bits(lower)};
}
#endif

bool StartsUpper(std::string_view s) {
  auto c = static_cast<unsigned char>(s[0]);
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  std::size_t len;
  char32_t cp = DecodeUtf8(s, 0, &len);
  // Latin-1 Supplement and Latin Extended-A capitals.
  if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) return true;
  if (cp >= 0x100 && cp <= 0x17F) return cp % 2 == 0;
  return false;
}

}  // namespace

void Tokenize(std::string_view s, std::vector<Token>* out) {
  out->clear();
  std::size_t i = 0;
  const std::size_t n = s.size();
  while (i < n) {
    auto c = static_cast<unsigned char>(s[i]);
    if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
      ++i;
      continue;
    }
    // The token is built in locals and written into the vector once at the
    // end: a Token assembled on the stack and copied in stalled every store.
    const std::size_t begin = i;
    std::size_t end;
    bool word = false, cap = false, upper = false, digit = false, possessive = false;
    if (IsWordByte(c)) {
      std::size_t j = i + 1;
      // Where the first run of word bytes ends, and its ASCII letters, found
      // 16 bytes at a time where there are 16 left (else by the loops below).
      std::size_t run_end = 0;
      unsigned run_letters = 0, run_lower = 0;
#if defined(__SSE2__)
      if (i + 16 <= n) {
        const ByteClasses k = Classify16(s.data() + i);
        if (const unsigned stop = ~k.word & 0xFFFFu) {
          const unsigned run = static_cast<unsigned>(std::countr_zero(stop));
          const unsigned in_run = (1u << run) - 1;
          run_end = j = i + run;
          run_letters = static_cast<unsigned>(std::popcount((k.upper | k.lower) & in_run));
          run_lower = k.lower & in_run;
        }
      }
#endif
      for (;;) {
        while (j < n && IsWordByte(static_cast<unsigned char>(s[j]))) ++j;
        if (j >= n) break;
        auto d = static_cast<unsigned char>(s[j]);
        bool next_word = j + 1 < n && IsWordByte(static_cast<unsigned char>(s[j + 1]));
        if ((d == '-' || d == '&') && next_word) {
          j += 1;
          continue;
        }
        if (d == '\'' && next_word) {
          // Possessive 's stays apart: "Xi's" -> "Xi" "'s"; "O'Brien", "didn't" stay whole.
          bool poss = (s[j + 1] == 's' || s[j + 1] == 'S') && (j + 2 >= n || !IsWordByte(static_cast<unsigned char>(s[j + 2])));
          if (poss) break;
          j += 1;
          continue;
        }
        if (d == ',' && next_word && j > i && s[j - 1] >= '0' && s[j - 1] <= '9' && s[j + 1] >= '0' && s[j + 1] <= '9') {
          j += 1;  // 2,000
          continue;
        }
        if (d == '.' && next_word && j > i && s[j - 1] >= '0' && s[j - 1] <= '9' && s[j + 1] >= '0' && s[j + 1] <= '9') {
          j += 1;  // 3.5
          continue;
        }
        // Dotted acronym: U.S. / U.N. / U.S.A. (single letters between periods).
        if (d == '.' && j - i == 1) {
          std::size_t k = j;
          auto alpha = [&](std::size_t p) {
            return p < n && ((s[p] >= 'a' && s[p] <= 'z') || (s[p] >= 'A' && s[p] <= 'Z'));
          };
          while (k < n && s[k] == '.' && alpha(k + 1) && k + 2 < n && s[k + 2] == '.') k += 2;
          if (k > j) {
            j = k + 1;
            break;
          }
        }
        break;
      }
      end = j;
      word = true;
      std::string_view w = s.substr(begin, end - begin);
      digit = c >= '0' && c <= '9';
      cap = !digit && StartsUpper(w);
      // Every ASCII letter upper case: at least two letters and no lower-case one.
      if (end == run_end) {
        upper = run_letters >= 2 && run_lower == 0;
      } else {
        unsigned letters = 0, lower = 0;
        for (unsigned char ch : w) {
          letters += kLetter[ch] & 1;
          lower |= kLetter[ch];
        }
        upper = letters >= 2 && !(lower & 2);
      }
      i = j;
    } else if (c == '\'' && i + 1 < n && (s[i + 1] == 's' || s[i + 1] == 'S') &&
               (i + 2 >= n || !IsWordByte(static_cast<unsigned char>(s[i + 2]))) && !out->empty() &&
               out->back().word && out->back().end == i) {
      end = i + 2;
      word = true;
      possessive = true;
      i += 2;
    } else {
      end = i + 1;
      i += 1;
    }
    Token& t = out->emplace_back();
    t.begin = begin;
    t.end = end;
    t.word = word;
    t.cap = cap;
    t.upper = upper;
    t.digit = digit;
    t.possessive = possessive;
  }
}

}  // namespace diplograph::internal
