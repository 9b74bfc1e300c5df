// RUN: %check_distlint %s distsys-missing-timeout %t -- -std=c++17
#include <hiredis/hiredis.h>
#include <sys/time.h>

void applyTimeout(redisContext *c) {
  struct timeval tv = {1, 500000};
  redisSetTimeout(c, tv);
}
void registerConnection(redisContext *c);

void tcpNoTimeout() {
  redisContext *c = redisConnect("cache.internal", 6379);
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: redis connection 'c' opened with 'redisConnect' has no timeout; use redisConnectWithTimeout or call redisSetTimeout on it [distsys-missing-timeout]
  if (c == nullptr || c->err)
    return;
  redisReply *reply = static_cast<redisReply *>(redisCommand(c, "GET %s", "sku:42"));
  freeReplyObject(reply);
  redisFree(c);
}

void unixNoTimeout() {
  redisContext *ctx = redisConnectUnix("/run/redis/redis.sock");
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: redis connection 'ctx' opened with 'redisConnectUnix' has no timeout; use redisConnectUnixWithTimeout or call redisSetTimeout on it
  redisCommand(ctx, "PING");
  redisFree(ctx);
}

void assignedLater(bool primary) {
  redisContext *c = nullptr;
  if (primary)
    c = redisConnect("primary.cache.internal", 6379);
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: redis connection 'c' opened with 'redisConnect' has no timeout
  else
    c = redisConnect("replica.cache.internal", 6379);
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: redis connection 'c' opened with 'redisConnect' has no timeout
  redisCommand(c, "PING");
  redisFree(c);
}

// Negatives: the correct versions of the pattern and look-alikes.
void withTimeoutConnect() {
  struct timeval tv = {1, 0};
  redisContext *c = redisConnectWithTimeout("cache.internal", 6379, tv);
  redisCommand(c, "PING");
  redisFree(c);
}

void unixWithTimeoutConnect() {
  struct timeval tv = {0, 200000};
  redisContext *c = redisConnectUnixWithTimeout("/run/redis/redis.sock", tv);
  redisFree(c);
}

void setTimeoutAfterConnect() {
  redisContext *c = redisConnect("cache.internal", 6379);
  struct timeval tv = {2, 0};
  redisSetTimeout(c, tv);
  redisCommand(c, "PING");
  redisFree(c);
}

void setTimeoutInHelper() {
  redisContext *c = redisConnect("cache.internal", 6379);
  applyTimeout(c);
  redisCommand(c, "PING");
}

void handedToUnknownCode() {
  redisContext *c = redisConnect("cache.internal", 6379);
  registerConnection(c); // may set a timeout: precision first
}

redisContext *factory() {
  // Returned to the caller, which may bound it.
  redisContext *c = redisConnect("cache.internal", 6379);
  return c;
}

void nonBlocking() {
  // Non-blocking contexts are driven by the caller's event loop and its timers.
  redisContext *c = redisConnectNonBlock("cache.internal", 6379);
  redisFree(c);
}

void suppressed() {
  redisContext *c = redisConnect("cache.internal", 6379); // NOLINT(distsys-missing-timeout)
  redisFree(c);
}
