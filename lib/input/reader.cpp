#include <nlohmann/json.hpp>

#include <sys/stat.h>

#include <array>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <unordered_map>

#include "diplograph/input.h"
#include "input/jsonl_line.h"
#include "util/json_util.h"
#include "util/utf8.h"

namespace diplograph {

using internal::LocateOffset;
using nlohmann::json;

namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";
constexpr std::size_t kSniffBytes = 4096;

Status RepairWarning(std::size_t bad, SourceLocation where) {
  return Status(StatusCode::kInvalidArgument,
                "warning: " + std::to_string(bad) + " invalid UTF-8 sequence(s) replaced with U+FFFD",
                std::move(where));
}

std::string TooLong(std::uint64_t size, std::size_t limit) {
  return "document is " + std::to_string(size) + " bytes, over the limit of " + std::to_string(limit) + " bytes";
}

// Lines of a stream, read in chunks: a line longer than the limit is measured
// but never held whole, and the first bytes can be looked at before any line.
class LineReader {
 public:
  explicit LineReader(std::istream& in) : in_(in) {}

  std::string_view Head(std::size_t n) {
    while (buf_.size() - pos_ < n && Fill()) {
    }
    return std::string_view(buf_).substr(pos_, std::min(n, buf_.size() - pos_));
  }

  // The next line, without its '\n', in *line if it has at most `keep` bytes
  // (else *line is empty); *size is its length. False at the end of the input.
  bool Next(std::string* line, std::uint64_t* size, std::size_t keep) {
    line->clear();
    *size = 0;
    bool any = false;
    for (;;) {
      if (pos_ == buf_.size() && !Fill()) return any;
      any = true;
      const char* begin = buf_.data() + pos_;
      std::size_t avail = buf_.size() - pos_;
      const void* nl = std::memchr(begin, '\n', avail);
      std::size_t n = nl ? static_cast<std::size_t>(static_cast<const char*>(nl) - begin) : avail;
      if (*size + n <= keep) {
        line->append(begin, n);
      } else if (line->capacity()) {
        std::string().swap(*line);  // over the limit: let go of what was kept
      }
      *size += n;
      pos_ += n;
      if (nl) {
        ++pos_;
        return true;
      }
    }
  }

 private:
  static constexpr std::size_t kChunk = 1 << 16;

  bool Fill() {
    if (eof_) return false;
    buf_.erase(0, pos_);
    pos_ = 0;
    std::size_t old = buf_.size();
    buf_.resize(old + kChunk);
    in_.read(buf_.data() + old, kChunk);
    auto got = static_cast<std::size_t>(in_.gcount());
    buf_.resize(old + got);
    if (got < kChunk) eof_ = true;  // end of input or a read error (the caller checks in.bad())
    return got > 0;
  }

  std::istream& in_;
  std::string buf_;
  std::size_t pos_ = 0;
  bool eof_ = false;
};

}  // namespace

