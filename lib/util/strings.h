// String helpers for the hot path: ASCII lower-casing without a string per
// word, and hash tables keyed by std::string that can be searched with a
// std::string_view (no temporary key).
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "split/tokenizer.h"

namespace diplograph::internal {

inline char AsciiLower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + ('a' - 'A')) : c; }

// A lower-case copy of `s` (ASCII letters only; other bytes unchanged).
inline std::string AsciiLowerCopy(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = AsciiLower(c);
  return out;
}

struct StringHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>()(s); }
};

template <typename V>
using StringMap = std::unordered_map<std::string, V, StringHash, std::equal_to<>>;
using StringSet = std::unordered_set<std::string, StringHash, std::equal_to<>>;

// The tokens of one sentence, lower-cased: one copy of the sentence, and a
// view of every token into it. Lower-casing keeps byte lengths, so token
// offsets index both. Reuse one object to reuse its buffers.
class LowerTokens {
 public:
  LowerTokens() = default;
  LowerTokens(const LowerTokens&) = delete;  // the views point into buf_
  LowerTokens& operator=(const LowerTokens&) = delete;
  void Build(std::string_view sentence, const std::vector<Token>& tokens) {
    buf_.assign(sentence.data(), sentence.size());
    for (char& c : buf_) c = AsciiLower(c);
    words_.clear();
    words_.reserve(tokens.size());
    for (const Token& t : tokens) words_.emplace_back(buf_.data() + t.begin, t.end - t.begin);
  }
  std::size_t size() const { return words_.size(); }
  // "" past the end.
  std::string_view operator[](std::size_t k) const { return k < words_.size() ? words_[k] : std::string_view(); }
  const std::vector<std::string_view>& words() const { return words_; }

 private:
  std::string buf_;
  std::vector<std::string_view> words_;
};

}  // namespace diplograph::internal
