// RUN: %check_distlint %s distsys-missing-timeout %t -- -std=c++17 -I%grpc_gen
#include "inventory.grpc.pb.h"
#include <chrono>
#include <grpcpp/grpcpp.h>
#include <memory>

using inventory::v1::GetItemRequest;
using inventory::v1::Inventory;
using inventory::v1::Item;
using inventory::v1::ListItemsRequest;

void withDeadline(grpc::ClientContext &ctx) {
  ctx.set_deadline(std::chrono::system_clock::now() + std::chrono::milliseconds(300));
}
void opaque(grpc::ClientContext *ctx);

grpc::Status syncNoDeadline(Inventory::Stub &stub) {
  grpc::ClientContext ctx;
  ctx.AddMetadata("x-tenant", "acme");
  GetItemRequest req;
  Item item;
  return stub.GetItem(&ctx, req, &item);
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: gRPC call 'GetItem' on context 'ctx' has no deadline; call ctx.set_deadline(...) before it [distsys-missing-timeout]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: set a deadline on the context
}

grpc::Status throughInterfacePointer(std::unique_ptr<Inventory::StubInterface> &stub) {
  grpc::ClientContext context;
  GetItemRequest req;
  Item item;
  return stub->GetItem(&context, req, &item);
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: gRPC call 'GetItem' on context 'context' has no deadline
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: set a deadline on the context
}

void asyncNoDeadline(Inventory::Stub *stub, grpc::CompletionQueue *cq) {
  grpc::ClientContext ctx;
  GetItemRequest req;
  auto reader = stub->AsyncGetItem(&ctx, req, cq);
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: gRPC call 'AsyncGetItem' on context 'ctx' has no deadline
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: set a deadline on the context
  // One missing deadline, one finding: the other calls on the context are its notes.
  auto prepared = stub->PrepareAsyncGetItem(&ctx, req, cq);
  // CHECK-MESSAGES: :[[@LINE-1]]:25: note: 'PrepareAsyncGetItem' also uses 'ctx'
}

void callbackNoDeadline(Inventory::Stub *stub) {
  grpc::ClientContext ctx;
  GetItemRequest req;
  Item item;
  stub->async()->GetItem(&ctx, &req, &item, [](grpc::Status) {});
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: gRPC call 'GetItem' on context 'ctx' has no deadline
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: set a deadline on the context
}

void streamingNoDeadline(Inventory::Stub *stub) {
  grpc::ClientContext ctx;
  ListItemsRequest req;
  auto reader = stub->ListItems(&ctx, req);
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: gRPC call 'ListItems' on context 'ctx' has no deadline
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: set a deadline on the context
  Item item;
  while (reader->Read(&item)) {
  }
}

// Negatives: the correct versions of the pattern and look-alikes.
grpc::Status syncWithDeadline(Inventory::Stub &stub) {
  grpc::ClientContext ctx;
  ctx.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(2));
  GetItemRequest req;
  Item item;
  return stub.GetItem(&ctx, req, &item);
}

grpc::Status deadlineInHelper(Inventory::Stub &stub) {
  grpc::ClientContext ctx;
  withDeadline(ctx);
  GetItemRequest req;
  Item item;
  return stub.GetItem(&ctx, req, &item);
}

void withDeadlinePtr(grpc::ClientContext *ctx) {
  ctx->set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(1));
}
grpc::Status deadlineInPointerHelper(Inventory::Stub &stub) {
  grpc::ClientContext ctx;
  withDeadlinePtr(&ctx);
  GetItemRequest req;
  Item item;
  return stub.GetItem(&ctx, req, &item);
}

grpc::Status contextEscapes(Inventory::Stub &stub) {
  grpc::ClientContext ctx;
  opaque(&ctx); // may set a deadline: precision first
  GetItemRequest req;
  Item item;
  return stub.GetItem(&ctx, req, &item);
}

grpc::Status propagatedFromServer(Inventory::Stub &stub, grpc::ServerContext *server) {
  // Inherits the incoming call's deadline.
  auto ctx = grpc::ClientContext::FromServerContext(*server);
  GetItemRequest req;
  Item item;
  return stub.GetItem(ctx.get(), req, &item);
}

grpc::Status propagatedFromCallbackServer(Inventory::Stub &stub,
                                          grpc::CallbackServerContext *server) {
  auto ctx = grpc::ClientContext::FromCallbackServerContext(*server);
  GetItemRequest req;
  Item item;
  return stub.GetItem(ctx.get(), req, &item);
}

grpc::Status contextFromCaller(Inventory::Stub &stub, grpc::ClientContext *ctx) {
  GetItemRequest req;
  Item item;
  return stub.GetItem(ctx, req, &item);
}

void asyncWithDeadline(Inventory::Stub *stub, grpc::CompletionQueue *cq) {
  grpc::ClientContext ctx;
  ctx.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(1));
  GetItemRequest req;
  auto reader = stub->AsyncGetItem(&ctx, req, cq);
}

// A user class that happens to take a ClientContext but is no generated stub.
struct Auditor {
  void record(grpc::ClientContext *ctx);
};
void audit(Auditor &auditor) {
  grpc::ClientContext ctx;
  auditor.record(&ctx);
}

grpc::Status suppressed(Inventory::Stub &stub) {
  grpc::ClientContext ctx;
  GetItemRequest req;
  Item item;
  return stub.GetItem(&ctx, req, &item); // NOLINT(distsys-missing-timeout)
}
