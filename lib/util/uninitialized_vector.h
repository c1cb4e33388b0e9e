// A std::vector of plain numbers whose resize() leaves the new elements
// uninitialised, for buffers that are filled right after they grow: growing a
// std::vector<std::uint32_t> by n writes n zeros first (a memset of the whole
// new part), which the normaliser's byte map then overwrote at once, and paid
// for every article (4.6% of the sparse corpus's extraction).
//
// Only the no-argument construct() differs from std::allocator: resize(n, v),
// push_back, insert and assign construct as usual.
#pragma once

#include <memory>
#include <new>
#include <type_traits>
#include <utility>
#include <vector>

namespace diplograph::internal {

template <typename T>
class DefaultInitAllocator : public std::allocator<T> {
  static_assert(std::is_trivially_default_constructible_v<T>, "only for plain numbers and structs of them");

 public:
  using std::allocator<T>::allocator;
  template <typename U>
  struct rebind {
    using other = DefaultInitAllocator<U>;
  };

  // Default-initialisation: nothing is written.
  template <typename U>
  void construct(U* p) noexcept {
    ::new (static_cast<void*>(p)) U;
  }
  template <typename U, typename... Args>
  void construct(U* p, Args&&... args) {
    ::new (static_cast<void*>(p)) U(std::forward<Args>(args)...);
  }
};

template <typename T>
using UninitializedVector = std::vector<T, DefaultInitAllocator<T>>;

}  // namespace diplograph::internal
