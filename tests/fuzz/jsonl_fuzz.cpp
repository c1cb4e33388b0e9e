// The JSONL corpus reader: arbitrary bytes as a corpus file.
//
// Invariants: the counts reconcile (every non-empty line is read or rejected),
// and every rejected line is reported with its location.
#include <sstream>

#include "diplograph/input.h"
#include "fuzz_support.h"

using namespace diplograph;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::istringstream in{std::string(fuzz::AsText(data, size))};
  ReadStats stats;
  std::size_t documents = 0, rejected = 0;
  Status status = ReadJsonl(
      in, "fuzz.jsonl", [&](Document) { ++documents; },
      [&](const Status& problem) {
        if (problem.code() == StatusCode::kParseError) {
          ++rejected;
          DG_FUZZ_CHECK(problem.where().file == "fuzz.jsonl");
          DG_FUZZ_CHECK(problem.where().line >= 1);
          DG_FUZZ_CHECK(!problem.message().empty());
        }
      },
      &stats);
  DG_FUZZ_CHECK(status.ok());
  DG_FUZZ_CHECK(stats.lines == stats.read + stats.rejected);
  DG_FUZZ_CHECK(stats.read == documents);
  DG_FUZZ_CHECK(stats.rejected == rejected);
  return 0;
}
