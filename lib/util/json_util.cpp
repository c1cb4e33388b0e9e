#include "util/json_util.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

#include "util/utf8.h"

namespace diplograph::internal {

SourceLocation LocateOffset(std::string_view text, std::size_t pos, std::string_view origin) {
  if (pos > text.size()) pos = text.size();
  SourceLocation loc{std::string(origin), 1, 1};
  std::size_t line_start = 0;
  for (std::size_t i = 0; i < pos; ++i) {
    if (text[i] == '\n') {
      ++loc.line;
      line_start = i + 1;
    }
  }
  loc.column = CodePointCount(text.substr(line_start, pos - line_start)) + 1;
  return loc;
}

Result<nlohmann::json> ParseJson(std::string_view text, std::string_view origin) {
  try {
    return nlohmann::json::parse(text.begin(), text.end());
  } catch (const nlohmann::json::parse_error& e) {
    // e.byte is the 1-based position of the byte where parsing stopped.
    std::size_t pos = e.byte > 0 ? e.byte - 1 : 0;
    std::string what = e.what();
    // nlohmann's message: "[json.exception.parse_error.101] parse error at line 1, column 5: syntax error while parsing value - ..."
    auto p = what.find(": ");
    if (p != std::string::npos) {
      auto q = what.find(": ", p + 2);
      what = q != std::string::npos ? what.substr(q + 2) : what.substr(p + 2);
    }
    return Status(StatusCode::kParseError, "invalid JSON: " + what, LocateOffset(text, pos, origin));
  } catch (const std::exception& e) {
    return Status(StatusCode::kParseError, std::string("invalid JSON: ") + e.what(), {std::string(origin)});
  }
}

std::size_t FindField(std::string_view text, std::string_view key, std::string_view value, std::size_t start) {
  std::string needle(1, '"');  // (built by appending: GCC 12 warns, wrongly, of overlapping copies in "\"" + key)
  (needle += key) += '"';
  std::size_t pos = start;
  while ((pos = text.find(needle, pos)) != std::string_view::npos) {
    std::size_t v = pos + needle.size();
    while (v < text.size() && (text[v] == ' ' || text[v] == ':' || text[v] == '\t' || text[v] == '\n' || text[v] == '\r')) ++v;
    if (value.empty()) return pos;
    std::string_view rest = text.substr(v);
    if ((rest.size() > value.size() && rest[0] == '"' && rest.substr(1, value.size()) == value &&
         rest[1 + value.size()] == '"') ||
        rest.substr(0, value.size()) == value) {
      return pos;
    }
    pos = v;
  }
  return std::string_view::npos;
}

SourceLocation LocateField(std::string_view text, std::string_view key, std::string_view value,
                           std::string_view origin, std::size_t start) {
  std::size_t pos = FindField(text, key, value, start);
  if (pos == std::string_view::npos) return SourceLocation{std::string(origin), 0, 0};
  return LocateOffset(text, pos, origin);
}

LineIndex::LineIndex(std::string_view text) : text_(text) {
  line_starts_.push_back(0);
  for (std::size_t i = text.find('\n'); i != std::string_view::npos; i = text.find('\n', i + 1))
    line_starts_.push_back(i + 1);
}

SourceLocation LineIndex::At(std::size_t pos, std::string_view origin) const {
  if (pos > text_.size()) pos = text_.size();
  auto next = std::upper_bound(line_starts_.begin(), line_starts_.end(), pos);
  std::size_t line_start = *(next - 1);
  return SourceLocation{std::string(origin), static_cast<std::uint64_t>(next - line_starts_.begin()),
                        CodePointCount(text_.substr(line_start, pos - line_start)) + 1};
}

Result<std::string> ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return Status(errno == ENOENT ? StatusCode::kNotFound : StatusCode::kIoError,
                  std::string("cannot open: ") + std::strerror(errno), {path});
  }
  std::ostringstream ss;
  ss << in.rdbuf();
  if (in.bad()) return Status(StatusCode::kIoError, "read failed", {path});
  return ss.str();
}

}  // namespace diplograph::internal
