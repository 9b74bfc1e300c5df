// In-process waits without a timeout are reported only with FlagUnboundedWaits.
// Default: nothing at all (check_distlint needs at least one expectation, so count directly).
// RUN: %distlint --checks=-*,distsys-missing-timeout %s -- -std=c++17 2>&1 \
// RUN:   | FileCheck --check-prefix=DEFAULT --implicit-check-not=warning: %s
// DEFAULT: 1 file(s) analysed, 0 finding(s)
// RUN: %check_distlint --check-suffix=WAITS \
// RUN:   --config-file=%S/Inputs/missing-timeout-unbounded-waits.clang-tidy \
// RUN:   %s distsys-missing-timeout %t -- -std=c++17
#include <chrono>
#include <condition_variable>
#include <future>
#include <mutex>

int fetchRemote();

int unboundedGet() {
  std::future<int> result = std::async(std::launch::async, fetchRemote);
  return result.get();
  // CHECK-MESSAGES-WAITS: :[[@LINE-1]]:17: warning: 'std::future::get' on 'result' waits for the result forever; bound it with result.wait_for(...) first [distsys-missing-timeout]
}

void unboundedWait(std::shared_future<int> shared) {
  shared.wait();
  // CHECK-MESSAGES-WAITS: :[[@LINE-1]]:10: warning: 'std::shared_future::wait' on 'shared' waits for the result forever
}

struct Queue {
  std::mutex mu;
  std::condition_variable ready;
  bool hasItem = false;
  void take() {
    std::unique_lock<std::mutex> lock(mu);
    ready.wait(lock, [this] { return hasItem; });
    // CHECK-MESSAGES-WAITS: :[[@LINE-1]]:11: warning: 'std::condition_variable::wait' on 'ready' can wait forever; use ready.wait_for(...) or wait_until(...) with a deadline
  }
  // Negative: bounded.
  bool takeFor(std::chrono::milliseconds timeout) {
    std::unique_lock<std::mutex> lock(mu);
    return ready.wait_for(lock, timeout, [this] { return hasItem; });
  }
};

// Negatives: bounded waits.
int boundedGet() {
  std::future<int> result = std::async(std::launch::async, fetchRemote);
  if (result.wait_for(std::chrono::seconds(2)) != std::future_status::ready)
    return -1;
  return result.get();
}

int boundedUntil(std::future<int> result) {
  if (result.wait_until(std::chrono::steady_clock::now() + std::chrono::seconds(1)) !=
      std::future_status::ready)
    return -1;
  return result.get();
}

int otherFutureBounded(std::future<int> a, std::future<int> b) {
  a.wait_for(std::chrono::seconds(1));
  return b.get();
  // CHECK-MESSAGES-WAITS: :[[@LINE-1]]:12: warning: 'std::future::get' on 'b' waits for the result forever
}

template <typename T> T getAll(std::future<T> &f) { return f.get(); }
int instantiate(std::future<int> &f) { return getAll(f); }
// CHECK-MESSAGES-WAITS: :[[@LINE-2]]:62: warning: 'std::future::get' on 'f' waits for the result forever
