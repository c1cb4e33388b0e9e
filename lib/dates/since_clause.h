// Whether a date lies in a clause opened by "since": shared by the tagger (the
// span an anaphora may fall within) and the article's anchor (the day "the same
// day" refers to).
#pragma once

#include <cctype>
#include <cstddef>
#include <string_view>

namespace diplograph::internal {

// Where the clause opened by "since" that `pos` lies in begins (the offset of
// "since"), or npos: a "since" with no comma, semicolon, colon, parenthesis or
// full stop between it and `pos`. "It was their first meeting since Ishiba
// took office on October 1", "his first trip abroad since securing a third term
// this month": a date told after "since" is the story's background, a time
// before the one the article tells of.
inline std::size_t SinceClauseStart(std::string_view text, std::size_t pos) {
  for (std::size_t i = pos; i-- > 0;) {
    const char c = text[i];
    if (c == ',' || c == ';' || c == '(' || c == ')' || c == ':' || c == '.') return std::string_view::npos;
    if ((c == 's' || c == 'S') && text.substr(i, 6) == (c == 's' ? "since " : "Since ") &&
        (i == 0 || !std::isalpha(static_cast<unsigned char>(text[i - 1]))))
      return i;
  }
  return std::string_view::npos;
}

inline bool InSinceClause(std::string_view text, std::size_t pos) {
  return SinceClauseStart(text, pos) != std::string_view::npos;
}

}  // namespace diplograph::internal
