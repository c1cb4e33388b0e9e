// Run a few independent pieces of work at once.
#pragma once

#include <cstddef>
#include <system_error>
#include <thread>
#include <vector>

namespace diplograph::internal {

// A thread count as the options give it: 0 means one per core (at least one).
inline unsigned ThreadsOrCores(unsigned requested) {
  if (requested) return requested;
  unsigned cores = std::thread::hardware_concurrency();
  return cores ? cores : 1;
}

// Calls work(k) for every k in [0, n): k = 0 on the calling thread, the
// others on threads of their own. A piece whose thread cannot be started
// runs on the calling thread instead, so every piece runs exactly once.
// Returns when all are done. `work` must be safe to call concurrently.
template <typename Work>
void RunPieces(std::size_t n, const Work& work) {
  std::vector<std::thread> helpers;
  std::vector<std::size_t> here = {0};
  for (std::size_t k = 1; k < n; ++k) {
    try {
      helpers.emplace_back([&work, k] { work(k); });
    } catch (const std::system_error&) {
      here.push_back(k);
    }
  }
  if (n > 0)
    for (std::size_t k : here) work(k);
  for (std::thread& h : helpers) h.join();
}

// Calls first() and second(): at once (second() on a thread of its own) when
// threads > 1, else one after the other. Both run exactly once either way.
template <typename First, typename Second>
void RunTwo(unsigned threads, const First& first, const Second& second) {
  if (threads <= 1) {
    first();
    second();
    return;
  }
  RunPieces(2, [&](std::size_t k) {
    if (k == 0) first();
    else second();
  });
}

}  // namespace diplograph::internal
