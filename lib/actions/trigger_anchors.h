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
  // How far after the start of a match one of the required literals must
  // begin, in the measures of Reach below: the most that the part of the
  // pattern before them can match. kUnbounded where the part may repeat
  // without bound ("\s+" aside: a run of white space is one character).
  static constexpr std::size_t kUnbounded = ~std::size_t{0};
  std::size_t required_chars = kUnbounded;
  std::size_t required_words = kUnbounded;
};
PatternAnchors FindAnchors(std::string_view pattern);

// For a pattern that is an alternation at its top ("A|B"): the anchors of
// each alternative, read as FindAnchors reads a pattern, when every
// alternative has leading literals and one at least has required ones.
// Empty otherwise. A match of the pattern is a match of one alternative, so
// it begins at a leading literal of that alternative with one of that
// alternative's required literals after it within its reach; FindAnchors,
// which answers for the pattern as a whole, must let a place through when any
// alternative's required literal follows ("spoke ... at the summit | at the
// summit ... spoke": every "at the" followed by "at the" somewhere).
std::vector<PatternAnchors> FindAlternativeAnchors(std::string_view pattern);

// Whether text[begin, end) is within `chars` characters (a run of white space
// counting as one) and `words` word starts (a byte that is not white space
// after one that is, counted in (begin, end]): false when a match of a pattern
// that begins at `begin` cannot reach a required literal at `end`.
bool WithinReach(std::string_view text, std::size_t begin, std::size_t end, std::size_t chars, std::size_t words);

// Finds where the literals of many patterns occur in a text, in one pass:
// the trie of the literals, walked from each word start (and from each byte
// that begins a literal needing no word start), is compiled at construction
// into a deterministic automaton over byte classes. A scan is then one table
// step per byte, whatever the number of walks alive, with a branch taken
// only where a literal ends.
class AnchorScanner {
 public:
  AnchorScanner() = default;
  // Pattern i's literals are anchors[i].
  explicit AnchorScanner(const std::vector<PatternAnchors>& anchors);

  struct Hit {
    int pattern;
    std::size_t begin;  // byte offset of the literal in the text
  };
  // Appends every place where a literal of a pattern begins, in the order
  // the literals end. False when the text holds a character that RE2's case
  // folding equates with an ASCII letter (U+212A KELVIN SIGN, U+017F LONG S):
  // the byte-wise scan could miss a match there, so the caller must search in
  // full.
  bool Scan(std::string_view text, std::vector<Hit>* hits) const;

 private:
  struct Output {
    int pattern;            // kUnreadable: one of the characters Scan refuses
    std::uint32_t literal;  // in literals_
    std::uint32_t length;   // of the literal as read
    // White space before its last byte: its length in the text is not its own.
    bool runs_inside;
    bool spaces_first;  // it begins with white space
  };
  static constexpr int kUnreadable = -1;
  // Appends the literals that end at text[end - 1] in `state`; false for an
  // unreadable character.
  bool Report(std::string_view text, std::size_t end, std::size_t state, std::vector<Hit>* hits) const;
  // Bytes are mapped to classes (one per byte some literal holds, case
  // folded; one for white space; one each for the other word and non-word
  // bytes) so that the table stays small.
  std::uint8_t byte_class_[256] = {};
  std::uint32_t classes_ = 1;
  // State * classes_ + class -> next state * classes_: one addition and one
  // load per byte. States where some literal ends are numbered last, from
  // first_reporting_ (times classes_) on.
  std::vector<std::uint32_t> next_ = {0};
  std::uint32_t first_reporting_ = 1;
  std::vector<std::uint32_t> outputs_begin_;  // reporting state r -> outputs_[begin[r], begin[r + 1])
  std::vector<Output> outputs_;
  // The literals as read (\s+ written as kSpaces), to find where one began
  // from where it ended.
  std::vector<std::string> literals_;
  // Literal l with runs inside, read backwards: pieces
  // chunks_[chunks_begin_[l], chunks_begin_[l + 1]) of bytes to step back
  // over, each but the last followed by the rest of a run of white space.
  std::vector<std::uint32_t> chunks_begin_;
  std::vector<std::uint32_t> chunks_;
};

}  // namespace diplograph::internal
