// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
#include <utility>

namespace Aws {
namespace Utils {

/// Either the result of a successful request or the error of a failed one.
template <typename R, typename E> class Outcome {
public:
  Outcome() : success(false) {}
  Outcome(const R &r) : result(r), success(true) {}
  Outcome(const E &e) : error(e), success(false) {}
  Outcome(R &&r) : result(std::forward<R>(r)), success(true) {}
  Outcome(E &&e) : error(std::forward<E>(e)), success(false) {}

  inline const R &GetResult() const { return result; }
  inline R &GetResult() { return result; }
  inline R &&GetResultWithOwnership() { return std::move(result); }
  inline const E &GetError() const { return error; }
  template <typename T> inline T GetError() { return error.template GetModeledError<T>(); }
  inline bool IsSuccess() const { return this->success; }

private:
  R result;
  E error;
  bool success = false;
};

} // namespace Utils
} // namespace Aws
