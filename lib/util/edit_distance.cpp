#include "util/edit_distance.h"

#include <algorithm>
#include <vector>

namespace diplograph::internal {

std::size_t EditDistance(std::string_view a, std::string_view b, std::size_t limit) {
  const std::size_t n = a.size(), m = b.size();
  const std::size_t over = limit + 1;
  if ((n > m ? n - m : m - n) > limit) return over;
  // Two rows of the table; a cell outside the band holds `over`, which is
  // what it would be worth for the answer (anything above the limit).
  constexpr std::size_t kStack = 128;
  std::size_t stack_prev[kStack], stack_cur[kStack];
  std::vector<std::size_t> heap;
  std::size_t* prev = stack_prev;
  std::size_t* cur = stack_cur;
  if (m + 1 > kStack) {
    heap.resize(2 * (m + 1));
    prev = heap.data();
    cur = heap.data() + m + 1;
  }
  for (std::size_t j = 0; j <= m; ++j) prev[j] = std::min(j, over);
  for (std::size_t i = 1; i <= n; ++i) {
    const std::size_t lo = i > limit ? i - limit : 1;
    const std::size_t hi = std::min(m, i + limit);
    cur[lo - 1] = lo == 1 ? std::min(i, over) : over;
    std::size_t row_min = cur[lo - 1];
    for (std::size_t j = lo; j <= hi; ++j) {
      std::size_t best = prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
      best = std::min(best, prev[j] + 1);
      best = std::min(best, cur[j - 1] + 1);
      cur[j] = std::min(best, over);
      row_min = std::min(row_min, cur[j]);
    }
    if (hi < m) cur[hi + 1] = over;  // read by the next row, whose band reaches one further
    if (row_min >= over) return over;
    std::swap(prev, cur);
  }
  return prev[m];
}

}  // namespace diplograph::internal
