#include "orders/orders_service.h"
#include "orders/order.h"

#include <vector>

namespace orders {

grpc::Status OrdersServiceImpl::PlaceOrder(grpc::ServerContext *context,
                                           const orders::v1::PlaceOrderRequest *request,
                                           orders::v1::PlaceOrderReply *reply) {
  if (request->items().empty())
    return {grpc::StatusCode::INVALID_ARGUMENT, "an order needs at least one item"};
  std::string orderId = newOrderId();
  std::vector<std::string> reservations;
  auto releaseAll = [&] {
    for (const std::string &reservation : reservations)
      inventory_.release(reservation); // distlint-expect: distsys-unpropagated-trace-context
  };
  for (const orders::v1::LineItem &item : request->items()) {
    std::optional<std::string> reservation =
        inventory_.reserve(orderId, item.sku(), item.quantity()); // distlint-expect: distsys-unpropagated-trace-context
    if (!reservation) {
      releaseAll();
      return {grpc::StatusCode::FAILED_PRECONDITION, "out of stock: " + item.sku()};
    }
    reservations.push_back(*reservation);
  }
  std::int64_t total = orderTotalCents(*request);
  std::optional<std::string> charge =
      payments_.charge(request->payment_token(), total, paymentIdempotencyKey(orderId)); // distlint-expect: distsys-unpropagated-trace-context
  if (!charge) {
    releaseAll();
    return {grpc::StatusCode::ABORTED, "payment declined"};
  }
  cacheOrderStatus(cache_, orderId, "paid");
  reply->set_order_id(orderId);
  reply->set_total_cents(total);
  return grpc::Status::OK;
}

grpc::Status OrdersServiceImpl::CancelOrder(grpc::ServerContext *context,
                                            const orders::v1::CancelOrderRequest *request,
                                            orders::v1::CancelOrderReply *reply) {
  std::optional<std::string> status = cachedOrderStatus(cache_, request->order_id());
  if (!status)
    return {grpc::StatusCode::NOT_FOUND, "unknown order " + request->order_id()};
  if (*status == "shipped")
    return {grpc::StatusCode::FAILED_PRECONDITION, "order already shipped"};
  cacheOrderStatus(cache_, request->order_id(), "cancelled");
  return grpc::Status::OK;
}

} // namespace orders
