#include "orders/order_cache.h"

#include <hiredis/hiredis.h>

#include <sys/time.h>

namespace orders {

bool cacheOrderStatus(const RedisAddress &address, const std::string &orderId,
                      const std::string &status) {
  const timeval timeout{0, 200 * 1000}; // 200 ms for the connect and for every command
  redisContext *redis = redisConnectWithTimeout(address.host.c_str(), address.port, timeout);
  if (!redis || redis->err) {
    redisFree(redis);
    return false;
  }
  redisSetTimeout(redis, timeout); // correct: commands are bounded too
  auto *reply = static_cast<redisReply *>(redisCommand(
      redis, "SET order:%s:status %s EX 3600", orderId.c_str(), status.c_str()));
  bool ok = reply && reply->type == REDIS_REPLY_STATUS;
  freeReplyObject(reply);
  redisFree(redis);
  return ok;
}

std::optional<std::string> cachedOrderStatus(const RedisAddress &address,
                                             const std::string &orderId) {
  // Neither the connect nor the GET is bounded: an unreachable or overloaded Redis hangs the
  // support tool's request. distlint reports it once, where the connection is opened.
  redisContext *redis = redisConnect(address.host.c_str(), address.port); // distlint-expect: distsys-missing-timeout
  if (!redis || redis->err) {
    redisFree(redis);
    return std::nullopt;
  }
  auto *reply = static_cast<redisReply *>(
      redisCommand(redis, "GET order:%s:status", orderId.c_str()));
  std::optional<std::string> status;
  if (reply && reply->type == REDIS_REPLY_STRING)
    status.emplace(reply->str, reply->len);
  freeReplyObject(reply);
  redisFree(redis);
  return status;
}

} // namespace orders
