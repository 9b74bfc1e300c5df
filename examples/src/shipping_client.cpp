#include "orders/shipping_client.h"

#include <chrono>

namespace orders {

std::optional<long> ShippingClient::quote(const std::string &postcode, int grams) {
  http::Request request("GET", baseUrl_ + "/v2/quotes?postcode=" + postcode +
                                   "&grams=" + std::to_string(grams));
  request.header("Accept: text/plain");
  request.setTimeout(std::chrono::milliseconds(800)); // correct: quotes are on the checkout path
  http::Response response = client_.send(request);
  if (response.status != 200)
    return std::nullopt;
  return std::stol(response.body);
}

std::optional<std::string> ShippingClient::book(const std::string &orderId,
                                                const std::string &postcode) {
  http::Request request("POST", baseUrl_ + "/v2/shipments");
  request.header("Content-Type: application/x-www-form-urlencoded")
      .body("order=" + orderId + "&postcode=" + postcode);
  // Forgot request.setTimeout(...): the in-house client then waits forever, like libcurl.
  http::Response response = client_.send(request); // distlint-expect: distsys-missing-timeout
  if (response.status != 201)
    return std::nullopt;
  return response.body;
}

} // namespace orders
