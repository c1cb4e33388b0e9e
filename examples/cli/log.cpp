#include "log.h"

#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

namespace diplograph::cli {
namespace {
std::shared_ptr<spdlog::logger> Logger() {
  static std::shared_ptr<spdlog::logger> logger = [] {
    auto l = spdlog::stderr_color_st("diplograph");
    l->set_pattern("%^%l%$: %v");
    l->set_level(spdlog::level::warn);
    return l;
  }();
  return logger;
}
}  // namespace

bool SetLogLevel(std::string_view level) {
  spdlog::level::level_enum l;
  if (level == "debug") l = spdlog::level::debug;
  else if (level == "info") l = spdlog::level::info;
  else if (level == "warning") l = spdlog::level::warn;
  else if (level == "error") l = spdlog::level::err;
  else return false;
  Logger()->set_level(l);
  return true;
}

LogLevel CliLogLevel() {
  switch (Logger()->level()) {
    case spdlog::level::trace:
    case spdlog::level::debug: return LogLevel::kDebug;
    case spdlog::level::info: return LogLevel::kInfo;
    case spdlog::level::warn: return LogLevel::kWarning;
    default: return LogLevel::kError;
  }
}

LogFunction CliLog() {
  return [logger = Logger()](LogLevel level, std::string_view msg) {
    switch (level) {
      case LogLevel::kDebug: logger->debug("{}", msg); break;
      case LogLevel::kInfo: logger->info("{}", msg); break;
      case LogLevel::kWarning: logger->warn("{}", msg); break;
      case LogLevel::kError: logger->error("{}", msg); break;
    }
  };
}

}  // namespace diplograph::cli
