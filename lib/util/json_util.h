// Reading JSON without exceptions escaping: parse errors become a Status with
// the origin, line and column of the fault.
#pragma once

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>

#include "diplograph/status.h"

namespace diplograph::internal {

// Parses `text`; on failure the Status names origin:line:column and what was expected.
Result<nlohmann::json> ParseJson(std::string_view text, std::string_view origin);

// Line and column (1-based, column in code points) of byte offset `pos` in `text`.
SourceLocation LocateOffset(std::string_view text, std::size_t pos, std::string_view origin);

// Best-effort location of the first occurrence of `"key": "value"` (or of
// `"key": value` for non-strings) in `text`, for errors about one field.
SourceLocation LocateField(std::string_view text, std::string_view key, std::string_view value,
                           std::string_view origin, std::size_t start = 0);

// Reads a whole file. NotFound / IoError with the path on failure.
Result<std::string> ReadFile(const std::string& path);

}  // namespace diplograph::internal
