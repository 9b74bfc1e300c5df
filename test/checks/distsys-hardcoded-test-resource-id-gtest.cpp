// RUN: %check_distlint %s distsys-hardcoded-test-resource-id %t -- -std=c++17 -isystem %stubs -isystem /usr/include/postgresql
#include <gtest/gtest.h>
#include <hiredis/hiredis.h>
#include <libpq-fe.h>
#include <aws/dynamodb/model/CreateTableRequest.h>
#include <aws/dynamodb/model/GetItemRequest.h>
#include <aws/s3/model/PutObjectRequest.h>
#include <aws/sqs/model/CreateQueueRequest.h>
#include <unistd.h>
#include <atomic>
#include <cstdio>
#include <random>
#include <string>

// The project's own API, declared only: what a function without a body here does with a name is
// unknown, and a parameter named like an identifier is not enough (seen on real tests: a
// last-insert-id look-up by table name, a region resolver, a credentials builder).
struct WorkflowClient {
  explicit WorkflowClient(const std::string &tenant_id);
  void startWorkflow(const std::string &workflow_id, const std::string &payload);
};
void createTenant(const std::string &tenantId);
long getLastInsertId(const std::string &table);
std::string uuid();
redisContext *redis();
PGconn *db();

namespace {
const std::string kJobs = "jobs";
// CHECK-MESSAGES: :[[@LINE-1]]:27: warning: table name "jobs" is fixed
const char *const kJobsArchive = "jobs_archive";
// CHECK-MESSAGES: :[[@LINE-1]]:34: warning: table name "jobs_archive" is fixed
constexpr const char *kTable = "workflows";
// CHECK-MESSAGES: :[[@LINE-1]]:32: warning: table name "workflows" is fixed and CreateTable creates it; tests running in parallel will collide — derive it from the test name and a random suffix [distsys-hardcoded-test-resource-id]
const std::string kUnusedInTests = "never-used";

std::string uniqueName(const std::string &prefix) {
  static std::atomic<int> counter{0};
  return prefix + "-" + ::testing::UnitTest::GetInstance()->current_test_info()->name() + "-" +
         std::to_string(getpid()) + "-" + std::to_string(counter++);
}
} // namespace

TEST(Workflows, AwsRequestsWithFixedNames) {
  Aws::DynamoDB::Model::CreateTableRequest create;
  create.SetTableName(kTable);
  // CHECK-MESSAGES: :[[@LINE-1]]:23: note: 'kTable' is used as the table name here
  Aws::SQS::Model::CreateQueueRequest queue;
  queue.WithQueueName("workflow-events");
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: queue name "workflow-events" is fixed and CreateQueue creates it; tests running in parallel will collide
  Aws::DynamoDB::Model::CreateTableRequest again;
  again.SetTableName(kTable); // the same literal is reported once
  // A read of a fixed table is not a collision by itself.
  Aws::DynamoDB::Model::GetItemRequest get;
  get.SetTableName("reference-data");
  EXPECT_EQ(create.GetTableName(), "workflows");
}

TEST(Workflows, RedisKeys) {
  redisCommand(redis(), "SET workflow_123 %s", "payload");
  // CHECK-MESSAGES: :[[@LINE-1]]:30: warning: redis key "workflow_123" is fixed and SET writes to it; tests running in parallel will collide
  const char *key = "workflow_456";
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: redis key "workflow_456" is fixed
  redisCommand(redis(), "SET %s %s", key, "running");
  // CHECK-MESSAGES: :[[@LINE-1]]:38: note: 'key' is used as the redis key here
  redisCommand(redis(), "DEL %s", "workflow_789");
  // CHECK-MESSAGES: :[[@LINE-1]]:35: warning: redis key "workflow_789" is fixed and DEL deletes it
  // Negatives: values, reads, keys with a unique part.
  redisCommand(redis(), "SET %s %s", uniqueName("workflow").c_str(), "fixed-value");
  redisCommand(redis(), "GET workflow_123");
  redisCommand(redis(), "SET workflow:%s 1", uuid().c_str());
  std::string mutableKey = "draft";
  mutableKey += uuid();
  redisCommand(redis(), "SET %s 1", mutableKey.c_str());
}

