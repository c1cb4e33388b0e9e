#include "split/tokenizer.h"

#include <array>
#include <bit>
#include <cstdint>
#include <cstring>

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
#if !defined(__SSE2__)
// ASCII letters: 1 upper case, 3 lower case, 0 anything else.
constexpr std::array<unsigned char, 256> kLetter = [] {
  std::array<unsigned char, 256> t{};
  for (int c = 'A'; c <= 'Z'; ++c) t[c] = 1;
  for (int c = 'a'; c <= 'z'; ++c) t[c] = 3;
  return t;
}();
#endif

// White space between tokens, and the bytes that may join two runs of word
// bytes into one token ("Kiev-based", "AT&T", "O'Brien", "2,000", "3.5", "U.S.").
constexpr unsigned char kSpace = 1, kJoin = 2;
constexpr std::array<unsigned char, 256> kBetween = [] {
  std::array<unsigned char, 256> t{};
  t[' '] = t['\n'] = t['\r'] = t['\t'] = kSpace;
  t['-'] = t['&'] = t['\''] = t[','] = t['.'] = kJoin;
  return t;
}();

// The sentence's bytes classified before the walk, 64 to a block: bit k of a
// block's masks is byte 64 * block + k. Bytes past the end are in no class.
struct Block {
  std::uint64_t word, upper, lower;  // word bytes; upper- and lower-case ASCII letters
};

#if defined(__SSE2__)
// The 16 bytes at p, one bit each (bit k: byte k): word bytes, and among
// them the upper- and lower-case ASCII letters.
struct ByteClasses {
  unsigned word, upper, lower;
};
// With kLower, also the 16 bytes with their ASCII letters lower-cased, stored
// at `lowered`, and the bytes past ASCII (bit k: byte k) or-ed into `*high`.
template <bool kLower>
inline ByteClasses Classify16(const char* p, char* lowered, unsigned* high) {
  const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  // x - lo < count (unsigned), as a signed compare after moving the range to -128.
  auto in_range = [&](char lo, int count) {
    return _mm_cmplt_epi8(_mm_add_epi8(x, _mm_set1_epi8(static_cast<char>(0x80 - lo))),
                          _mm_set1_epi8(static_cast<char>(-128 + count)));
  };
  const __m128i digit = in_range('0', 10), upper = in_range('A', 26), lower = in_range('a', 26);
  const auto bits = [](__m128i m) { return static_cast<unsigned>(_mm_movemask_epi8(m)); };
  const unsigned past_ascii = bits(x);
  if constexpr (kLower) {
    _mm_storeu_si128(reinterpret_cast<__m128i*>(lowered), _mm_add_epi8(x, _mm_and_si128(upper, _mm_set1_epi8('a' - 'A'))));
    *high |= past_ascii;
  }
  return {bits(_mm_or_si128(_mm_or_si128(digit, upper), lower)) | past_ascii, bits(upper), bits(lower)};
}
#endif

// Classifies the bytes of `s` into `count` blocks. With kLower, also writes
// `s` with its ASCII letters lower-cased at `lowered` (room for s.size()
// bytes) and returns whether every byte is ASCII (without: `lowered` is null
// and the answer true).
template <bool kLower>
bool Classify(std::string_view s, Block* blocks, std::size_t count, char* lowered) {
  const std::size_t n = s.size();
#if defined(__SSE2__)
  auto put = [](Block* k, const ByteClasses& c, unsigned q) {
    k->word |= std::uint64_t{c.word} << (16 * q);
    k->upper |= std::uint64_t{c.upper} << (16 * q);
    k->lower |= std::uint64_t{c.lower} << (16 * q);
  };
  unsigned high = 0;
  std::size_t b = 0;
  for (; 64 * b + 64 <= n; ++b) {
    Block k{0, 0, 0};
    for (unsigned q = 0; q < 4; ++q) {
      const std::size_t at = 64 * b + 16 * q;
      put(&k, Classify16<kLower>(s.data() + at, kLower ? lowered + at : nullptr, &high), q);
    }
    blocks[b] = k;
  }
  if (b == count) return high == 0;
  // The last block, shorter than 64 bytes: its whole 16-byte pieces, then
  // the last r < 16 bytes as the 16 that end the text without the bits of
  // the bytes before them (or, in a text shorter than 16 bytes, copied
  // before zeros, which are in no class). (The lower-cased 16 that end the
  // text overwrite bytes already written with the same bytes.)
  Block k{0, 0, 0};
  unsigned q = 0;
  for (; 64 * b + 16 * q + 16 <= n; ++q) {
    const std::size_t at = 64 * b + 16 * q;
    put(&k, Classify16<kLower>(s.data() + at, kLower ? lowered + at : nullptr, &high), q);
  }
  if (const auto r = static_cast<unsigned>(n - 64 * b - 16 * q)) {
    ByteClasses c;
    if (n >= 16) {
      c = Classify16<kLower>(s.data() + n - 16, kLower ? lowered + n - 16 : nullptr, &high);
      c = {c.word >> (16 - r), c.upper >> (16 - r), c.lower >> (16 - r)};
    } else {
      char pad[16] = {};
      std::memcpy(pad, s.data(), n);
      char pad_lowered[16];
      c = Classify16<kLower>(pad, pad_lowered, &high);
      if constexpr (kLower) std::memcpy(lowered, pad_lowered, n);
    }
    put(&k, c, q);
  }
  blocks[b] = k;
  return high == 0;
#else
  unsigned char high = 0;
  for (std::size_t b = 0; b < count; ++b) {
    Block k{0, 0, 0};
    for (std::size_t q = 0; q < 64 && 64 * b + q < n; ++q) {
      const auto c = static_cast<unsigned char>(s[64 * b + q]);
      k.word |= std::uint64_t{kWordByte[c]} << q;
      k.upper |= std::uint64_t{kLetter[c] == 1} << q;
      k.lower |= std::uint64_t{kLetter[c] == 3} << q;
      if constexpr (kLower) {
        lowered[64 * b + q] = static_cast<char>(kLetter[c] == 1 ? c + ('a' - 'A') : c);
        high |= c;
      }
    }
    blocks[b] = k;
  }
  return (high & 0x80) == 0;
#endif
}

