// Small UTF-8 helpers shared by the stages.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace diplograph::internal {

// Decodes the code point at s[i], sets *len to its byte length. Returns
// U+FFFD with *len = 1 for an invalid or truncated sequence.
inline char32_t DecodeUtf8(std::string_view s, std::size_t i, std::size_t* len) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  if (b0 < 0x80) { *len = 1; return b0; }
  auto cont = [&](std::size_t k) {
    return i + k < s.size() && (static_cast<unsigned char>(s[i + k]) & 0xC0) == 0x80;
  };
  auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[i + k]) & 0x3F; };
  if (b0 >= 0xC2 && b0 <= 0xDF && cont(1)) { *len = 2; return ((b0 & 0x1F) << 6) | byte(1); }
  if (b0 >= 0xE0 && b0 <= 0xEF && cont(1) && cont(2)) {
    char32_t cp = ((b0 & 0x0F) << 12) | (byte(1) << 6) | byte(2);
    if (cp >= 0x800 && (cp < 0xD800 || cp > 0xDFFF)) { *len = 3; return cp; }
  }
  if (b0 >= 0xF0 && b0 <= 0xF4 && cont(1) && cont(2) && cont(3)) {
    char32_t cp = ((b0 & 0x07) << 18) | (byte(1) << 12) | (byte(2) << 6) | byte(3);
    if (cp >= 0x10000 && cp <= 0x10FFFF) { *len = 4; return cp; }
  }
  *len = 1;
  return 0xFFFD;
}

inline void AppendUtf8(std::string* out, char32_t cp) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

// Replaces every invalid UTF-8 sequence (bad bytes, overlong forms,
// surrogates, truncation) with U+FFFD. Returns how many were replaced.
std::size_t RepairUtf8(std::string* s);

// Byte offset of the first invalid UTF-8 sequence in `s` (as RepairUtf8
// sees them), or std::string_view::npos if there is none.
std::size_t FirstInvalidUtf8(std::string_view s);

// Number of code points in s[0, byte_offset). `s` must be valid UTF-8.
std::size_t CodePointCount(std::string_view s);

}  // namespace diplograph::internal
