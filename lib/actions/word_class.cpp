#include "actions/word_class.h"

namespace diplograph::internal {

namespace {
// The letters of the Latin, Greek and Cyrillic scripts outside ASCII, and
// the combining accents, written as characters: U+00C0-U+024F, U+0300-U+052F
// (combining marks, Greek, Cyrillic), U+1E00-U+1EFF (Latin Extended
// Additional: Vietnamese). Punctuation outside ASCII (quotation marks,
// dashes) stays no word character. (The literal prefilter's reader,
// FindAnchors, reads these ranges written as characters or as "\x{...}"
// escapes alike; a pattern whose anchors it cannot read is searched in every
// sentence, which made the trigger stage 35 times slower until it read "\x".)
constexpr std::string_view kNonAscii = "\u00C0-\u024F\u0300-\u052F\u1E00-\u1EFF";
}  // namespace

std::string WidenWordClasses(std::string_view p) {
  std::string out;
  out.reserve(p.size() + 16);
  bool in_class = false;
  for (std::size_t i = 0; i < p.size(); ++i) {
    const char c = p[i];
    if (c == '\\' && i + 1 < p.size()) {
      const char n = p[i + 1];
      if (n == 'Q') {  // quoted to "\E" (or to the end): no escapes inside
        const std::size_t e = p.find("\\E", i + 2);
        const std::size_t end = e == std::string_view::npos ? p.size() : e + 2;
        out.append(p.substr(i, end - i));
        i = end - 1;
      } else if (n == 'w') {
        if (in_class) (out += "\\w") += kNonAscii;
        else ((out += "[\\w") += kNonAscii) += "]";
        ++i;
      } else if (n == 'W' && !in_class) {
        ((out += "[^\\w") += kNonAscii) += "]";
        ++i;
      } else {
        out += c;
        out += n;
        ++i;
      }
      continue;
    }
    if (!in_class && c == '[') {
      in_class = true;
      out += c;
      if (i + 1 < p.size() && p[i + 1] == '^') out += p[++i];
      if (i + 1 < p.size() && p[i + 1] == ']') out += p[++i];  // a "]" first is a character of the class
      continue;
    }
    if (in_class && c == '[' && i + 1 < p.size() && p[i + 1] == ':') {
      const std::size_t e = p.find(":]", i + 2);
      if (e != std::string_view::npos) {
        out.append(p.substr(i, e + 2 - i));
        i = e + 1;
        continue;
      }
    }
    if (in_class && c == ']') in_class = false;
    out += c;
  }
  return out;
}

}  // namespace diplograph::internal
