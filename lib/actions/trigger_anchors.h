// Literal anchors for the trigger patterns: words that a match of a pattern
// must begin with (or, failing those, hold), read from the pattern itself,
// and a scanner that finds where the anchors of all patterns occur in a
// sentence in one pass. A pattern then needs to be tried only where one of
// its anchors occurs, and only there (an anchored match), instead of over
// every sentence.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace diplograph::internal {

// Literals that every match of a pattern begins with (at_start) or, failing
// those, holds somewhere; lower case, RE2 syntax read case-insensitively.
// `literals` is empty when the analysis finds none or meets syntax it does
// not know: the pattern must then be searched in every text.
struct PatternAnchors {
  struct Literal {
    std::string text;
    bool word_start = false;  // preceded by \b: it begins a word
  };
  std::vector<Literal> literals;
  bool at_start = true;
  // When literals begin every match: literals from a later part of the
  // pattern, one of which every match also holds at or after its start. A
  // place where the pattern may begin need not be tried if none follows it
  // (most places, for a pattern whose first word is common: "did ... not
  // congratulate"). Empty when no later part gives literals worth looking for.
  std::vector<Literal> required;
};
PatternAnchors FindAnchors(std::string_view pattern);

// Finds where the literals of many patterns occur in a text, in one
// pass: a trie of the literals, walked from each word start (and from each
// byte that begins a literal needing no word start).
class AnchorScanner {
 public:
  AnchorScanner() = default;
  // Pattern i's literals are anchors[i].
  explicit AnchorScanner(const std::vector<PatternAnchors>& anchors);

  struct Hit {
    int pattern;
    std::size_t begin;  // byte offset of the literal in the text
  };
  // Appends every place where a literal of a pattern begins, in text order.
  // False when the text holds a character that RE2's case folding equates
  // with an ASCII letter (U+212A KELVIN SIGN, U+017F LONG S): the byte-wise
  // scan could miss a match there, so the caller must search in full.
  bool Scan(std::string_view text, std::vector<Hit>* hits) const;

 private:
  struct Output {
    int pattern;
    bool word_start;
  };
  // Appends the literals that begin at `begin` (if it is not a word start,
  // only those that need none).
  void Walk(std::string_view text, std::size_t begin, bool word_start, std::vector<Hit>* hits) const;
  // Bytes are mapped to classes (one per byte some literal holds, case
  // folded; class 0 for all others) so that the child table stays small.
  std::uint8_t byte_class_[256] = {};
  std::size_t classes_ = 1;
  std::uint8_t space_class_ = 0;  // white space, where a literal has \s+: a whole run is one step
  // node * classes_ + class -> child node * 2, plus 1 if a literal ends
  // there; 0 for none.
  std::vector<std::uint32_t> children_;
  std::vector<std::uint32_t> outputs_begin_;  // node -> its outputs: outputs_[begin[node], begin[node + 1])
  std::vector<Output> outputs_;
  // Per byte: whether some literal that needs no word start begins with it.
  bool starts_anywhere_[256] = {};
};

}  // namespace diplograph::internal
