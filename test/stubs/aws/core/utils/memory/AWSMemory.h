// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
#include <memory>
#include <utility>

namespace Aws {
template <typename T, typename... ArgTypes> T *New(const char *allocationTag, ArgTypes &&...args);
template <typename T> void Delete(T *pointerToT);
template <typename T, typename... ArgTypes> std::shared_ptr<T> MakeShared(const char *allocationTag, ArgTypes &&...args);
template <typename T> struct Deleter {
  Deleter() {}
  template <class U, class = typename std::enable_if<std::is_convertible<U *, T *>::value, void>::type>
  Deleter(const Deleter<U> &) {}
  void operator()(T *pointerToT) const;
};
template <typename T> using UniquePtr = std::unique_ptr<T, Deleter<T>>;
template <typename T, typename... ArgTypes> UniquePtr<T> MakeUnique(const char *allocationTag, ArgTypes &&...args);
} // namespace Aws