// The first position from p (p <= the text's size) that holds no word byte:
// the end of the run of word bytes there.
inline std::size_t WordRunEnd(const Block* blocks, std::size_t count, std::size_t p) {
  std::size_t b = p >> 6;
  if (b >= count) return p;
  if (const std::uint64_t m = ~blocks[b].word >> (p & 63)) return p + static_cast<unsigned>(std::countr_zero(m));
  for (++b; b < count; ++b)
    if (const std::uint64_t m = ~blocks[b].word) return 64 * b + static_cast<unsigned>(std::countr_zero(m));
  return 64 * count;  // the text ends with a word byte at a block's end
}

// At least two upper-case ASCII letters in [b, e) and no lower-case one (e > b).
inline bool AllUpper(const Block* blocks, std::size_t b, std::size_t e) {
  const std::size_t first = b >> 6, last = (e - 1) >> 6;
  if (first == last) {  // most words: one mask of e - b bits (at most 64)
    const std::uint64_t m = (~std::uint64_t{0} >> (64 - (e - b))) << (b & 63), u = blocks[first].upper & m;
    return (blocks[first].lower & m) == 0 && (u & (u - 1)) != 0;
  }
  const std::uint64_t from = ~std::uint64_t{0} << (b & 63), to = ~std::uint64_t{0} >> (63 - ((e - 1) & 63));
  unsigned uppers = 0;  // counted up to two
  for (std::size_t x = first; x <= last; ++x) {
    std::uint64_t m = ~std::uint64_t{0};
    if (x == first) m &= from;
    if (x == last) m &= to;
    if (blocks[x].lower & m) return false;
    if (const std::uint64_t u = blocks[x].upper & m) uppers += (u & (u - 1)) ? 2 : 1;
  }
  return uppers >= 2;
}

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

template <bool kLower>
bool TokenizeInto(std::string_view s, std::vector<Token>* out, std::string* lower) {
  out->clear();
  const std::size_t n = s.size();
  // Classify every byte first (16 at a time), then walk the tokens with bit
  // scans: where a run of word bytes ends, and whether a word's letters are
  // all capitals, are then a few instructions however long the word.
  const std::size_t count = (n + 63) / 64;
  constexpr std::size_t kOnStack = 64;  // sentences up to 4 KB (the splitter's cap)
  Block on_stack[kOnStack];
  thread_local std::vector<Block> on_heap;
  Block* blocks = on_stack;
  if (count > kOnStack) {
    if (on_heap.size() < count) on_heap.resize(count);
    blocks = on_heap.data();
  }
  char* lowered = nullptr;
  if constexpr (kLower) {
    lower->resize(n);
    lowered = lower->data();
  }
  const bool ascii = Classify<kLower>(s, blocks, count, lowered);
  std::size_t i = 0;
  while (i < n) {
    auto c = static_cast<unsigned char>(s[i]);
    if (kBetween[c] == kSpace) {
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
      for (;;) {
        j = WordRunEnd(blocks, count, j);
        if (j >= n) break;
        auto d = static_cast<unsigned char>(s[j]);
        if (kBetween[d] != kJoin) break;  // most words: a space or other punctuation after the run
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
      digit = c >= '0' && c <= '9';
      if (!digit) cap = c < 0x80 ? c >= 'A' && c <= 'Z' : StartsUpper(std::string_view(s.data() + begin, end - begin));
      // Every ASCII letter upper case: at least two letters and no lower-case
      // one (most words start with one).
      upper = !(c >= 'a' && c <= 'z') && AllUpper(blocks, begin, end);
      i = j;
    } else if (c == '\'' && i + 1 < n && (s[i + 1] == 's' || s[i + 1] == 'S') &&
               (i + 2 >= n || !IsWordByte(static_cast<unsigned char>(s[i + 2]))) && !out->empty() &&
               out->back().word && out->back().end == i) {
      end = i + 2;
      word = true;
      possessive = true;
      i += 2;
    } else if (c == '\'' && i > 0 && (s[i - 1] == 's' || s[i - 1] == 'S') && i + 2 < n && s[i + 1] == ' ' &&
               ((s[i + 2] >= 'a' && s[i + 2] <= 'z') || (s[i + 2] >= 'A' && s[i + 2] <= 'Z')) && !out->empty() &&
               out->back().word && out->back().end == i) {
      // "Honduras' Xiomara Castro", "the Philippines' foreign ministry": the
      // possessive of a name ending in s is the apostrophe alone.
      end = i + 1;
      word = true;
      possessive = true;
      i += 1;
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
    if (i < n && s[i] == ' ') ++i;  // the usual one space to the next token
  }
  return ascii;
}

}  // namespace

void Tokenize(std::string_view sentence, std::vector<Token>* out) { TokenizeInto<false>(sentence, out, nullptr); }

bool Tokenize(std::string_view sentence, std::vector<Token>* out, std::string* lower) {
  return TokenizeInto<true>(sentence, out, lower);
}

}  // namespace diplograph::internal
