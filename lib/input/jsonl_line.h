// The two ways ParseJsonlLine reads a line, exposed for the tests that check
// they agree.
//
// ParseJsonlLine first tries a hand-written reader for the common line: one
// flat JSON object whose values are strings (escapes included), null, true,
// false or plain numbers. It decodes the wanted fields straight into the
// Document, without building a JSON tree. Any line it is not sure about
// (nested values, numbers with exponents, duplicated wanted keys, a value of
// the wrong type, any syntax error, invalid UTF-8, ...) goes to the reference
// reader through nlohmann::json, so every error message stays as it was.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

#include "diplograph/document.h"
#include "diplograph/status.h"

namespace diplograph::internal {

// The reference: the whole line through nlohmann::json.
Result<Document> ParseJsonlLineReference(std::string_view line, std::string_view origin, std::size_t line_no);

// The fast reader alone: nothing if it leaves the line to the reference, else
// the result (a Document, or an error about a field's value such as a missing
// "text"; never a syntax error).
std::optional<Result<Document>> ParseJsonlLineFast(std::string_view line, std::string_view origin,
                                                   std::size_t line_no);

}  // namespace diplograph::internal
