// Order status cache in Redis (hiredis), read by the support tooling.
#pragma once

#include <optional>
#include <string>

namespace orders {

struct RedisAddress {
  std::string host = "127.0.0.1";
  int port = 6379;
};

/// Records an order's status for an hour.
bool cacheOrderStatus(const RedisAddress &redis, const std::string &orderId,
                      const std::string &status);
/// The status last cached for an order.
std::optional<std::string> cachedOrderStatus(const RedisAddress &redis,
                                             const std::string &orderId);

} // namespace orders
