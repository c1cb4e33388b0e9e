// Why the command starts itself again: every page of memory the program
// touches for the first time costs a page fault, and on virtual machines like
// the ones it is measured on a fault costs about 10 microseconds (16 MB of
// fresh memory: 43 ms). Building the rules and the lexicon touches about 40 MB,
// the graph of 20 MB of news about 130 MB: faults were a quarter to a third of
// a run. With the heap on transparent huge pages one fault maps 2 MB instead
// of 4 KB. glibc reads its tunables only when a program starts, so the
// command sets them and starts again; a heap that grows in steps of 32 MB
// (top_pad) gives the kernel whole huge pages to map. (docs/performance.md
// has the measurements.)
#include "huge_pages.h"

#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <iterator>

namespace diplograph::cli {

namespace {

constexpr const char* kVariable = "GLIBC_TUNABLES";
constexpr const char* kTunables = "glibc.malloc.hugetlb=1:glibc.malloc.top_pad=33554432";

// Whether the kernel maps transparent huge pages for memory that asks for
// them (the setting reads "always [madvise] never" with the choice in brackets).
bool KernelGivesHugePages() {
  std::ifstream in("/sys/kernel/mm/transparent_hugepage/enabled");
  const std::string setting((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  return setting.find("[always]") != std::string::npos || setting.find("[madvise]") != std::string::npos;
}

}  // namespace

void RestartWithHugePages(char** argv) {
#if defined(__linux__) && defined(__GLIBC__)
  const char* current = std::getenv(kVariable);
  std::string tunables = current ? current : "";
  if (tunables.find("glibc.malloc.hugetlb") != std::string::npos) return;  // chosen already, or restarted
  if (!KernelGivesHugePages()) return;
  char self[4096];
  const ssize_t n = ::readlink("/proc/self/exe", self, sizeof self - 1);
  if (n <= 0) return;
  self[n] = '\0';
  if (!tunables.empty()) tunables += ':';
  tunables += kTunables;
  if (::setenv(kVariable, tunables.c_str(), 1) != 0) return;
  ::execv(self, argv);
  // Not started again: run as we are. (The variable stays set, which is
  // harmless: it only matters to a program that starts.)
#else
  (void)argv;
#endif
}

std::string HeapTunables() {
  const char* current = std::getenv(kVariable);
  return current ? current : "";
}

}  // namespace diplograph::cli
