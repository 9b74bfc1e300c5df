#include "orders/order.h"

#include <gtest/gtest.h>

namespace {

orders::v1::PlaceOrderRequest twoItems() {
  orders::v1::PlaceOrderRequest request;
  auto *book = request.add_items();
  book->set_sku("BOOK-1");
  book->set_quantity(2);
  book->set_unit_price_cents(1250);
  auto *pen = request.add_items();
  pen->set_sku("PEN-7");
  pen->set_quantity(3);
  pen->set_unit_price_cents(199);
  return request;
}

TEST(OrderTotal, SumsQuantityTimesUnitPrice) {
  EXPECT_EQ(orders::orderTotalCents(twoItems()), 2 * 1250 + 3 * 199);
}

TEST(OrderTotal, EmptyOrderIsFree) {
  EXPECT_EQ(orders::orderTotalCents(orders::v1::PlaceOrderRequest{}), 0);
}

TEST(OrderId, IsPrefixedAndUnique) {
  std::string first = orders::newOrderId();
  EXPECT_EQ(first.rfind("ord_", 0), 0u);
  EXPECT_EQ(first.size(), 20u);
  EXPECT_NE(first, orders::newOrderId());
}

TEST(PaymentIdempotencyKey, IsStablePerOrder) {
  EXPECT_EQ(orders::paymentIdempotencyKey("ord_1"), orders::paymentIdempotencyKey("ord_1"));
  EXPECT_NE(orders::paymentIdempotencyKey("ord_1"), orders::paymentIdempotencyKey("ord_2"));
}

} // namespace