TEST(Workflows, SqlTables) {
  PQexec(db(), "CREATE TABLE IF NOT EXISTS workflow_runs (id text primary key)");
  // CHECK-MESSAGES: :[[@LINE-1]]:44: warning: table name "workflow_runs" is fixed and CREATE TABLE creates it; tests running in parallel will collide
  PQexec(db(), "INSERT INTO audit_log VALUES (1)");
  // CHECK-MESSAGES: :[[@LINE-1]]:29: warning: table name "audit_log" is fixed and INSERT INTO writes to it
  // Negatives: a session-private table, a prefix with a unique part, reads.
  PQexec(db(), "CREATE TEMP TABLE scratch (id int)");
  PQexec(db(), "INSERT INTO scratch VALUES (1)");
  std::string table = uniqueName("runs");
  PQexec(db(), ("CREATE TABLE " + table + " (id int)").c_str());
  PQexec(db(), ("INSERT INTO runs_" + uuid() + " VALUES (1)").c_str());
  PQexec(db(), "SELECT count(*) FROM workflows");
  // A constant table name concatenated into the statement, directly or through a variable.
  PQexec(db(), (std::string("DELETE FROM ") + kJobs + " WHERE id = 1").c_str());
  std::string truncate = std::string("TRUNCATE ") + kJobsArchive;
  PQexec(db(), truncate.c_str());
  std::string later = "CREATE TABLE later_table (id int)";
  later = "CREATE TABLE " + uniqueName("later") + " (id int)";
  PQexec(db(), later.c_str());
}

TEST(Workflows, DeclaredProjectFunctions) {
  WorkflowClient client("t1");
  client.startWorkflow("workflow_123", "{\"step\": 1}");
  createTenant("tenant-a");
  EXPECT_EQ(1, getLastInsertId("orders"));
}

TEST(Workflows, SharedFiles) {
  FILE *f = fopen("/tmp/workflows.json", "w");
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: file path "/tmp/workflows.json" is fixed and fopen opens it; tests running in parallel will collide — create it under a directory from mkdtemp or derive it from the test name and a random suffix
  fclose(f);
  // Negatives: a path outside shared directories, a unique directory.
  FILE *g = fopen("testdata/input.json", "r");
  fclose(g);
  char dir[] = "/tmp/workflows-XXXXXX";
  mkdtemp(dir);
}

// A fixture: SetUp/TearDown and helpers the tests call run as part of the tests.
class OrdersTest : public ::testing::Test {
protected:
  void SetUp() override {
    redisCommand(redis(), "SADD orders pending");
    // CHECK-MESSAGES: :[[@LINE-1]]:33: warning: redis key "orders" is fixed
    tenant_ = uniqueName("tenant");
  }
  void TearDown() override { redisCommand(redis(), "DEL %s", tenant_.c_str()); }
  void seed() { PQexec(db(), "INSERT INTO orders VALUES (1)"); }
  // CHECK-MESSAGES: :[[@LINE-1]]:43: warning: table name "orders" is fixed
  static constexpr const char *kBucket = "orders-bucket";
  // CHECK-MESSAGES: :[[@LINE-1]]:42: warning: bucket name "orders-bucket" is fixed and PutObject writes to it
  std::string tenant_;
};

TEST_F(OrdersTest, UsesFixture) {
  seed();
  redisCommand(redis(), "SET %s 1", tenant_.c_str()); // set from a unique source in SetUp
  Aws::S3::Model::PutObjectRequest put;
  put.SetBucket(kBucket);
  // CHECK-MESSAGES: :[[@LINE-1]]:17: note: 'kBucket' is used as the bucket name here
  put.SetKey("orders/1.json");
}

class ParamTest : public ::testing::TestWithParam<int> {};
TEST_P(ParamTest, Param) {
  auto run = [] { redisCommand(redis(), "SET param-key 1"); };
  // CHECK-MESSAGES: :[[@LINE-1]]:46: warning: redis key "param-key" is fixed and SET writes to it
  run();
}

template <typename T> class TypedTest : public ::testing::Test {};
using Types = ::testing::Types<int, long>;
TYPED_TEST_SUITE(TypedTest, Types);
TYPED_TEST(TypedTest, Typed) {
  redisCommand(redis(), "SET typed-key 1");
  // CHECK-MESSAGES: :[[@LINE-1]]:30: warning: redis key "typed-key" is fixed and SET writes to it
}

// Production code naming its own resources is fine.
void migrate() {
  PQexec(db(), "CREATE TABLE workflows (id text)");
  redisCommand(redis(), "SET config:version 3");
  createTenant("system");
}