std::string LooksBinary(std::string_view head) {
  static const std::pair<std::string_view, const char*> kMagic[] = {
      {"\x1F\x8B", "gzip-compressed data"},
      {"\x28\xB5\x2F\xFD", "zstd-compressed data"},
      {std::string_view("\xFD" "7zXZ\0", 6), "xz-compressed data"},
      {"7z\xBC\xAF\x27\x1C", "a 7-Zip archive"},
      {"PK\x03\x04", "a ZIP archive"},
      {"PK\x05\x06", "a ZIP archive"},
      {"\x89PNG\r\n\x1A\n", "a PNG image"},
      {"\xFF\xD8\xFF", "a JPEG image"},
      {"GIF87a", "a GIF image"},
      {"GIF89a", "a GIF image"},
      {"%PDF-", "a PDF document"},
      {"\x7F" "ELF", "an executable (ELF)"},
      {std::string_view("SQLite format 3\0", 16), "an SQLite database"},
      {"\xFF\xFE", "UTF-16 text"},
      {"\xFE\xFF", "UTF-16 text"},
  };
  for (const auto& [magic, what] : kMagic)
    if (head.substr(0, magic.size()) == magic) return what;
  if (head.size() >= 6 && head.substr(0, 3) == "BZh" && head[3] >= '1' && head[3] <= '9' &&
      head.substr(4).starts_with("1AY&SY"))
    return "bzip2-compressed data";
  // No known signature: binary if many of the first bytes are control
  // characters or invalid UTF-8 (random bytes: more than half; text in a
  // legacy encoding, or with stray NUL bytes: a few percent).
  head = head.substr(0, kSniffBytes);
  if (head.size() < 32) return {};
  std::size_t odd = 0;
  for (std::size_t i = 0; i < head.size();) {
    std::size_t len;
    char32_t cp = internal::DecodeUtf8(head, i, &len);
    if ((cp == 0xFFFD && len == 1 && i + 4 < head.size()) ||
        (cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r' && cp != '\f'))
      ++odd;
    i += len;
  }
  return odd * 100 > head.size() * 30 ? "binary data" : "";
}

namespace {

// The fields a line is read for, in the order their errors are reported.
enum FieldKey { kId, kText, kTitle, kUrl, kSource, kPublished, kFieldCount };
constexpr const char* kFieldNames[kFieldCount] = {"id", "text", "title", "url", "source", "published"};

// What the line's object holds under one of those keys.
struct Field {
  enum Kind : unsigned char { kAbsent, kString, kOther } kind = kAbsent;  // kAbsent: missing or null
  const char* type_name = nullptr;                                          // of a kOther value
};

// The string a field's value goes to.
std::string* Target(FieldKey k, Document* d, std::string* published) {
  switch (k) {
    case kId: return &d->id;
    case kText: return &d->text;
    case kTitle: return &d->title;
    case kUrl: return &d->url;
    case kSource: return &d->source;
    default: return published;
  }
}

// The checks both readers share, once the string values are in `d` and `published`.
Result<Document> Finish(Document d, const std::string& published, const Field (&f)[kFieldCount],
                        std::string_view line, std::string_view origin, std::size_t line_no) {
  auto at = [&](std::size_t col) { return SourceLocation{std::string(origin), line_no, col}; };
  auto field_col = [&](std::string_view key) {
    SourceLocation loc = internal::LocateField(line, key, "", origin);
    return loc.column ? loc.column : 1;
  };
  auto check = [&](FieldKey k, bool required) -> Status {
    const char* key = kFieldNames[k];
    if (f[k].kind == Field::kAbsent) {
      if (required) return Status(StatusCode::kParseError, std::string("missing \"") + key + "\" (a string)", at(1));
      return Status::Ok();
    }
    if (f[k].kind == Field::kOther)
      return Status(StatusCode::kParseError, std::string("\"") + key + "\" must be a string, not " + f[k].type_name,
                    at(field_col(key)));
    return Status::Ok();
  };
  if (Status s = check(kId, true); !s.ok()) return s;
  if (d.id.empty()) return Status(StatusCode::kParseError, "\"id\" is empty", at(field_col("id")));
  if (Status s = check(kText, true); !s.ok()) return s;
  for (FieldKey k : {kTitle, kUrl, kSource, kPublished})
    if (Status s = check(k, false); !s.ok()) return s;
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

// --- The fast reader -------------------------------------------------------
// It accepts only what nlohmann::json accepts and decodes it the same way; on
// anything else it gives up and the reference reader runs.

inline bool IsJsonSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

inline void SkipSpace(const char*& p, const char* end) {
  while (p < end && IsJsonSpace(*p)) ++p;
}

// Bytes that end a run of plain string content: the closing quote, an escape,
// a control character (an error in JSON), the start of a multi-byte sequence
// (to be checked).
constexpr std::array<bool, 256> kStringStop = [] {
  std::array<bool, 256> t{};
  for (int c = 0; c < 256; ++c) t[c] = c < 0x20 || c == '"' || c == '\\' || c >= 0x80;
  return t;
}();

inline bool Hex4(const char* p, const char* end, char32_t* v) {
  if (end - p < 4) return false;
  char32_t x = 0;
  for (int i = 0; i < 4; ++i) {
    char c = p[i];
    int d;
    if (c >= '0' && c <= '9') d = c - '0';
    else if (c >= 'a' && c <= 'f') d = c - 'a' + 10;
    else if (c >= 'A' && c <= 'F') d = c - 'A' + 10;
    else return false;
    x = x << 4 | static_cast<char32_t>(d);
  }
  *v = x;
  return true;
}

// A string's content from p (right after the opening quote): on success p is
// past the closing quote and the decoded value was appended to *out (if out).
// False where nlohmann rejects the string: a control character, a bad escape,
// an unpaired surrogate, invalid UTF-8, no closing quote.
bool ScanString(const char*& p, const char* end, std::string* out) {
  for (;;) {
    const char* run = p;
    while (p < end && !kStringStop[static_cast<unsigned char>(*p)]) ++p;
    if (out && p > run) out->append(run, static_cast<std::size_t>(p - run));
    if (p == end) return false;
    const auto c = static_cast<unsigned char>(*p);
    if (c == '"') {
      ++p;
      return true;
    }
    if (c < 0x20) return false;
    if (c >= 0x80) {
      std::size_t len;
      if (internal::DecodeUtf8(std::string_view(p, static_cast<std::size_t>(end - p)), 0, &len) == 0xFFFD && len == 1)
        return false;
      if (out) out->append(p, len);
      p += len;
      continue;
    }
    // An escape.
    if (end - p < 2) return false;
    char plain;
    switch (p[1]) {
      case '"': plain = '"'; break;
      case '\\': plain = '\\'; break;
      case '/': plain = '/'; break;
      case 'b': plain = '\b'; break;
      case 'f': plain = '\f'; break;
      case 'n': plain = '\n'; break;
      case 'r': plain = '\r'; break;
      case 't': plain = '\t'; break;
      case 'u': {
        char32_t cp;
        if (!Hex4(p + 2, end, &cp)) return false;
        p += 6;
        if (cp >= 0xD800 && cp <= 0xDBFF) {
          char32_t low;
          if (end - p < 6 || p[0] != '\\' || p[1] != 'u' || !Hex4(p + 2, end, &low) || low < 0xDC00 || low > 0xDFFF)
            return false;
          p += 6;
          cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
        } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
          return false;
        }
        if (out) internal::AppendUtf8(out, cp);
        continue;
      }
      default: return false;
    }
    if (out) out->push_back(plain);
    p += 2;
  }
}

// A number without an exponent and short enough that it cannot overflow a
// double: -?(0|[1-9][0-9]*)(\.[0-9]+)?. Anything else is left to nlohmann.
bool ScanPlainNumber(const char*& p, const char* end) {
  const char* start = p;
  auto digit = [&] { return p < end && *p >= '0' && *p <= '9'; };
  if (p < end && *p == '-') ++p;
  if (!digit()) return false;
  if (*p == '0') {
    ++p;
  } else {
    while (digit()) ++p;
  }
  if (p < end && *p == '.') {
    ++p;
    if (!digit()) return false;
    while (digit()) ++p;
  }
  if (p < end && (*p == 'e' || *p == 'E')) return false;
  return p - start <= 300;
}

inline bool Literal(const char*& p, const char* end, std::string_view word) {
  if (static_cast<std::size_t>(end - p) < word.size() || std::string_view(p, word.size()) != word) return false;
  p += word.size();
  return true;
}

int KeyIndex(std::string_view key) {
  for (int k = 0; k < kFieldCount; ++k)
    if (key == kFieldNames[k]) return k;
  return -1;
}

// Reads a flat object into d, published and f; false if the line is not one
// this reader is sure about.
bool FastRead(std::string_view line, Document* d, std::string* published, Field (&f)[kFieldCount]) {
  const char* p = line.data();
  const char* const end = p + line.size();
  SkipSpace(p, end);
  if (p == end || *p != '{') return false;
  ++p;
  SkipSpace(p, end);
  if (p < end && *p == '}') {
    ++p;
  } else {
    unsigned seen = 0;  // wanted keys met so far (a repeated one is left to nlohmann: the last one wins there)
    std::string escaped_key;
    for (;;) {
      if (p == end || *p != '"') return false;
      ++p;
      // The key: usually plain, compared in place.
      const char* kb = p;
      while (p < end && !kStringStop[static_cast<unsigned char>(*p)]) ++p;
      std::string_view key;
      if (p < end && *p == '"') {
        key = std::string_view(kb, static_cast<std::size_t>(p - kb));
        ++p;
      } else {
        escaped_key.clear();
        p = kb;
        if (!ScanString(p, end, &escaped_key)) return false;
        key = escaped_key;
      }
      int k = KeyIndex(key);
      SkipSpace(p, end);
      if (p == end || *p != ':') return false;
      ++p;
      SkipSpace(p, end);
      if (p == end) return false;
      if (k >= 0) {
        if (seen & (1u << k)) return false;
        seen |= 1u << k;
        if (*p == '"') {
          ++p;
          std::string* out = Target(static_cast<FieldKey>(k), d, published);
          if (k == kText) out->reserve(static_cast<std::size_t>(end - p));
          if (!ScanString(p, end, out)) return false;
          f[k].kind = Field::kString;
        } else if (!Literal(p, end, "null")) {
          return false;  // a value of the wrong type: nlohmann names its type
        }
      } else if (*p == '"') {
        ++p;
        if (!ScanString(p, end, nullptr)) return false;
      } else if (!Literal(p, end, "null") && !Literal(p, end, "true") && !Literal(p, end, "false") &&
                 !ScanPlainNumber(p, end)) {
        return false;
      }
      SkipSpace(p, end);
      if (p == end) return false;
      if (*p == ',') {
        ++p;
        SkipSpace(p, end);
        continue;
      }
      if (*p != '}') return false;
      ++p;
      break;
    }
  }
  SkipSpace(p, end);
  return p == end;
}

}  // namespace

namespace internal {

Result<Document> ParseJsonlLineReference(std::string_view line, std::string_view origin, std::size_t line_no) {
  auto at = [&](std::size_t col) { return SourceLocation{std::string(origin), line_no, col}; };
  Result<json> parsed = internal::ParseJson(line, origin);
  if (!parsed.ok()) {
    SourceLocation loc = parsed.status().where();
    // ParseJson counts lines within the string; this line is line_no of the file.
    return Status(StatusCode::kParseError, parsed.status().message() + " (expected one JSON object per line)",
                  at(loc.column));
  }
  json& j = *parsed;
  if (!j.is_object()) return Status(StatusCode::kParseError, "expected a JSON object with \"id\" and \"text\"", at(1));
  Document d;
  std::string published;
  Field f[kFieldCount];
  for (int k = 0; k < kFieldCount; ++k) {
    auto it = j.find(kFieldNames[k]);
    if (it == j.end() || it->is_null()) continue;
    if (!it->is_string()) {
      f[k] = {Field::kOther, it->type_name()};
      continue;
    }
    f[k].kind = Field::kString;
    *Target(static_cast<FieldKey>(k), &d, &published) = std::move(it->get_ref<std::string&>());
  }
  return Finish(std::move(d), published, f, line, origin, line_no);
}

std::optional<Result<Document>> ParseJsonlLineFast(std::string_view line, std::string_view origin,
                                                   std::size_t line_no) {
  Document d;
  std::string published;
  Field f[kFieldCount];
  if (!FastRead(line, &d, &published, f)) return std::nullopt;
  return Finish(std::move(d), published, f, line, origin, line_no);
}

}  // namespace internal

Result<Document> ParseJsonlLine(std::string_view line, std::string_view origin, std::size_t line_no) {
  if (std::optional<Result<Document>> fast = internal::ParseJsonlLineFast(line, origin, line_no))
    return std::move(*fast);
  return internal::ParseJsonlLineReference(line, origin, line_no);
}

Status ReadJsonl(std::istream& in, std::string_view origin, const std::function<void(Document)>& on_document,
                 const std::function<void(const Status&)>& on_problem, ReadStats* stats, const ReadOptions& options) {
  ReadStats local;
  ReadStats& st = stats ? *stats : local;
  const std::size_t limit = options.max_document_bytes ? options.max_document_bytes : SIZE_MAX;
  LineReader reader(in);
  std::string_view head = reader.Head(kSniffBytes);
  if (head.starts_with(kBom)) head.remove_prefix(kBom.size());
  if (std::string what = LooksBinary(head); !what.empty()) {
    ++st.lines;
    ++st.rejected;
    on_problem(Status(StatusCode::kParseError, "not UTF-8 JSONL: this looks like " + what + "; the file is skipped",
                      {std::string(origin), 1, 1}));
    return Status::Ok();
  }
  std::unordered_map<std::string, std::size_t> seen;  // id -> line
  std::string line;
  std::uint64_t size = 0;
  std::size_t line_no = 0, nonblank = 0;
  while (reader.Next(&line, &size, limit)) {
    ++line_no;
    if (size > limit) {
      ++nonblank;
      ++st.lines;
      ++st.rejected;
      on_problem(Status(StatusCode::kParseError, TooLong(size, limit), {std::string(origin), line_no, 1}));
      continue;
    }
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line_no == 1 && line.starts_with(kBom)) line.erase(0, kBom.size());
    bool blank = line.find_first_not_of(" \t") == std::string::npos;
    if (blank) continue;
    ++nonblank;
    ++st.lines;
    std::size_t first_bad = internal::FirstInvalidUtf8(line);
    std::size_t bad = 0, bad_col = 0;
    if (first_bad != std::string::npos) {
      bad_col = internal::CodePointCount(std::string_view(line).substr(0, first_bad)) + 1;
      bad = internal::RepairUtf8(&line);
    }
    Result<Document> doc = ParseJsonlLine(line, origin, line_no);
    if (!doc.ok()) {
      ++st.rejected;
      on_problem(doc.status());
      continue;
    }
    auto [it, fresh] = seen.try_emplace(doc->id, line_no);
    if (!fresh) {
      ++st.rejected;
      SourceLocation id_at = internal::LocateField(line, "id", "", origin);
      on_problem(Status(StatusCode::kParseError,
                        "duplicate id \"" + doc->id + "\" (the first one, line " + std::to_string(it->second) +
                            ", is kept)",
                        {std::string(origin), line_no, id_at.column ? id_at.column : 1}));
      continue;
    }
    if (bad) {
      ++st.repaired;
      on_problem(RepairWarning(bad, {std::string(origin), line_no, bad_col}));
    }
    ++st.read;
    on_document(std::move(doc).value());
  }
  if (in.bad()) return Status(StatusCode::kIoError, "read failed", {std::string(origin), line_no, 0});
  if (nonblank == 0)
    on_problem(Status(StatusCode::kInvalidArgument, "warning: empty input, no articles in it", {std::string(origin)}));
  return Status::Ok();
}

Result<Document> ReadTextFile(const std::string& path, std::optional<CivilDate> published, const ReadOptions& options,
                              const std::function<void(const Status&)>& on_warning) {
  const std::size_t limit = options.max_document_bytes ? options.max_document_bytes : SIZE_MAX;
  struct stat info;
  if (::stat(path.c_str(), &info) != 0)
    return Status(errno == ENOENT ? StatusCode::kNotFound : StatusCode::kIoError,
                  std::string("cannot open: ") + std::strerror(errno), {path});
  if (S_ISDIR(info.st_mode)) return Status(StatusCode::kIoError, "is a directory, not a text article", {path});
  if (S_ISREG(info.st_mode) && static_cast<std::uint64_t>(info.st_size) > limit)
    return Status(StatusCode::kParseError, TooLong(static_cast<std::uint64_t>(info.st_size), limit), {path});
  std::ifstream in(path, std::ios::binary);
  if (!in)
    return Status(errno == ENOENT ? StatusCode::kNotFound : StatusCode::kIoError,
                  std::string("cannot open: ") + std::strerror(errno), {path});
  // Read at most limit + 1 bytes: a pipe or device has no size to check first.
  std::string text;
  std::uint64_t total = 0;
  char chunk[1 << 16];
  while (in.read(chunk, sizeof chunk) || in.gcount() > 0) {
    auto got = static_cast<std::size_t>(in.gcount());
    total += got;
    if (total > limit) {
      while (in.read(chunk, sizeof chunk) || in.gcount() > 0) total += static_cast<std::size_t>(in.gcount());
      return Status(StatusCode::kParseError, TooLong(total, limit), {path});
    }
    text.append(chunk, got);
  }
  if (in.bad()) return Status(StatusCode::kIoError, "read failed", {path});
  if (text.starts_with(kBom)) text.erase(0, kBom.size());
  if (std::string what = LooksBinary(text); !what.empty())
    return Status(StatusCode::kParseError, "not a UTF-8 text article: this looks like " + what, {path});
  if (text.find_first_not_of(" \t\r\n\f\v") == std::string::npos)
    return Status(StatusCode::kParseError, "empty file, no article in it", {path});
  if (std::size_t first_bad = internal::FirstInvalidUtf8(text); first_bad != std::string::npos) {
    SourceLocation where = LocateOffset(text, first_bad, path);
    std::size_t bad = internal::RepairUtf8(&text);
    if (on_warning) on_warning(RepairWarning(bad, std::move(where)));
  }
  Document d;
  std::string name = path.substr(path.find_last_of('/') == std::string::npos ? 0 : path.find_last_of('/') + 1);
  d.id = name;
  d.text = std::move(text);
  d.published = published;
  return d;
}

}  // namespace diplograph
