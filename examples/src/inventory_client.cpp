#include "orders/inventory_client.h"

#include <chrono>

namespace orders {

std::optional<std::string> InventoryClient::reserve(const std::string &orderId,
                                                    const std::string &sku, int quantity) {
  inventory::v1::ReserveRequest request;
  request.set_order_id(orderId);
  request.set_sku(sku);
  request.set_quantity(quantity);
  inventory::v1::ReserveReply reply;
  grpc::ClientContext context;
  context.AddMetadata("x-order-id", orderId);
  // No deadline: gRPC's default is "wait forever", so a wedged inventory replica blocks checkout.
  grpc::Status status = stub_->Reserve(&context, request, &reply); // distlint-expect: distsys-missing-timeout
  if (!status.ok())
    return std::nullopt;
  return reply.reservation_id();
}

bool InventoryClient::release(const std::string &reservationId) {
  inventory::v1::ReleaseRequest request;
  request.set_reservation_id(reservationId);
  inventory::v1::ReleaseReply reply;
  grpc::ClientContext context;
  context.set_deadline(std::chrono::system_clock::now() + std::chrono::milliseconds(300));
  return stub_->Release(&context, request, &reply).ok(); // correct: bounded by the deadline
}

} // namespace orders
