// RUN: %check_distlint %s distsys-hardcoded-test-resource-id %t -- -std=c++17 -isystem %stubs -isystem /usr/include/postgresql
// Names real tests keep in variables that are not const: static strings nothing writes, fixture
// members SetUp() assigns a literal; and their look-alikes, written with a unique value.
#include <gtest/gtest.h>
#include <hiredis/hiredis.h>
#include <libpq-fe.h>
#include <string>

redisContext *redis();
PGconn *db();
std::string uuid();

namespace {
std::string kOrdersTable = "orders";
// CHECK-MESSAGES: :[[@LINE-1]]:28: warning: table name "orders" is fixed and CREATE TABLE creates it
std::string kRewritten = "placeholder";
} // namespace
static std::string kQueueKey = "jobs:queue";
// CHECK-MESSAGES: :[[@LINE-1]]:32: warning: redis key "jobs:queue" is fixed and LPUSH writes to it
static const char *kCursor = "cursor:1"; // a pointer to const chars that is itself not const
// CHECK-MESSAGES: :[[@LINE-1]]:30: warning: redis key "cursor:1" is fixed and SET writes to it
// Visible to other files, which may assign it: not followed.
std::string gExternalTable = "external";

void createTable(const std::string &table) {
  PQexec(db(), ("CREATE TABLE " + table + " (id int)").c_str());
}

class OrdersTest : public ::testing::Test {
protected:
  void SetUp() override {
    table_ = "orders_fixture";
    // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: table name "orders_fixture" is fixed and CREATE TABLE creates it
    unique_ = "orders_" + uuid();
    twice_ = "first";
    kRewritten = uuid();
  }
  void TearDown() override { twice_ = "second"; }
  std::string table_;
  std::string unique_;
  std::string twice_;
};

TEST_F(OrdersTest, UsesNames) {
  createTable(kOrdersTable);
  redisCommand(redis(), "LPUSH %s job-1", kQueueKey.c_str());
  createTable(table_);
  // Look-alikes: a member assigned a unique value, one assigned two different names, a static
  // that SetUp() rewrites, a global other files can write.
  createTable(unique_);
  createTable(twice_);
  createTable(kRewritten);
  createTable(gExternalTable);
  redisCommand(redis(), "SET %s 1", kCursor);
}

TEST(Statics, FunctionLocal) {
  static std::string table = "local_static";
  // CHECK-MESSAGES: :[[@LINE-1]]:30: warning: table name "local_static" is fixed and CREATE TABLE creates it
  createTable(table);
  static std::string counter = "counter";
  counter += uuid();
  createTable(counter);
}
