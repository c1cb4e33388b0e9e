// The diplograph CLI is a set of subcommands, one per file in examples/cli/.
// Each file registers itself:
//
//   static int RunDates(int argc, char** argv);
//   DIPLOGRAPH_COMMAND("dates", "tag and resolve dates in sentences read from stdin", RunDates);
//
// argv[0] is the subcommand name. A subcommand returns the process exit code
// (see docs/cli.md): 0 success, 1 some input rejected, 2 usage error, 3 I/O error.
#pragma once

#include <string>
#include <vector>

namespace diplograph::cli {

enum ExitCode { kExitOk = 0, kExitSomeRejected = 1, kExitUsage = 2, kExitIo = 3 };

struct Command {
  const char* name;
  const char* summary;
  int (*run)(int argc, char** argv);
};

bool RegisterCommand(const Command& command);
const std::vector<Command>& Commands();

}  // namespace diplograph::cli

#define DIPLOGRAPH_COMMAND(name, summary, fn) \
  static const bool kRegistered_##fn = ::diplograph::cli::RegisterCommand({name, summary, fn})
