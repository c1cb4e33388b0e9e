// diplograph/input.h: reading articles.
//
// JSONL: one article per line, {"id": "...", "text": "...", "published":
// "YYYY-MM-DD", "title", "url", "source"}; other keys are ignored. A bad line
// is reported (file, line, column, what was expected) and skipped; the rest
// is read. Plain text: one article per file. Invalid UTF-8 is repaired
// (U+FFFD) with a warning naming file:line:column of the first bad byte.
// Hostile input (docs/robustness.md): a line or file over
// ReadOptions::max_document_bytes is rejected without being held in memory
// whole; a binary file (gzip, PNG, ZIP, PDF, UTF-16, random bytes...) is
// rejected as a whole with one error saying what it looks like.
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
  std::size_t lines = 0;     // non-empty lines seen (a binary file counts as one line)
  std::size_t read = 0;      // documents handed on
  std::size_t rejected = 0;  // lines reported and skipped
  std::size_t repaired = 0;  // documents whose invalid UTF-8 was repaired
  // Always: lines == read + rejected.
};

// 32 MiB: far above any news article, low enough that one bad line cannot
// exhaust memory.
inline constexpr std::size_t kDefaultMaxDocumentBytes = std::size_t{32} << 20;

struct ReadOptions {
  // A JSONL line, or a text file, longer than this many bytes is rejected
  // ("file:line:1: document is N bytes, over the limit of M bytes"); only its
  // first M bytes are ever held in memory, and the next line is read as usual.
  // The CLI's --max-document-bytes. 0: no limit.
  std::size_t max_document_bytes = kDefaultMaxDocumentBytes;
};

// Parses one JSONL line (without its newline). `origin` and `line_no` locate errors.
Result<Document> ParseJsonlLine(std::string_view line, std::string_view origin, std::size_t line_no);

// Reads a JSONL stream to its end. `on_document` gets every good article,
// `on_problem` every rejected line (code kParseError) and every warning (code
// kInvalidArgument, message starting "warning:": a repaired line, an empty
// stream). Duplicate ids are rejected (the first one wins). A stream that
// starts with binary data is rejected as a whole (one kParseError at line 1,
// counted as one rejected line) and not read further. A UTF-8 byte order mark
// and CR before LF are dropped. Returns an error only if the stream itself fails.
Status ReadJsonl(std::istream& in, std::string_view origin, const std::function<void(Document)>& on_document,
                 const std::function<void(const Status&)>& on_problem, ReadStats* stats,
                 const ReadOptions& options = {});

// Reads a plain-text article from `path`; its id is the file name. A leading
// UTF-8 byte order mark is dropped. Errors (kParseError unless the file cannot
// be read): an empty file, a binary file, a file over
// options.max_document_bytes. Invalid UTF-8 is repaired and reported to
// `on_warning` (if given) as a kInvalidArgument "warning: ..." at the first bad byte.
Result<Document> ReadTextFile(const std::string& path, std::optional<CivilDate> published,
                              const ReadOptions& options = {},
                              const std::function<void(const Status&)>& on_warning = nullptr);

// What `head` (the first bytes of a file) looks like if it is not text:
// "gzip-compressed data", "a PNG image", "UTF-16 text", ..., "binary data"; empty if
// it may be UTF-8 text.
std::string LooksBinary(std::string_view head);

}  // namespace diplograph
