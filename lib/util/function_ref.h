// A non-owning reference to a callable: two pointers, no allocation, no type
// erasure beyond one indirect call. For callbacks on the hot path that are
// called while the caller's callable lives (a std::function there cost a
// heap object or a manager for every article, and a handler per call).
//
//   void Walk(FunctionRef<bool(int)> keep);
//   Walk([&](int x) { return x > limit; });  // the lambda lives until Walk returns
//
// A default-constructed FunctionRef is empty (operator bool is false) and must
// not be called. Never store one beyond the call it was passed to.
#pragma once

#include <memory>
#include <type_traits>
#include <utility>

namespace diplograph::internal {

template <typename Signature>
class FunctionRef;

template <typename R, typename... Args>
class FunctionRef<R(Args...)> {
 public:
  FunctionRef() = default;
  template <typename F, typename = std::enable_if_t<!std::is_same_v<std::decay_t<F>, FunctionRef> &&
                                                    std::is_invocable_r_v<R, F&, Args...>>>
  FunctionRef(F&& f) noexcept  // NOLINT(google-explicit-constructor): passed like a lambda
      : object_(const_cast<void*>(static_cast<const void*>(std::addressof(f)))),
        call_([](void* object, Args... args) -> R {
          return (*static_cast<std::remove_reference_t<F>*>(object))(std::forward<Args>(args)...);
        }) {}

  explicit operator bool() const { return call_ != nullptr; }
  R operator()(Args... args) const { return call_(object_, std::forward<Args>(args)...); }

 private:
  void* object_ = nullptr;
  R (*call_)(void*, Args...) = nullptr;
};

}  // namespace diplograph::internal
