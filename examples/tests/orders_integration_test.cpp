// Integration tests of an orders service against real Redis, PostgreSQL and an HTTP API.
//
// distsys-hardcoded-test-resource-id: the first suite names its table, keys, tenant and files
// with fixed literals, so two copies running in parallel (ctest -j, sharded CI jobs) collide.
// The second suite derives every name from the test's name, the process id and a counter.
#include <curl/curl.h>
#include <gtest/gtest.h>
#include <hiredis/hiredis.h>
#include <libpq-fe.h>
#include <unistd.h>

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <string>

namespace {

// The service's client, as the tests see it.
class OrdersClient {
public:
  explicit OrdersClient(std::string tenant_id) : tenant_(std::move(tenant_id)) {}

  long placeOrder(const std::string &order_id, const std::string &payload) {
    CURL *h = curl_easy_init();
    if (!h)
      return -1;
    std::string url = "http://orders.internal/tenants/" + tenant_ + "/orders/" + order_id;
    curl_easy_setopt(h, CURLOPT_URL, url.c_str());
    curl_easy_setopt(h, CURLOPT_POSTFIELDS, payload.c_str());
    curl_easy_setopt(h, CURLOPT_TIMEOUT_MS, 5000L);
    long status = 0;
    if (curl_easy_perform(h) == CURLE_OK)
      curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &status);
    curl_easy_cleanup(h);
    return status;
  }

private:
  std::string tenant_;
};

PGconn *connectDb() { return PQconnectdb("dbname=orders_test connect_timeout=5"); }

redisContext *connectRedis() {
  timeval timeout{2, 0};
  return redisConnectWithTimeout("127.0.0.1", 6379, timeout);
}

void exec(PGconn *conn, const std::string &sql) { PQclear(PQexec(conn, sql.c_str())); }

constexpr const char *kOrdersTable = "orders";

} // namespace

// --- Flaky: fixed names shared by every run ------------------------------------------------

class FixedNamesTest : public ::testing::Test {
protected:
  void SetUp() override {
    db_ = connectDb();
    redis_ = connectRedis();
    PQclear(PQexec(db_, "CREATE TABLE IF NOT EXISTS orders (id text primary key, total int)"));
  }
  void TearDown() override {
    PQclear(PQexec(db_, "DROP TABLE orders"));
    freeReplyObject(redisCommand(redis_, "DEL orders:pending"));
    redisFree(redis_);
    PQfinish(db_);
  }
  PGconn *db_ = nullptr;
  redisContext *redis_ = nullptr;
};

TEST_F(FixedNamesTest, PlacesOrder) {
  OrdersClient client("t1");
  EXPECT_EQ(client.placeOrder("order_123", R"({"total": 42})"), 201);
  freeReplyObject(redisCommand(redis_, "SADD %s %s", "orders:pending", "order_123"));
  std::string insert = std::string("INSERT INTO ") + kOrdersTable + " VALUES ('order_123', 42)";
  PQclear(PQexec(db_, insert.c_str()));
  FILE *receipt = std::fopen("/tmp/orders-receipt.json", "w");
  if (receipt)
    std::fclose(receipt);
}

// --- Reliable: every name is unique to the test and the process ----------------------------

namespace {
std::string uniqueName(const std::string &prefix) {
  static std::atomic<int> counter{0};
  return prefix + "_" + ::testing::UnitTest::GetInstance()->current_test_info()->name() + "_" +
         std::to_string(getpid()) + "_" + std::to_string(counter++);
}
} // namespace

class UniqueNamesTest : public ::testing::Test {
protected:
  void SetUp() override {
    db_ = connectDb();
    redis_ = connectRedis();
    table_ = uniqueName("orders");
    pendingKey_ = uniqueName("orders:pending");
    tenant_ = uniqueName("tenant");
    exec(db_, "CREATE TABLE " + table_ + " (id text primary key, total int)");
  }
  void TearDown() override {
    exec(db_, "DROP TABLE " + table_);
    freeReplyObject(redisCommand(redis_, "DEL %s", pendingKey_.c_str()));
    redisFree(redis_);
    PQfinish(db_);
  }
  PGconn *db_ = nullptr;
  redisContext *redis_ = nullptr;
  std::string table_, pendingKey_, tenant_;
};

TEST_F(UniqueNamesTest, PlacesOrder) {
  OrdersClient client(tenant_);
  std::string order = uniqueName("order");
  EXPECT_EQ(client.placeOrder(order, R"({"total": 42})"), 201);
  freeReplyObject(redisCommand(redis_, "SADD %s %s", pendingKey_.c_str(), order.c_str()));
  exec(db_, "INSERT INTO " + table_ + " VALUES ('" + order + "', 42)");
  char dir[] = "/tmp/orders-XXXXXX";
  if (mkdtemp(dir)) {
    std::string path = std::string(dir) + "/receipt.json";
    if (FILE *receipt = std::fopen(path.c_str(), "w"))
      std::fclose(receipt);
  }
}
