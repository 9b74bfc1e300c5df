// RUN: %check_distlint %s distsys-unpropagated-trace-context %t -- -std=c++17 -I%grpc_gen -isystem %stubs
#include "orders.grpc.pb.h"
#include <grpcpp/grpcpp.h>
#include <memory>
#include <string>

#include "opentelemetry/context/propagation/global_propagator.h"
#include "opentelemetry/context/propagation/text_map_propagator.h"
#include "opentelemetry/context/runtime_context.h"

namespace otel = opentelemetry;

// Writes propagated fields into the outgoing gRPC metadata.
class MetadataCarrier : public otel::context::propagation::TextMapCarrier {
public:
  explicit MetadataCarrier(grpc::ClientContext *ctx) : ctx_(ctx) {}
  otel::nostd::string_view Get(otel::nostd::string_view) const noexcept override { return ""; }
  void Set(otel::nostd::string_view key, otel::nostd::string_view value) noexcept override {
    ctx_->AddMetadata(std::string(key), std::string(value));
  }

private:
  grpc::ClientContext *ctx_;
};

class OrderService final : public orders::OrderService::Service {
public:
  explicit OrderService(std::shared_ptr<grpc::Channel> channel)
      : stock_(orders::StockService::NewStub(channel)) {}

  grpc::Status PlaceOrder(grpc::ServerContext *context, const orders::PlaceOrderRequest *request,
                          orders::PlaceOrderReply *reply) override {
    grpc::ClientContext ctx;
    orders::ReserveStockRequest req;
    orders::ReserveStockReply resp;
    req.set_sku(request->sku());
    grpc::Status status = stock_->Reserve(&ctx, req, &resp);
    // CHECK-MESSAGES: :[[@LINE-1]]:35: warning: outgoing gRPC call 'StockService::Stub::Reserve' in handler 'OrderService::PlaceOrder' does not propagate trace context; create the ClientContext with FromServerContext or inject the current context into its metadata [distsys-unpropagated-trace-context]
    // CHECK-MESSAGES: :[[@LINE-8]]:48: note: the incoming request's trace context arrives here
    return status;
  }

private:
  std::unique_ptr<orders::StockService::Stub> stock_;
};

// Metadata is set, but not the trace context.
class AuthOnly final : public orders::OrderService::Service {
  grpc::Status PlaceOrder(grpc::ServerContext *context, const orders::PlaceOrderRequest *request,
                          orders::PlaceOrderReply *reply) override {
    grpc::ClientContext ctx;
    ctx.AddMetadata("authorization", "Bearer x");
    ctx.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(2));
    orders::ReserveStockReply resp;
    return stock_->Reserve(&ctx, orders::ReserveStockRequest(), &resp);
    // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: outgoing gRPC call 'StockService::Stub::Reserve' in handler 'AuthOnly::PlaceOrder'
    // CHECK-MESSAGES: :[[@LINE-8]]:48: note: the incoming request's trace context arrives here
  }
  std::unique_ptr<orders::StockService::Stub> stock_;
};

// A helper the handler calls without any context: the finding is at the helper's call, the
// handler's call into it is the related location.
// Only the deadline is copied from the incoming context: the trace context is not.
class DeadlineOnly final : public orders::OrderService::Service {
  grpc::Status PlaceOrder(grpc::ServerContext *context, const orders::PlaceOrderRequest *request,
                          orders::PlaceOrderReply *reply) override {
    grpc::ClientContext ctx;
    ctx.set_deadline(context->deadline());
    orders::ReserveStockReply resp;
    return stock_->Reserve(&ctx, orders::ReserveStockRequest(), &resp);
    // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: outgoing gRPC call 'StockService::Stub::Reserve' in handler 'DeadlineOnly::PlaceOrder'
    // CHECK-MESSAGES: :[[@LINE-7]]:48: note: the incoming request's trace context arrives here
  }
  std::unique_ptr<orders::StockService::Stub> stock_;
};

class ViaHelper final : public orders::OrderService::Service {
  bool reserve(const std::string &sku) {
    grpc::ClientContext ctx;
    orders::ReserveStockRequest req;
    orders::ReserveStockReply resp;
    req.set_sku(sku);
    return stock_->Reserve(&ctx, req, &resp).ok();
    // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: outgoing gRPC call 'StockService::Stub::Reserve' in handler 'ViaHelper::PlaceOrder' does not propagate
  }
  grpc::Status PlaceOrder(grpc::ServerContext *context, const orders::PlaceOrderRequest *request,
                          orders::PlaceOrderReply *reply) override {
    if (!reserve(request->sku()))
    // CHECK-MESSAGES: :[[@LINE-1]]:10: note: 'ViaHelper::PlaceOrder' calls 'ViaHelper::reserve' here without passing the request's trace context
      return grpc::Status(grpc::StatusCode::RESOURCE_EXHAUSTED, "out of stock");
    // CHECK-MESSAGES: :[[@LINE-5]]:48: note: the incoming request's trace context arrives here
    return grpc::Status::OK;
  }
  std::unique_ptr<orders::StockService::Stub> stock_;
};

