// Order arithmetic and identifiers: pure code, no I/O.
#pragma once

#include "orders.pb.h"

#include <cstdint>
#include <string>

namespace orders {

/// Sum of quantity x unit price over the request's line items, in cents.
std::int64_t orderTotalCents(const orders::v1::PlaceOrderRequest &request);

/// A new random order id ("ord_" + 16 hex digits).
std::string newOrderId();

/// The idempotency key sent with every payment call for \p orderId, so a retried charge is
/// charged once.
std::string paymentIdempotencyKey(const std::string &orderId);

} // namespace orders
