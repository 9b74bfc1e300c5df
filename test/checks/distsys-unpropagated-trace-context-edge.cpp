// RUN: %check_distlint %s distsys-unpropagated-trace-context %t -- -std=c++17 -I%grpc_gen -isystem %S/Inputs/unpropagated-system
// Odd code: out-of-line handlers, macros, recursion, templates, declarations without bodies,
// nested lambdas, handlers in system headers.
#include "orders.grpc.pb.h"
#include <grpcpp/grpcpp.h>
#include <httplib.h>
#include <vendor_routes.h>

class Impl final : public orders::OrderService::Service {
public:
  grpc::Status PlaceOrder(grpc::ServerContext *context, const orders::PlaceOrderRequest *request,
                          orders::PlaceOrderReply *reply) override;
  std::unique_ptr<orders::StockService::Stub> stock_;
};

#define RESERVE(ctx) stock_->Reserve(ctx, orders::ReserveStockRequest(), &resp)

int countdown(int n);
int countdownAgain(int n) { return countdown(n - 1); }
int countdown(int n) {
  httplib::Client c("http://audit.internal");
  c.Get("/tick");
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: outgoing HTTP request 'httplib::Client::Get' in handler 'Impl::PlaceOrder' does not propagate trace context
  return n ? countdownAgain(n) : 0;
}

grpc::Status Impl::PlaceOrder(grpc::ServerContext *context, const orders::PlaceOrderRequest *request,
                              orders::PlaceOrderReply *reply) {
  grpc::ClientContext ctx;
  orders::ReserveStockReply resp;
  countdown(3);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: 'Impl::PlaceOrder' calls 'countdown' here without passing the request's trace context
  // CHECK-MESSAGES: :[[@LINE-6]]:52: note: the incoming request's trace context arrives here
  auto later = [&] {
    auto again = [&] { return RESERVE(&ctx); };
    // CHECK-MESSAGES: :[[@LINE-1]]:31: warning: outgoing gRPC call 'StockService::Stub::Reserve' in handler 'Impl::PlaceOrder' does not propagate trace context
    // CHECK-MESSAGES: :[[@LINE-10]]:52: note: the incoming request's trace context arrives here
    return again();
  };
  return later();
}

// Templates are not analysed (their calls are unresolved until instantiation).
template <typename Client>
void generic(const httplib::Request &req, httplib::Response &res, Client &c) { c.Get("/x"); }
void useGeneric(const httplib::Request &req, httplib::Response &res) {
  httplib::Client c("http://x.internal");
  generic(req, res, c);
}

// Declared only: nothing to analyse, nothing to report.
void declaredHandler(const httplib::Request &req, httplib::Response &res);
void callsDeclared(const httplib::Request &req, httplib::Response &res) { declaredHandler(req, res); }

int main() {
  httplib::Server svr;
  vendorRoutes(svr);
  return 0;
}
