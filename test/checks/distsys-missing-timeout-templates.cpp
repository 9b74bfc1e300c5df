// Templates, dependent code, macros and declarations without bodies must not crash the check
// or produce duplicate findings; code in system headers is never reported.
// Headers are reported (HeaderFilterRegex), but not system ones.
// RUN: echo "HeaderFilterRegex: '.*'" > %t.clang-tidy
// RUN: %check_distlint --config-file=%t.clang-tidy %s distsys-missing-timeout %t -- -std=c++17 \
// RUN:   -I%grpc_gen -isystem %S/Inputs/system
#include "inventory.grpc.pb.h"
#include <vendor_transport.h>
#include <curl/curl.h>
#include <grpcpp/grpcpp.h>
#include <hiredis/hiredis.h>

#define PERFORM(handle) curl_easy_perform(handle)

// Non-dependent code inside a template: one finding however often it is instantiated.
template <typename T> int fetch(T) {
  CURL *h = curl_easy_init();
  return curl_easy_perform(h);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: curl transfer on 'h' has no timeout; set CURLOPT_TIMEOUT_MS
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: set a total transfer timeout
}
int useFetch() { return fetch(1) + fetch('c'); }

// The stub type is dependent: reported in the instantiation.
template <typename Stub> grpc::Status call(Stub &stub) {
  grpc::ClientContext ctx;
  inventory::v1::GetItemRequest req;
  inventory::v1::Item item;
  return stub.GetItem(&ctx, req, &item);
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: gRPC call 'GetItem' on context 'ctx' has no deadline
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: set a deadline on the context
}
grpc::Status useCall(inventory::v1::Inventory::Stub &stub) { return call(stub); }

// Never instantiated, fully dependent: nothing to say.
template <typename Stub, typename Context> void neverUsed(Stub &stub, Context ctx) {
  stub.GetItem(&ctx, {}, nullptr);
  auto *c = redisConnect(ctx.host(), 6379);
  stub.flush(-1);
}

// Calls inside macros: reported at the expansion, no fix-it inside the macro.
int viaMacro() {
  CURL *h = curl_easy_init();
  return PERFORM(h);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: curl transfer on 'h' has no timeout
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: set a total transfer timeout
}

// Declared only: no body to look into.
int declaredOnly(CURL *h);
template <typename T> int declaredTemplate(T h);

// A lambda owns its handle.
auto lambda = [] {
  redisContext *c = redisConnect("cache.internal", 6379);
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: redis connection 'c' opened with 'redisConnect' has no timeout
  redisFree(c);
};
