// RUN: %check_distlint %s distsys-missing-timeout %t -- -std=c++17 -I%grpc_gen
// Handles the way real code holds them: class members set up in a constructor or an init method,
// and smart pointers. Each positive sits next to its correct look-alike.
#include "inventory.grpc.pb.h"
#include <chrono>
#include <curl/curl.h>
#include <grpcpp/grpcpp.h>
#include <hiredis/hiredis.h>
#include <memory>
#include <sys/time.h>

using inventory::v1::GetItemRequest;
using inventory::v1::Inventory;
using inventory::v1::Item;

void setTotalTimeout(CURL *h) { curl_easy_setopt(h, CURLOPT_TIMEOUT_MS, 2000L); }
void registerHandle(CURL *h);

// A curl handle created in the constructor, used in a method, never given a timeout.
class Fetcher {
public:
  Fetcher() : curl_(curl_easy_init()) { curl_easy_setopt(curl_, CURLOPT_FOLLOWLOCATION, 1L); }
  ~Fetcher() { curl_easy_cleanup(curl_); }
  CURLcode fetch(const char *url) {
    curl_easy_setopt(curl_, CURLOPT_URL, url);
    return curl_easy_perform(curl_);
    // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: curl transfer on 'curl_' has no timeout; set CURLOPT_TIMEOUT_MS [distsys-missing-timeout]
    // CHECK-MESSAGES: :[[@LINE-2]]:5: note: set a total transfer timeout
  }

private:
  CURL *curl_;
};

// The same class with the timeout set in the constructor.
class TimedFetcher {
public:
  TimedFetcher() : curl_(curl_easy_init()) { curl_easy_setopt(curl_, CURLOPT_TIMEOUT, 10L); }
  CURLcode fetch() { return curl_easy_perform(curl_); }

private:
  CURL *curl_;
};

// Set on some path of the class (an init method, through a helper): not flagged.
class InitFetcher {
public:
  void init() {
    curl_ = curl_easy_init();
    setTotalTimeout(curl_);
  }
  CURLcode fetch() { return this->curl_ == nullptr ? CURLE_FAILED_INIT : curl_easy_perform(curl_); }

private:
  CURL *curl_ = nullptr;
};

// Assigned in an init method, used in another, never bounded.
class LazyFetcher {
public:
  void init() { curl_ = curl_easy_init(); }
  CURLcode fetch() { return curl_easy_perform(curl_); }
  // CHECK-MESSAGES: :[[@LINE-1]]:29: warning: curl transfer on 'curl_' has no timeout
  // CHECK-MESSAGES: :[[@LINE-2]]:22: note: set a total transfer timeout

private:
  CURL *curl_ = nullptr;
};

// Out of sight: handed to a helper we cannot see, returned by a getter, a method defined in
// another file, a public member anyone may configure.
class RegisteredFetcher {
public:
  RegisteredFetcher() : curl_(curl_easy_init()) { registerHandle(curl_); }
  CURLcode fetch() { return curl_easy_perform(curl_); }

private:
  CURL *curl_;
};

class ExposedFetcher {
public:
  ExposedFetcher() : curl_(curl_easy_init()) {}
  CURL *handle() { return curl_; }
  CURLcode fetch() { return curl_easy_perform(curl_); }

private:
  CURL *curl_;
};

class SplitFetcher {
public:
  SplitFetcher() : curl_(curl_easy_init()) {}
  void configure(); // defined in another translation unit
  CURLcode fetch() { return curl_easy_perform(curl_); }

private:
  CURL *curl_;
};

struct Connection {
  Connection() : curl(curl_easy_init()) {}
  CURLcode fetch() { return curl_easy_perform(curl); }
  CURL *curl;
};

// Smart pointers hold the same handle: p.get() is p.
using CurlPtr = std::unique_ptr<CURL, decltype(&curl_easy_cleanup)>;

CURLcode ownedNoTimeout(const char *url) {
  CurlPtr curl(curl_easy_init(), curl_easy_cleanup);
  curl_easy_setopt(curl.get(), CURLOPT_URL, url);
  return curl_easy_perform(curl.get());
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: curl transfer on 'curl' has no timeout
}

CURLcode ownedWithTimeout(const char *url) {
  CurlPtr curl(curl_easy_init(), curl_easy_cleanup);
  curl_easy_setopt(curl.get(), CURLOPT_URL, url);
  curl_easy_setopt(curl.get(), CURLOPT_TIMEOUT_MS, 1500L);
  return curl_easy_perform(curl.get());
}

class OwningFetcher {
public:
  OwningFetcher() : curl_(nullptr, curl_easy_cleanup) { curl_.reset(curl_easy_init()); }
  CURLcode fetch() { return curl_easy_perform(curl_.get()); }
  // CHECK-MESSAGES: :[[@LINE-1]]:29: warning: curl transfer on 'curl_' has no timeout

private:
  CurlPtr curl_;
};

