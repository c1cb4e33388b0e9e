// Site junk lines: does a whole line match one of the segmentation data's
// `boilerplate` patterns (RE2, case-insensitive, anchored at both ends)?
//
// The answer is the one a single RE2::Set of all the patterns gives; this
// class only avoids running it where it cannot match. A pattern whose every
// match begins with a literal ("see also", "subscribe") makes RE2's automaton
// die after the first bytes of a line that does not start with it, so those
// patterns are cheap and stay in one set run on every line. A pattern that
// begins with ".*" (".*\bcookies?\b.*") makes the automaton read the whole
// line; those go into a second set, run only on the lines that hold one of the
// literals every match of them contains (read from the pattern by
// FindAnchors: "cookie", "copyright", ...), found by one pass over the line's
// word starts.
#pragma once

#include <re2/set.h>

#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "diplograph/status.h"

namespace diplograph::internal {

class BoilerplateMatcher {
 public:
  BoilerplateMatcher() = default;  // matches nothing
  // `origin` and `json` only locate errors (a pattern RE2 refuses).
  static Result<BoilerplateMatcher> Create(const std::vector<std::string>& patterns, std::string_view json,
                                           std::string_view origin);

  bool Matches(std::string_view line) const;

 private:
  // May a pattern of `contained_` match `line`: does it hold one of their
  // literals at a word start (or a character RE2's case folding equates
  // with an ASCII letter, where the byte-wise test could be wrong)?
  bool MayHoldLiteral(std::string_view line) const;

  std::unique_ptr<RE2::Set> leading_;    // patterns run on every line (null: none)
  std::unique_ptr<RE2::Set> contained_;  // patterns run where a literal of theirs occurs (null: none)
  // The literals of the `contained_` patterns, lower case ASCII letters and
  // digits; for each byte (either case), the bit set of those starting with
  // it, and of those whose second byte it is (or that have none).
  std::vector<std::string> literals_;
  std::array<std::uint64_t, 256> first_byte_{};
  std::array<std::uint64_t, 256> second_byte_{};
};

}  // namespace diplograph::internal
