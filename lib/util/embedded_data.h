// The default lexicons and rules, compiled into the library from lib/data/.
#pragma once
#include <string_view>
#include <vector>

namespace diplograph::internal {
// The bytes of the data file at `name` (a path relative to lib/data/, such as
// "lexicon/people.json"), or an empty view if there is none.
std::string_view EmbeddedData(std::string_view name);
// Every embedded file name, sorted.
std::vector<std::string_view> EmbeddedDataNames();
}  // namespace diplograph::internal
