#include "orders/order.h"

#include <cstdio>
#include <random>

namespace orders {

std::int64_t orderTotalCents(const orders::v1::PlaceOrderRequest &request) {
  std::int64_t total = 0;
  for (const orders::v1::LineItem &item : request.items())
    total += static_cast<std::int64_t>(item.quantity()) * item.unit_price_cents();
  return total;
}

std::string newOrderId() {
  static thread_local std::mt19937_64 generator{std::random_device{}()};
  char id[24];
  std::snprintf(id, sizeof id, "ord_%016llx",
                static_cast<unsigned long long>(generator()));
  return id;
}

std::string paymentIdempotencyKey(const std::string &orderId) { return "charge-" + orderId; }

} // namespace orders
