// RUN: %check_distlint %s distsys-hardcoded-test-resource-id %t -- -std=c++17 -isystem %stubs -isystem /usr/include/postgresql
// Names a test passes to the project's own functions: reported only when the function's body
// hands the name on to an operation that creates, writes or deletes a shared resource.
#include <gtest/gtest.h>
#include <hiredis/hiredis.h>
#include <libpq-fe.h>
#include <aws/dynamodb/model/GetItemRequest.h>
#include <aws/s3/model/PutObjectRequest.h>
#include <cstdio>
#include <string>

std::string uuid();
redisContext *redis();
PGconn *db();

namespace fixtures {
void createOrdersTable(PGconn *conn, const std::string &table) {
  PQexec(conn, ("CREATE TABLE " + table + " (id int)").c_str());
}
// Through a second function, and with the name renamed on the way.
void provision(const std::string &name) {
  const std::string target = name;
  createOrdersTable(db(), target);
}
void uploadOrder(const std::string &bucket, const std::string &body) {
  Aws::S3::Model::PutObjectRequest put;
  put.SetBucket(bucket);
  put.SetKey(body);
}
void writeReport(const char *path) {
  FILE *f = fopen(path, "w");
  fclose(f);
}
void markDone(const char *key) { redisCommand(redis(), "SET %s done", key); }
} // namespace fixtures

// Look-alikes: the same parameter names, but nothing shared is created or changed with them.
long lastInsertId(PGconn *conn, const std::string &table) {
  PQexec(conn, ("SELECT max(id) FROM " + table).c_str());
  return 0;
}
void readItem(const std::string &table_name) {
  Aws::DynamoDB::Model::GetItemRequest get;
  get.SetTableName(table_name);
}
void expectTable(const std::string &table_name) { EXPECT_EQ(table_name, "orders"); }
// The name is made unique (or changed) before it reaches the operation.
void createUnique(const std::string &table) { fixtures::createOrdersTable(db(), table + uuid()); }
void createSuffixed(std::string table) {
  table += uuid();
  fixtures::createOrdersTable(db(), table);
}
// A prefix of the statement, not the table name.
void runStatement(const std::string &statement) { PQexec(db(), statement.c_str()); }
// Recursion ends.
void recurse(const std::string &table, int n) {
  if (n > 0)
    recurse(table, n - 1);
}
struct Credentials {
  Credentials(const std::string &access_key_id, const std::string &secret_key) {}
};

TEST(Helpers, HandTheNameOn) {
  fixtures::createOrdersTable(db(), "orders");
  // CHECK-MESSAGES: :[[@LINE-1]]:37: warning: table name "orders" is fixed and CREATE TABLE creates it; tests running in parallel will collide — derive it from the test name and a random suffix [distsys-hardcoded-test-resource-id]
  // CHECK-MESSAGES: :18:3: note: CREATE TABLE creates it here
  fixtures::provision("invoices");
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: table name "invoices" is fixed and CREATE TABLE creates it
  // CHECK-MESSAGES: :18:3: note: CREATE TABLE creates it here
  fixtures::uploadOrder("orders-bucket", "order-1");
  // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: bucket name "orders-bucket" is fixed and PutObject writes to it
  // CHECK-MESSAGES: :27:3: note: PutObject writes to it here
  fixtures::markDone("order:1");
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: redis key "order:1" is fixed and SET writes to it
  // CHECK-MESSAGES: :34:34: note: SET writes to it here
  // Built from fixed parts only: still one name every run.
  fixtures::createOrdersTable(db(), std::string("orders_") + "v2");
  // CHECK-MESSAGES: :[[@LINE-1]]:49: warning: table name "orders_v2" is fixed and CREATE TABLE creates it
  // CHECK-MESSAGES: :18:3: note: CREATE TABLE creates it here
  // Files: only paths in shared directories.
  fixtures::writeReport("/tmp/report.json");
  // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: file path "/tmp/report.json" is fixed and fopen opens it; tests running in parallel will collide — create it under a directory from mkdtemp
  // CHECK-MESSAGES: :31:13: note: fopen opens it here
  fixtures::writeReport("build/report.json");
}

TEST(Helpers, LookAlikes) {
  EXPECT_EQ(0, lastInsertId(db(), "orders"));
  readItem("orders");
  expectTable("orders");
  createUnique("orders");
  createSuffixed("orders");
  runStatement("SELECT 1");
  recurse("orders", 3);
  Credentials credentials("AKIDEXAMPLE", "secret");
  fixtures::createOrdersTable(db(), "orders_" + uuid());
  // Statements the test asserts fail create nothing (a read-only transaction, a bad name), while
  // the same statement outside the assertion is reported.
  EXPECT_ANY_THROW(fixtures::createOrdersTable(db(), "must_not_exist"));
  EXPECT_THROW(PQexec(db(), "CREATE TABLE must_not_exist_either (id int)"), std::exception);
  ASSERT_ANY_THROW({ PQexec(db(), "INSERT INTO read_only VALUES (1)"); });
  PQexec(db(), "INSERT INTO read_only VALUES (1)");
  // CHECK-MESSAGES: :[[@LINE-1]]:29: warning: table name "read_only" is fixed and INSERT INTO writes to it
}

// Production code that provisions its own tables is not a test.
void migrate() { fixtures::createOrdersTable(db(), "orders"); }
