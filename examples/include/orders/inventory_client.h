// Client of the inventory service (gRPC, stubs generated from protos/inventory.proto).
#pragma once

#include "inventory.grpc.pb.h"

#include <grpcpp/grpcpp.h>

#include <memory>
#include <optional>
#include <string>

namespace orders {

class InventoryClient {
public:
  explicit InventoryClient(std::shared_ptr<grpc::Channel> channel)
      : stub_(inventory::v1::InventoryService::NewStub(std::move(channel))) {}

  /// Reserves stock for an order line; returns the reservation id.
  std::optional<std::string> reserve(const std::string &orderId, const std::string &sku,
                                     int quantity);
  /// Releases a reservation (order cancelled or payment failed).
  bool release(const std::string &reservationId);

private:
  std::unique_ptr<inventory::v1::InventoryService::Stub> stub_;
};

} // namespace orders
