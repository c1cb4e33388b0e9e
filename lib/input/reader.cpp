#include <nlohmann/json.hpp>

#include <unordered_set>

#include "diplograph/input.h"
#include "util/json_util.h"
#include "util/utf8.h"

namespace diplograph {

using internal::LocateOffset;
using nlohmann::json;

Result<Document> ParseJsonlLine(std::string_view line, std::string_view origin, std::size_t line_no) {
  auto at = [&](std::size_t col) { return SourceLocation{std::string(origin), line_no, col}; };
  Result<json> parsed = internal::ParseJson(line, origin);
  if (!parsed.ok()) {
    SourceLocation loc = parsed.status().where();
    // ParseJson counts lines within the string; this line is line_no of the file.
    return Status(StatusCode::kParseError, parsed.status().message() + " (expected one JSON object per line)",
                  at(loc.column));
  }
  const json& j = *parsed;
  if (!j.is_object()) return Status(StatusCode::kParseError, "expected a JSON object with \"id\" and \"text\"", at(1));
  auto field_col = [&](std::string_view key) {
    SourceLocation loc = internal::LocateField(line, key, "", origin);
    return loc.column ? loc.column : 1;
  };
  auto str = [&](const char* key, bool required, std::string* out) -> Status {
    auto it = j.find(key);
    if (it == j.end() || it->is_null()) {
      if (required) return Status(StatusCode::kParseError, std::string("missing \"") + key + "\" (a string)", at(1));
      return Status::Ok();
    }
    if (!it->is_string())
      return Status(StatusCode::kParseError, std::string("\"") + key + "\" must be a string, not " + it->type_name(),
                    at(field_col(key)));
    *out = it->get<std::string>();
    return Status::Ok();
  };
  Document d;
  if (Status s = str("id", true, &d.id); !s.ok()) return s;
  if (d.id.empty()) return Status(StatusCode::kParseError, "\"id\" is empty", at(field_col("id")));
  if (Status s = str("text", true, &d.text); !s.ok()) return s;
  if (Status s = str("title", false, &d.title); !s.ok()) return s;
  if (Status s = str("url", false, &d.url); !s.ok()) return s;
  if (Status s = str("source", false, &d.source); !s.ok()) return s;
  std::string published;
  if (Status s = str("published", false, &published); !s.ok()) return s;
  if (!published.empty()) {
    // Accept a full timestamp too ("2020-11-10T08:00:00Z"): the day is what counts.
    auto day = CivilDate::Parse(published.substr(0, 10));
    if (!day || (published.size() > 10 && published[10] != 'T' && published[10] != ' '))
      return Status(StatusCode::kParseError, "\"published\" must be a date YYYY-MM-DD, got \"" + published + "\"",
                    at(field_col("published")));
    d.published = day;
  }
  return d;
}

Status ReadJsonl(std::istream& in, std::string_view origin, const std::function<void(Document)>& on_document,
                 const std::function<void(const Status&)>& on_problem, ReadStats* stats) {
  ReadStats local;
  ReadStats& st = stats ? *stats : local;
  std::unordered_set<std::string> seen;
  std::string line;
  std::size_t line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line_no == 1 && line.size() >= 3 && line.compare(0, 3, "\xEF\xBB\xBF") == 0) line.erase(0, 3);  // BOM
    bool blank = line.find_first_not_of(" \t") == std::string::npos;
    if (blank) continue;
    ++st.lines;
    std::size_t bad = internal::RepairUtf8(&line);
    Result<Document> doc = ParseJsonlLine(line, origin, line_no);
    if (!doc.ok()) {
      ++st.rejected;
      on_problem(doc.status());
      continue;
    }
    if (!seen.insert(doc->id).second) {
      ++st.rejected;
      on_problem(Status(StatusCode::kParseError, "duplicate id \"" + doc->id + "\" (the first one is kept)",
                        {std::string(origin), line_no, 1}));
      continue;
    }
    if (bad) {
      ++st.repaired;
      on_problem(Status(StatusCode::kInvalidArgument,
                        "warning: " + std::to_string(bad) + " invalid UTF-8 sequence(s) replaced with U+FFFD",
                        {std::string(origin), line_no, 0}));
    }
    ++st.read;
    on_document(std::move(doc).value());
  }
  if (in.bad()) return Status(StatusCode::kIoError, "read failed", {std::string(origin), line_no, 0});
  return Status::Ok();
}

Result<Document> ReadTextFile(const std::string& path, std::optional<CivilDate> published) {
  Result<std::string> text = internal::ReadFile(path);
  if (!text.ok()) return text.status();
  Document d;
  std::string name = path.substr(path.find_last_of('/') == std::string::npos ? 0 : path.find_last_of('/') + 1);
  d.id = name;
  d.text = std::move(text).value();
  if (d.text.size() >= 3 && d.text.compare(0, 3, "\xEF\xBB\xBF") == 0) d.text.erase(0, 3);
  d.published = published;
  return d;
}

}  // namespace diplograph
