// Reading JSON without exceptions escaping: parse errors become a Status with
// the origin, line and column of the fault.
#pragma once

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>

#include <vector>

#include "diplograph/status.h"

namespace diplograph::internal {

// Parses `text`; on failure the Status names origin:line:column and what was expected.
Result<nlohmann::json> ParseJson(std::string_view text, std::string_view origin);

// Line and column (1-based, column in code points) of byte offset `pos` in `text`.
SourceLocation LocateOffset(std::string_view text, std::size_t pos, std::string_view origin);

// Byte offset of the first `"key": "value"` (or `"key": value`) at or after
// `start`, or npos.
std::size_t FindField(std::string_view text, std::string_view key, std::string_view value, std::size_t start = 0);

// Line and column of many offsets in one text: the line starts are found
// once, each lookup is a binary search (LocateOffset rescans the text).
class LineIndex {
 public:
  explicit LineIndex(std::string_view text);
  SourceLocation At(std::size_t pos, std::string_view origin) const;

 private:
  std::string_view text_;
  std::vector<std::size_t> line_starts_;
};

// Best-effort location of the first occurrence of `"key": "value"` (or of
// `"key": value` for non-strings) in `text`, for errors about one field.
SourceLocation LocateField(std::string_view text, std::string_view key, std::string_view value,
                           std::string_view origin, std::size_t start = 0);

// Reads a whole file. NotFound / IoError with the path on failure.
Result<std::string> ReadFile(const std::string& path);

}  // namespace diplograph::internal
