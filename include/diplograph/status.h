// diplograph/status.h: errors as values.
//
// Every fallible call in diplograph returns a Status or a Result<T> instead of
// throwing. A Status names what went wrong and, where it applies, the file,
// line and column (1-based) and the field that was expected.
//
//   diplograph::Result<diplograph::Lexicon> lex = diplograph::Lexicon::FromFile("my.json");
//   if (!lex.ok()) std::cerr << lex.status().ToString() << "\n";
//
// Thread safety: plain values; copy freely.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <variant>

namespace diplograph {

enum class StatusCode {
  kOk = 0,
  kInvalidArgument,  // a caller passed something malformed (a bad date, a bad pattern)
  kParseError,       // input text or data could not be parsed
  kNotFound,         // a file or a named item does not exist
  kIoError,          // reading or writing failed
  kInternal,         // a bug in diplograph: please report it
};

// Where an error was found. Any field may be empty or zero when unknown.
struct SourceLocation {
  std::string file;
  std::uint64_t line = 0;    // 1-based; 0 if unknown
  std::uint64_t column = 0;  // 1-based, in code points; 0 if unknown
};

class [[nodiscard]] Status {
 public:
  Status() = default;  // OK
  Status(StatusCode code, std::string message, SourceLocation where = {})
      : code_(code), message_(std::move(message)), where_(std::move(where)) {}

  static Status Ok() { return Status(); }

  bool ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  const std::string& message() const { return message_; }
  const SourceLocation& where() const { return where_; }

  // "file:line:column: message", leaving out what is unknown.
  std::string ToString() const;

  // The same error, located in `file` (keeps line and column).
  Status WithFile(std::string file) const;

 private:
  StatusCode code_ = StatusCode::kOk;
  std::string message_;
  SourceLocation where_;
};

// A value or the Status that explains why there is none.
template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : v_(std::move(value)) {}            // NOLINT: implicit by design
  Result(Status status) : v_(std::move(status)) {      // NOLINT: implicit by design
    if (std::get<Status>(v_).ok()) v_ = Status(StatusCode::kInternal, "Result built from an OK status");
  }

  bool ok() const { return std::holds_alternative<T>(v_); }
  // Requires ok().
  T& value() & { return std::get<T>(v_); }
  const T& value() const& { return std::get<T>(v_); }
  T&& value() && { return std::get<T>(std::move(v_)); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  // OK when ok(), the error otherwise.
  Status status() const { return ok() ? Status::Ok() : std::get<Status>(v_); }

 private:
  std::variant<T, Status> v_;
};

}  // namespace diplograph
