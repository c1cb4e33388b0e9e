// A trigger pattern that is a short list of words ("\bcongratulat(?:e|es|ed|ing)\b",
// "\b(?:met|meets|meet)\b"), read into its ways of matching in the order RE2
// prefers them, so that its match anchored at a place is found by comparing
// bytes. RE2's anchored search costs about 800 instructions a call even for
// such a pattern (the DFA's bookkeeping); most of the trigger searches on
// generated news are of such patterns.
//
// Why the answer is RE2's: with leftmost-first matching (RE2's default, as a
// backtracking matcher would try them), the match anchored at a place is the
// first way of matching the pattern there in the order of preference: the
// alternatives of "|" from the left, "x?" first with x, a sequence's ways
// ordered by its first part's, then by the rest's. A pattern read here has no
// other choice but the length of a run of white space ("\s+"), and that run
// is always taken whole: what follows it in a way is a character that is not
// white space, a word boundary (which two white spaces never make), or the
// end of the way (where the greedy run prefers the longest). So each way
// matches at most one way, and the first that does is RE2's match.
//
// Case: the patterns are compiled case-insensitive, and RE2 then matches an
// ASCII letter to its other case and also "k" to U+212A KELVIN SIGN and "s"
// to U+017F LONG S. The reader compares ASCII only: MatchAt is RE2's answer
// for text holding neither character (what AnchorScanner::Scan checks).
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace diplograph::internal {

class LiteralPattern {
 public:
  // At most this many ways: more, and the pattern is left to RE2.
  static constexpr std::size_t kMaxWays = 64;

  // The pattern read, case-insensitively; nullopt unless it is made only of
  // ASCII characters that are not white space, escaped punctuation, classes
  // of a few such characters, groups ("(...)", "(?:...)"), "|", "?" (greedy
  // or lazy), "\b" and "\s+", with at most kMaxWays ways and no "\s+" right
  // after another.
  static std::optional<LiteralPattern> Read(std::string_view pattern);

  // The length of the pattern's match anchored at text[at], or npos when it
  // does not match there; `text` around it is the context of "\b". Only for
  // text without U+212A or U+017F (see above).
  std::size_t MatchAt(std::string_view text, std::size_t at) const;

  std::size_t ways() const { return ways_.size(); }

 private:
  struct Step {
    enum Kind : std::uint8_t { kBytes, kText, kBoundary, kSpaces } kind;
    // kBytes: the bytes one character may be; kText: the characters in a
    // row. Lower case.
    std::string bytes;
  };
  using Way = std::vector<Step>;
  // Follows `steps` from *at; on success moves *at past them.
  static bool Follow(const Way& steps, std::string_view text, std::size_t* at);
  // The steps all ways begin with, then the rest of each way, in order.
  Way prefix_;
  std::vector<Way> ways_;

  friend class LiteralReader;
};

}  // namespace diplograph::internal
