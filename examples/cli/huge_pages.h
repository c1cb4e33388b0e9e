// The command's heap on transparent huge pages (see huge_pages.cpp).
#pragma once

#include <string>

namespace diplograph::cli {

// Starts the command again, once, with glibc's malloc asked to back its heap
// with transparent huge pages: GLIBC_TUNABLES gains
// "glibc.malloc.hugetlb=1:glibc.malloc.top_pad=33554432". It does nothing
// when GLIBC_TUNABLES already names glibc.malloc.hugetlb (set it, to 0 or 1,
// to choose yourself, or to profile under valgrind, which would not follow
// the restart), when the kernel gives no transparent huge pages, or when the
// program cannot be started again; the command then runs as it is. Returns
// only in those cases. Call it first in main, before reading anything.
void RestartWithHugePages(char** argv);

// The malloc settings this process started with ("glibc.malloc.hugetlb=1:..."),
// or "" if none: for `extract --stats`.
std::string HeapTunables();

}  // namespace diplograph::cli
