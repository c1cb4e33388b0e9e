// diplograph/input.h: reading articles.
//
// JSONL: one article per line, {"id": "...", "text": "...", "published":
// "YYYY-MM-DD", "title", "url", "source"}; other keys are ignored. A bad line
// is reported (file, line, column, what was expected) and skipped; the rest
// is read. Plain text: one article per file. Invalid UTF-8 is repaired
// (U+FFFD) with a warning.
//
//   diplograph::ReadStats stats;
//   diplograph::Status s = diplograph::ReadJsonl(std::cin, "-",
//       [&](diplograph::Document doc) { /* extract */ },
//       [&](const diplograph::Status& problem) { std::cerr << problem.ToString() << "\n"; },
//       &stats);
//
// Thread safety: free functions without shared state.
#pragma once

#include <cstddef>
#include <functional>
#include <istream>
#include <optional>
#include <string>
#include <string_view>

#include "diplograph/document.h"
#include "diplograph/status.h"

namespace diplograph {

struct ReadStats {
  std::size_t lines = 0;     // non-empty lines seen
  std::size_t read = 0;      // documents handed on
  std::size_t rejected = 0;  // lines reported and skipped
  std::size_t repaired = 0;  // documents whose invalid UTF-8 was repaired
  // Always: lines == read + rejected.
};

// Parses one JSONL line (without its newline). `origin` and `line_no` locate errors.
Result<Document> ParseJsonlLine(std::string_view line, std::string_view origin, std::size_t line_no);

// Reads a JSONL stream to its end. `on_document` gets every good article,
// `on_problem` every rejected line (code kParseError) and every repaired
// one (code kInvalidArgument, message starting "warning:").
// Duplicate ids are rejected (the first one wins). Returns an error only if
// the stream itself fails.
Status ReadJsonl(std::istream& in, std::string_view origin, const std::function<void(Document)>& on_document,
                 const std::function<void(const Status&)>& on_problem, ReadStats* stats);

// Reads a plain-text article from `path`; its id is the file name.
Result<Document> ReadTextFile(const std::string& path, std::optional<CivilDate> published);

}  // namespace diplograph
