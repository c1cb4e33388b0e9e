#include "util/utf8.h"

namespace diplograph::internal {

std::size_t RepairUtf8(std::string* s) {
  std::size_t i = 0, bad = 0;
  // Fast path: most text is valid; only rebuild from the first bad byte on.
  while (i < s->size()) {
    std::size_t len;
    char32_t cp = DecodeUtf8(*s, i, &len);
    if (cp == 0xFFFD && !(len == 3 && static_cast<unsigned char>((*s)[i]) == 0xEF)) break;
    i += len;
  }
  if (i == s->size()) return 0;
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
