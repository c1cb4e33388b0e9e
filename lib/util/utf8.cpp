#include "util/utf8.h"

#include <cstdint>
#include <cstring>

namespace diplograph::internal {

std::size_t FirstInvalidUtf8(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    // Runs of ASCII eight bytes at a time.
    if (i + 8 <= s.size()) {
      std::uint64_t w;
      std::memcpy(&w, s.data() + i, 8);
      if ((w & 0x8080808080808080ULL) == 0) {
        i += 8;
        continue;
      }
    }
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
      continue;
    }
    std::size_t len;
    if (DecodeUtf8(s, i, &len) == 0xFFFD && len == 1) return i;
    i += len;
  }
  return std::string_view::npos;
}

std::size_t RepairUtf8(std::string* s) {
  // Most text is valid: rebuild only from the first bad byte on.
  std::size_t i = FirstInvalidUtf8(*s), bad = 0;
  if (i == std::string_view::npos) return 0;
  std::string out(s->data(), i);
  while (i < s->size()) {
    std::size_t len;
    char32_t cp = DecodeUtf8(*s, i, &len);
    if (cp == 0xFFFD && len == 1) ++bad;
    AppendUtf8(&out, cp);
    i += len;
  }
  s->swap(out);
  return bad;
}

std::size_t CodePointCount(std::string_view s) {
  std::size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

}  // namespace diplograph::internal
