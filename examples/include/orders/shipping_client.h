// Client of the internal shipping service, over the in-house HTTP client.
#pragma once

#include "orders/http_client.h"

#include <optional>
#include <string>

namespace orders {

class ShippingClient {
public:
  explicit ShippingClient(std::string baseUrl) : baseUrl_(std::move(baseUrl)) {}

  /// The shipping price for a parcel, in cents.
  std::optional<long> quote(const std::string &postcode, int grams);
  /// Books the shipment of a paid order; returns the tracking number.
  std::optional<std::string> book(const std::string &orderId, const std::string &postcode);

private:
  std::string baseUrl_;
  http::Client client_;
};

} // namespace orders
