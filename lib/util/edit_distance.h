// Levenshtein distance with a limit, for matching misspelt names.
#pragma once

#include <cstddef>
#include <string_view>

namespace diplograph::internal {

// The Levenshtein distance of `a` and `b` (bytes; insertions, deletions and
// substitutions cost 1) if it is at most `limit`, else `limit + 1`. Only the
// cells within `limit` of the diagonal are computed, and the search stops as
// soon as a whole row is past the limit: O(limit * size) time, no allocation
// for strings under 128 bytes.
std::size_t EditDistance(std::string_view a, std::string_view b, std::size_t limit);

}  // namespace diplograph::internal
