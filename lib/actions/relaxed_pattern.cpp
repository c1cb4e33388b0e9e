#include "actions/relaxed_pattern.h"

#include <algorithm>
#include <cctype>
#include <vector>

namespace diplograph::internal {

namespace {

// Where the bracketed class opening at pattern[open] ends (one past its
// "]"), or npos when it does not close.
std::size_t ClassEnd(std::string_view pattern, std::size_t open) {
  std::size_t i = open + 1;
  if (i < pattern.size() && pattern[i] == '^') ++i;
  if (i < pattern.size() && pattern[i] == ']') ++i;  // a "]" first is a character of the class
  while (i < pattern.size()) {
    if (pattern[i] == '\\') {
      i += 2;
    } else if (pattern.substr(i, 2) == "[:") {
      std::size_t close = pattern.find(":]", i + 2);
      if (close == std::string_view::npos) return std::string_view::npos;
      i = close + 2;
    } else if (pattern[i] == ']') {
      return i + 1;
    } else {
      ++i;
    }
  }
  return std::string_view::npos;
}

// Reads "{m,n}" at pattern[at]: its length, with m and n; 0 for anything else.
std::size_t CountedBounds(std::string_view pattern, std::size_t at, std::size_t* max) {
  if (at >= pattern.size() || pattern[at] != '{') return 0;
  std::size_t i = at + 1;
  auto digits = [&](std::size_t* value) {
    std::size_t from = i;
    *value = 0;
    while (i < pattern.size() && std::isdigit(static_cast<unsigned char>(pattern[i])))
      *value = *value * 10 + static_cast<std::size_t>(pattern[i++] - '0');
    return i > from;
  };
  std::size_t min = 0;
  if (!digits(&min) || i >= pattern.size() || pattern[i++] != ',') return 0;
  if (!digits(max) || i >= pattern.size() || pattern[i] != '}' || *max < min) return 0;
  return i + 1 - at;
}

}  // namespace

RelaxedPattern RelaxClassRuns(std::string_view pattern) {
  RelaxedPattern out;
  std::string relaxed, measured;
  bool any = false, measurable = true;
  int groups = 0;  // capturing groups opened so far, in the measured form
  // Per open group: how many runs had been relaxed when it opened.
  std::vector<std::size_t> open;
  auto copy = [&](std::string_view piece) {
    relaxed.append(piece);
    measured.append(piece);
  };
  std::size_t i = 0;
  while (i < pattern.size()) {
    if (pattern.substr(i, 2) == "\\Q") {  // quoted to "\E" (or the end): no syntax inside
      std::size_t end = pattern.find("\\E", i + 2);
      end = end == std::string_view::npos ? pattern.size() : end + 2;
      copy(pattern.substr(i, end - i));
      i = end;
    } else if (pattern[i] == '\\') {
      copy(pattern.substr(i, 2));
      i += 2;
    } else if (pattern[i] == '[') {
      std::size_t end = ClassEnd(pattern, i);
      if (end == std::string_view::npos) return {};
      const std::string_view klass = pattern.substr(i, end - i);
      std::size_t max = 0;
      if (std::size_t length = CountedBounds(pattern, end, &max)) {
        // "{m,n}" -> "{m,}": keep everything up to and including the comma.
        std::string_view counted = pattern.substr(end, length);
        const std::string unbounded = std::string(counted.substr(0, counted.find(',') + 1)) + "}";
        const bool lazy = end + length < pattern.size() && pattern[end + length] == '?';
        relaxed.append(klass).append(unbounded);
        measured.append("(").append(klass).append(unbounded).append(lazy ? "?)" : ")");
        out.runs.push_back({++groups, max});
        out.bound = any ? std::min(out.bound, max) : max;
        any = true;
        end += length + (lazy ? 1 : 0);
        if (lazy) relaxed.push_back('?');
      } else {
        copy(klass);
      }
      i = end;
    } else if (pattern[i] == '(') {
      const std::string_view rest = pattern.substr(i + 1);
      if (rest.empty() || rest[0] != '?' || rest.substr(0, 2) == "?P" || rest.substr(0, 2) == "?<") ++groups;
      open.push_back(out.runs.size());
      copy(pattern.substr(i++, 1));
    } else if (pattern[i] == ')') {
      // A group repeated more than once captures its last repetition only:
      // a run inside it cannot be measured.
      const char next = i + 1 < pattern.size() ? pattern[i + 1] : '\0';
      if (!open.empty() && open.back() < out.runs.size() && (next == '*' || next == '+' || next == '{'))
        measurable = false;
      if (!open.empty()) open.pop_back();
      copy(pattern.substr(i++, 1));
    } else {
      copy(pattern.substr(i++, 1));
    }
  }
  if (!any) return {};
  out.pattern = std::move(relaxed);
  if (measurable) out.measured = std::move(measured);
  else out.runs.clear();
  return out;
}

}  // namespace diplograph::internal