class OwningTimedFetcher {
public:
  OwningTimedFetcher() : curl_(curl_easy_init(), curl_easy_cleanup) {
    setTotalTimeout(curl_.get());
  }
  CURLcode fetch() { return curl_easy_perform(curl_.get()); }

private:
  CurlPtr curl_;
};

// gRPC contexts as members and behind shared pointers.
class InventoryClient {
public:
  explicit InventoryClient(std::shared_ptr<grpc::Channel> channel)
      : stub_(Inventory::NewStub(channel)) {}
  grpc::Status get(const GetItemRequest &req, Item *item) {
    return stub_->GetItem(&ctx_, req, item);
    // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: gRPC call 'GetItem' on context 'ctx_' has no deadline; call ctx_.set_deadline(...) before it
    // CHECK-MESSAGES: :[[@LINE-2]]:5: note: set a deadline on the context
  }

private:
  std::unique_ptr<Inventory::Stub> stub_;
  grpc::ClientContext ctx_;
};

class DeadlineClient {
public:
  explicit DeadlineClient(std::shared_ptr<grpc::Channel> channel)
      : stub_(Inventory::NewStub(channel)) {
    ctx_.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(2));
  }
  grpc::Status get(const GetItemRequest &req, Item *item) {
    return stub_->GetItem(&ctx_, req, item);
  }

private:
  std::unique_ptr<Inventory::Stub> stub_;
  grpc::ClientContext ctx_;
};

void sharedContextNoDeadline(Inventory::Stub *stub, const GetItemRequest &req, Item *item) {
  auto ctx = std::make_shared<grpc::ClientContext>();
  stub->async()->GetItem(ctx.get(), &req, item, [ctx](grpc::Status) {});
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: gRPC call 'GetItem' on context 'ctx' has no deadline
}

void sharedContextWithDeadline(Inventory::Stub *stub, const GetItemRequest &req, Item *item) {
  auto ctx = std::make_shared<grpc::ClientContext>();
  ctx->set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(1));
  stub->async()->GetItem(ctx.get(), &req, item, [ctx](grpc::Status) {});
}

// A context from a factory may carry a deadline already (FromServerContext does).
std::unique_ptr<grpc::ClientContext> makeContext();

grpc::Status factoryContext(Inventory::Stub &stub, const GetItemRequest &req, Item *item) {
  std::unique_ptr<grpc::ClientContext> ctx = makeContext();
  return stub.GetItem(ctx.get(), req, item);
}

// hiredis connections opened in a constructor.
class Cache {
public:
  Cache() : redis_(redisConnect("cache.internal", 6379)) {}
  // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: redis connection 'redis_' opened with 'redisConnect' has no timeout
  void put(const char *key) { redisCommand(redis_, "SET %s 1", key); }

private:
  redisContext *redis_;
};

class BoundedCache {
public:
  BoundedCache() {
    redis_ = redisConnect("cache.internal", 6379);
    struct timeval tv = {1, 0};
    redisSetTimeout(redis_, tv);
  }
  void put(const char *key) { redisCommand(redis_, "SET %s 1", key); }

private:
  redisContext *redis_;
};

// Factories: a project function that makes the handle and returns it.
CURL *makeHandle(const char *url) {
  CURL *h = curl_easy_init();
  if (!h)
    return nullptr;
  curl_easy_setopt(h, CURLOPT_URL, url);
  return h;
}

CURL *makeBoundedHandle() {
  CURL *h = curl_easy_init();
  setTotalTimeout(h);
  return h;
}

CURL *makeRegisteredHandle() {
  CURL *h = curl_easy_init();
  registerHandle(h);
  return h;
}

CURLcode fromFactory(const char *url) {
  CURL *h = makeHandle(url);
  return curl_easy_perform(h);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: curl transfer on 'h' has no timeout
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: set a total transfer timeout
}

CURLcode fromBoundedFactory() {
  CURL *h = makeBoundedHandle();
  return curl_easy_perform(h);
}

CURLcode fromRegisteringFactory() {
  CURL *h = makeRegisteredHandle();
  return curl_easy_perform(h);
}

CURLcode fromFactoryBoundedHere(const char *url) {
  CURL *h = makeHandle(url);
  curl_easy_setopt(h, CURLOPT_TIMEOUT, 5L);
  return curl_easy_perform(h);
}

class FactoryFetcher {
public:
  FactoryFetcher() : curl_(makeHandle("http://inventory.internal")) {}
  CURLcode fetch() { return curl_easy_perform(curl_); }
  // CHECK-MESSAGES: :[[@LINE-1]]:29: warning: curl transfer on 'curl_' has no timeout
  // CHECK-MESSAGES: :[[@LINE-2]]:22: note: set a total transfer timeout

private:
  CURL *curl_;
};
