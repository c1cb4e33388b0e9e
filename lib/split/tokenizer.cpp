#include "split/tokenizer.h"

#include "util/utf8.h"

namespace diplograph::internal {
namespace {

inline bool IsAsciiAlnum(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}
// Bytes of multi-byte UTF-8 sequences count as word characters (letters with
// accents, non-Latin scripts); the normaliser has already turned typographic
// punctuation into ASCII.
inline bool IsWordByte(unsigned char c) { return IsAsciiAlnum(c) || c >= 0x80; }

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
    Token t;
    t.begin = i;
    if (IsWordByte(c)) {
      std::size_t j = i;
      while (j < n) {
        auto d = static_cast<unsigned char>(s[j]);
        if (IsWordByte(d)) {
          ++j;
          continue;
        }
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
      t.end = j;
      t.word = true;
      std::string_view w = s.substr(t.begin, t.end - t.begin);
      t.digit = c >= '0' && c <= '9';
      t.cap = !t.digit && StartsUpper(w);
      int letters = 0, uppers = 0;
      for (unsigned char ch : w) {
        if ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z')) {
          ++letters;
          uppers += ch >= 'A' && ch <= 'Z';
        }
      }
      t.upper = letters >= 2 && letters == uppers;
      i = j;
    } else if (c == '\'' && i + 1 < n && (s[i + 1] == 's' || s[i + 1] == 'S') &&
               (i + 2 >= n || !IsWordByte(static_cast<unsigned char>(s[i + 2]))) && !out->empty() &&
               out->back().word && out->back().end == i) {
      t.end = i + 2;
      t.word = true;
      t.possessive = true;
      i += 2;
    } else {
      t.end = i + 1;
      i += 1;
    }
    out->push_back(t);
  }
}

}  // namespace diplograph::internal
