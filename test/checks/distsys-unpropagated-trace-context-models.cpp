// RUN: printf "Checks: '-*,distsys-unpropagated-trace-context'\nCheckOptions:\n  distsys-unpropagated-trace-context.ModelFiles: '%S/Inputs/unpropagated-trace-context-models.json'\n" > %t.clang-tidy
// RUN: %check_distlint --config-file=%t.clang-tidy %s distsys-unpropagated-trace-context %t -- -std=c++17
// An in-house RPC framework described by a user model file: its handlers, its client and its
// propagation helper.
#include <string>

namespace acme {
struct CallContext {
  std::string peer;
};
struct Metadata {
  void inheritFrom(const CallContext &incoming);
  void set(const std::string &key, const std::string &value);
};
class Client {
public:
  std::string call(const std::string &method, const Metadata &md);
};
} // namespace acme

acme::Client billing;

std::string charge(acme::CallContext &ctx, const std::string &order) {
  acme::Metadata md;
  md.set("tenant", "t1");
  return billing.call("Charge", md);
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: outgoing acme call 'Client::call' in handler 'charge' does not propagate trace context; pass Metadata inherited from the incoming call [distsys-unpropagated-trace-context]
  // CHECK-MESSAGES: :[[@LINE-5]]:39: note: the incoming request's trace context arrives here
}

std::string refund(acme::CallContext &ctx, const std::string &order) {
  acme::Metadata md;
  md.inheritFrom(ctx);
  return billing.call("Refund", md);
}

// Not a handler.
std::string nightly() { return billing.call("Reconcile", acme::Metadata()); }
