// Shared helpers of the fuzz targets (tests/fuzz/*_fuzz.cpp).
//
// Each target defines LLVMFuzzerTestOneInput. Built with clang and
// -fsanitize=fuzzer (the `fuzz` CMake preset) it is a libFuzzer binary; built
// by the ordinary test build it is linked with replay_main.cpp instead, which
// runs it over the target's seed corpus and regression inputs, so every input
// that once crashed stays a test under every compiler.
#pragma once

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

namespace diplograph::fuzz {

inline std::string_view AsText(const std::uint8_t* data, std::size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

// An invariant the library promises was broken: report it and abort, so that
// libFuzzer records the input as a crash.
[[noreturn]] inline void Broken(const char* what) {
  std::fprintf(stderr, "fuzz invariant broken: %s\n", what);
  std::abort();
}

}  // namespace diplograph::fuzz

#define DG_FUZZ_CHECK(cond) \
  do {                      \
    if (!(cond)) ::diplograph::fuzz::Broken(#cond); \
  } while (0)
