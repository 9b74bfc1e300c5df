// The OrdersService gRPC API: places an order by reserving stock, charging the customer,
// booking the shipment and recording the status.
#pragma once

#include "orders.grpc.pb.h"
#include "orders/inventory_client.h"
#include "orders/order_cache.h"
#include "orders/payment_client.h"
#include "orders/shipping_client.h"

namespace orders {

class OrdersServiceImpl final : public orders::v1::OrdersService::Service {
public:
  OrdersServiceImpl(InventoryClient &inventory, PaymentClient &payments,
                    ShippingClient &shipping, RedisAddress cache)
      : inventory_(inventory), payments_(payments), shipping_(shipping),
        cache_(std::move(cache)) {}

  grpc::Status PlaceOrder(grpc::ServerContext *context,
                          const orders::v1::PlaceOrderRequest *request,
                          orders::v1::PlaceOrderReply *reply) override;
  grpc::Status CancelOrder(grpc::ServerContext *context,
                           const orders::v1::CancelOrderRequest *request,
                           orders::v1::CancelOrderReply *reply) override;

private:
  InventoryClient &inventory_;
  PaymentClient &payments_;
  ShippingClient &shipping_;
  RedisAddress cache_;
};

} // namespace orders
