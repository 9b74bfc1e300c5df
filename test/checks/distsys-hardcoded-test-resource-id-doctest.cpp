// RUN: %check_distlint %s distsys-hardcoded-test-resource-id %t -- -std=c++17 -isystem %stubs
#include <doctest/doctest.h>
#include <hiredis/hiredis.h>
#include <string>

redisContext *redis();
std::string randomSuffix();
void createStream(const std::string &stream_name) {
  redisCommand(redis(), "XADD %s * event created", stream_name.c_str());
}

TEST_CASE("streams are created") {
  createStream("orders-stream");
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: redis key "orders-stream" is fixed and XADD writes to it; tests running in parallel will collide — derive it from the test name and a random suffix [distsys-hardcoded-test-resource-id]
  SUBCASE("with a unique name") {
    std::string name = "orders-" + randomSuffix();
    createStream(name);
    CHECK(name != "orders-stream");
  }
}

struct RedisFixture {
  std::string prefix = "cart:" + randomSuffix();
};

TEST_CASE_FIXTURE(RedisFixture, "carts are stored") {
  redisCommand(redis(), "HSET %s item 1", (prefix + ":items").c_str());
  redisCommand(redis(), "HSET cart:items item 1");
  // CHECK-MESSAGES: :[[@LINE-1]]:31: warning: redis key "cart:items" is fixed
}
