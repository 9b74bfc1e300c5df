// RUN: %check_distlint %s distsys-unpropagated-trace-context %t -- -std=c++17 -I%grpc_gen
// RUN: %check_distlint --check-suffix=OPT --config-file=%S/Inputs/unpropagated-trace-context-options.clang-tidy %s distsys-unpropagated-trace-context %t -- -std=c++17 -I%grpc_gen
#include "orders.grpc.pb.h"
#include <grpcpp/grpcpp.h>
#include <memory>
#include <string>

// The callback API: handlers take a CallbackServerContext and finish through a reactor.
class OrderCallbacks final : public orders::OrderService::CallbackService {
public:
  grpc::ServerUnaryReactor *PlaceOrder(grpc::CallbackServerContext *context,
                                       const orders::PlaceOrderRequest *request,
                                       orders::PlaceOrderReply *reply) override {
    grpc::ServerUnaryReactor *reactor = context->DefaultReactor();
    auto *ctx = new grpc::ClientContext();
    auto *req = new orders::ReserveStockRequest();
    auto *resp = new orders::ReserveStockReply();
    stock_->async()->Reserve(ctx, req, resp, [=](grpc::Status status) {
      // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: outgoing gRPC call 'StockService::Stub::async::Reserve' in handler 'OrderCallbacks::PlaceOrder' does not propagate trace context; create the ClientContext with FromServerContext or inject the current context into its metadata [distsys-unpropagated-trace-context]
      // CHECK-MESSAGES: :[[@LINE-9]]:69: note: the incoming request's trace context arrives here
      // CHECK-MESSAGES-OPT: :[[@LINE-3]]:22: warning: outgoing gRPC call 'StockService::Stub::async::Reserve' in handler 'OrderCallbacks::PlaceOrder'
      // CHECK-MESSAGES-OPT: :[[@LINE-11]]:69: note: the incoming request's trace context arrives here
      delete ctx;
      reactor->Finish(status);
    });
    return reactor;
  }
  std::unique_ptr<orders::StockService::Stub> stock_;
};

class ForwardingCallbacks final : public orders::OrderService::CallbackService {
public:
  grpc::ServerUnaryReactor *PlaceOrder(grpc::CallbackServerContext *context,
                                       const orders::PlaceOrderRequest *request,
                                       orders::PlaceOrderReply *reply) override {
    grpc::ServerUnaryReactor *reactor = context->DefaultReactor();
    std::shared_ptr<grpc::ClientContext> ctx =
        grpc::ClientContext::FromCallbackServerContext(*context);
    auto *resp = new orders::ReserveStockReply();
    orders::ReserveStockRequest req;
    stock_->async()->Reserve(ctx.get(), &req, resp,
                             [reactor, ctx](grpc::Status status) { reactor->Finish(status); });
    return reactor;
  }
  std::unique_ptr<orders::StockService::Stub> stock_;
};

namespace tracing {
std::string currentTraceHeader();
// An in-house helper that propagates under a vendor header the check does not know.
inline void injectInto(grpc::ClientContext &ctx) {
  ctx.AddMetadata("x-cloud-trace-context", currentTraceHeader());
}
} // namespace tracing

// A propagation helper by the PropagationFunctions option only.
class VendorHeader final : public orders::OrderService::Service {
  grpc::Status PlaceOrder(grpc::ServerContext *context, const orders::PlaceOrderRequest *request,
                          orders::PlaceOrderReply *reply) override {
    grpc::ClientContext ctx;
    tracing::injectInto(ctx);
    orders::ReserveStockReply resp;
    return stock_->Reserve(&ctx, orders::ReserveStockRequest(), &resp);
    // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: outgoing gRPC call 'StockService::Stub::Reserve' in handler 'VendorHeader::PlaceOrder' does not propagate
    // CHECK-MESSAGES: :[[@LINE-7]]:48: note: the incoming request's trace context arrives here
  }
  std::unique_ptr<orders::StockService::Stub> stock_;
};

// Handlers of an in-house job framework, recognised only through HandlerNamePattern.
struct Jobs {
  std::unique_ptr<orders::StockService::Stub> stock_;

  bool handleReserve(const orders::ReserveStockRequest &job) {
    grpc::ClientContext ctx;
    orders::ReserveStockReply resp;
    return stock_->Reserve(&ctx, job, &resp).ok();
    // CHECK-MESSAGES-OPT: :[[@LINE-1]]:20: warning: outgoing gRPC call 'StockService::Stub::Reserve' in handler 'Jobs::handleReserve' does not propagate
    // CHECK-MESSAGES-OPT: :[[@LINE-5]]:8: note: 'Jobs::handleReserve' handles an incoming request
  }

  // Not matched by the pattern.
  bool reserveLater(const orders::ReserveStockRequest &job) {
    grpc::ClientContext ctx;
    orders::ReserveStockReply resp;
    return stock_->Reserve(&ctx, job, &resp).ok();
  }
};
