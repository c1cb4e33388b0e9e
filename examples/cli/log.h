// The CLI's diagnostics: an spdlog logger on stderr, handed to the library as
// its LogFunction (the library itself never prints).
#pragma once

#include <string_view>

#include "diplograph/extractor.h"

namespace diplograph::cli {

// Sets the stderr threshold from "debug", "info", "warning" or "error";
// returns false for anything else.
bool SetLogLevel(std::string_view level);
// A LogFunction that writes through the CLI's logger.
LogFunction CliLog();
// The threshold SetLogLevel set (warning unless it was called): the least
// level CliLog() writes, for Extractor::Options::log_level.
LogLevel CliLogLevel();

}  // namespace diplograph::cli
