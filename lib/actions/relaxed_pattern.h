// A cheaper form of a trigger pattern for RE2: its counted runs of one
// character class ("[^.;]{1,60}?", a gap of at most 60 characters) made
// unbounded ("[^.;]{1,}?").
//
// Why: RE2 compiles a counted run into one copy of the class per count, and
// its DFA, built lazily while it reads, then makes a new state at almost
// every byte of the gap (one per set of counts still alive), each costing
// thousands of instructions to build; on real news that was most of the
// trigger stage. The unbounded run is one loop, whose few states are soon all
// built and then only looked up.
//
// Why the answer stays the same: a match of the pattern is the first way of
// matching it in the order RE2 prefers (leftmost-first, as a backtracking
// matcher would try them). Every way of matching the pattern is a way of
// matching the relaxed form, and among those ways both prefer the same order
// (a lazy run tries counts upwards, a greedy one downwards; lifting the bound
// only adds counts beyond it, and never reorders the others). So if the
// relaxed form's first way uses no run beyond its bound, no earlier way
// matched the relaxed form, hence none matched the pattern, and that way is
// the pattern's match too; and if the relaxed form does not match, neither
// does the pattern. A run of a class takes at least one byte a count, so a
// relaxed match no longer than the smallest bound relaxed used no run beyond
// its bound: it is the pattern's match. A longer one proves nothing, and the
// pattern itself must be asked (RelaxedPattern::bound says when), unless
// the runs themselves are measured: asked to match exactly the relaxed
// match, the form with each run captured (`measured`) gives the submatches of
// its first way (captures change neither what matches nor the order of
// preference, and the first way overall is the first of those that end where
// it ends), and a run of at most n bytes took at most n counts.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace diplograph::internal {

struct RelaxedPattern {
  // The pattern with every "[...]{m,n}" written "[...]{m,}" (laziness kept);
  // empty when the pattern holds no such run.
  std::string pattern;
  // The smallest n relaxed: a match of the relaxed form of at most this many
  // bytes is the pattern's match.
  std::size_t bound = 0;
  // The relaxed form with each relaxed run in a capturing group of its own
  // ("([^.;]{1,}?)"), to measure the runs of a longer match: empty when a
  // relaxed run lies in a group repeated more than once (whose capture is its
  // last repetition only).
  std::string measured;
  struct Run {
    int group;        // its capturing group in `measured`
    std::size_t max;  // its n
  };
  std::vector<Run> runs;
};

// Reads the RE2 syntax of the trigger patterns: escapes (and \Q...\E quoting)
// are copied as they are, a bracketed class is read to its closing bracket
// (a "]" first in it, after any "^", and "[:name:]" are its own), and only a
// class followed at once by "{m,n}" is relaxed.
RelaxedPattern RelaxClassRuns(std::string_view pattern);

}  // namespace diplograph::internal
