// diplograph: the command-line tool. See docs/cli.md.
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "command.h"
#include "huge_pages.h"

namespace diplograph::cli {

static std::vector<Command>& Registry() {
  static std::vector<Command> commands;
  return commands;
}

bool RegisterCommand(const Command& command) {
  Registry().push_back(command);
  return true;
}

const std::vector<Command>& Commands() { return Registry(); }

static void Usage(FILE* out) {
  std::fprintf(out, "usage: diplograph COMMAND [OPTIONS]\n\ncommands:\n");
  for (const Command& c : Commands()) std::fprintf(out, "  %-10s %s\n", c.name, c.summary);
  std::fprintf(out, "\n'diplograph COMMAND --help' describes one command.\n");
}

}  // namespace diplograph::cli

int main(int argc, char** argv) {
  using namespace diplograph::cli;
  RestartWithHugePages(argv);  // returns when it does not restart (huge_pages.h)
  if (argc < 2) {
    Usage(stderr);
    return kExitUsage;
  }
  std::string name = argv[1];
  if (name == "--help" || name == "-h" || name == "help") {
    Usage(stdout);
    return kExitOk;
  }
  for (const Command& c : Commands()) {
    if (name == c.name) return c.run(argc - 1, argv + 1);
  }
  std::fprintf(stderr, "diplograph: unknown command '%s'\n", name.c_str());
  Usage(stderr);
  return kExitUsage;
}