// The asynchronous stub API drops the context just the same.
class AsyncCall final : public orders::OrderService::Service {
  grpc::Status PlaceOrder(grpc::ServerContext *context, const orders::PlaceOrderRequest *request,
                          orders::PlaceOrderReply *reply) override {
    grpc::ClientContext ctx;
    grpc::CompletionQueue cq;
    auto rpc = stock_->AsyncReserve(&ctx, orders::ReserveStockRequest(), &cq);
    // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: outgoing gRPC call 'StockService::Stub::AsyncReserve' in handler 'AsyncCall::PlaceOrder'
    // CHECK-MESSAGES: :[[@LINE-6]]:48: note: the incoming request's trace context arrives here
    return grpc::Status::OK;
  }
  std::unique_ptr<orders::StockService::Stub> stock_;
};

// Negatives: the correct versions.
class FromServer final : public orders::OrderService::Service {
  grpc::Status PlaceOrder(grpc::ServerContext *context, const orders::PlaceOrderRequest *request,
                          orders::PlaceOrderReply *reply) override {
    std::unique_ptr<grpc::ClientContext> ctx = grpc::ClientContext::FromServerContext(*context);
    orders::ReserveStockReply resp;
    return stock_->Reserve(ctx.get(), orders::ReserveStockRequest(), &resp);
  }
  std::unique_ptr<orders::StockService::Stub> stock_;
};

class ForwardsTraceparent final : public orders::OrderService::Service {
  grpc::Status PlaceOrder(grpc::ServerContext *context, const orders::PlaceOrderRequest *request,
                          orders::PlaceOrderReply *reply) override {
    grpc::ClientContext ctx;
    auto incoming = context->client_metadata().find("traceparent");
    if (incoming != context->client_metadata().end())
      ctx.AddMetadata("TraceParent", std::string(incoming->second.data(), incoming->second.size()));
    orders::ReserveStockReply resp;
    return stock_->Reserve(&ctx, orders::ReserveStockRequest(), &resp);
  }
  std::unique_ptr<orders::StockService::Stub> stock_;
};

class InjectsCurrent final : public orders::OrderService::Service {
  grpc::Status PlaceOrder(grpc::ServerContext *context, const orders::PlaceOrderRequest *request,
                          orders::PlaceOrderReply *reply) override {
    grpc::ClientContext ctx;
    MetadataCarrier carrier(&ctx);
    auto propagator = otel::context::propagation::GlobalTextMapPropagator::GetGlobalPropagator();
    propagator->Inject(carrier, otel::context::RuntimeContext::GetCurrent());
    orders::ReserveStockReply resp;
    return stock_->Reserve(&ctx, orders::ReserveStockRequest(), &resp);
  }
  std::unique_ptr<orders::StockService::Stub> stock_;
};

// A helper that is handed the context (or the ClientContext) is not where it got lost.
class HelperWithContext final : public orders::OrderService::Service {
  bool reserve(grpc::ServerContext *server, const std::string &sku) {
    auto ctx = grpc::ClientContext::FromServerContext(*server);
    orders::ReserveStockReply resp;
    return stock_->Reserve(ctx.get(), orders::ReserveStockRequest(), &resp).ok();
  }
  bool reserveWith(grpc::ClientContext *ctx) {
    orders::ReserveStockReply resp;
    return stock_->Reserve(ctx, orders::ReserveStockRequest(), &resp).ok();
  }
  bool reserveTraced(const std::string &sku, const std::string &traceparent) {
    grpc::ClientContext ctx;
    ctx.AddMetadata("traceparent", traceparent);
    orders::ReserveStockReply resp;
    return stock_->Reserve(&ctx, orders::ReserveStockRequest(), &resp).ok();
  }
  grpc::Status PlaceOrder(grpc::ServerContext *context, const orders::PlaceOrderRequest *request,
                          orders::PlaceOrderReply *reply) override {
    auto ctx = grpc::ClientContext::FromServerContext(*context);
    reserveWith(ctx.get());
    reserveTraced(request->sku(), "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01");
    return reserve(context, request->sku()) ? grpc::Status::OK : grpc::Status::CANCELLED;
  }
  std::unique_ptr<orders::StockService::Stub> stock_;
};

// Outside any handler: a batch job and a client's own entry point start traces of their own.
int restockAll(orders::StockService::Stub &stock) {
  grpc::ClientContext ctx;
  orders::ReserveStockReply resp;
  return stock.Reserve(&ctx, orders::ReserveStockRequest(), &resp).ok() ? 0 : 1;
}

int main() {
  auto stock = orders::StockService::NewStub(
      grpc::CreateChannel("localhost:50051", grpc::InsecureChannelCredentials()));
  return restockAll(*stock);
}
