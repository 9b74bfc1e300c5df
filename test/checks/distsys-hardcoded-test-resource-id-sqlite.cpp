// RUN: %check_distlint %s distsys-hardcoded-test-resource-id %t -- -std=c++17
// SQLite databases private to the test process (":memory:", "" for a temporary file, memory URIs)
// share nothing; a database file at a fixed path, or a connection from elsewhere, may be shared.
#include <gtest/gtest.h>
#include <sqlite3.h>

sqlite3 *openSharedStore();

TEST(Sqlite, InMemory) {
  sqlite3 *db = nullptr;
  sqlite3_open(":memory:", &db);
  sqlite3_exec(db, "CREATE TABLE orders (id int)", nullptr, nullptr, nullptr);
  sqlite3 *temp = nullptr;
  sqlite3_open_v2("", &temp, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
  sqlite3_exec(temp, "INSERT INTO orders VALUES (1)", nullptr, nullptr, nullptr);
  sqlite3 *uri = nullptr;
  sqlite3_open("file:orders?mode=memory&cache=shared", &uri);
  sqlite3_exec(uri, "DROP TABLE orders", nullptr, nullptr, nullptr);
}

TEST(Sqlite, SharedFile) {
  sqlite3 *db = nullptr;
  sqlite3_open("/var/lib/app/orders.db", &db);
  sqlite3_exec(db, "CREATE TABLE orders_file (id int)", nullptr, nullptr, nullptr);
  // CHECK-MESSAGES: :[[@LINE-1]]:34: warning: table name "orders_file" is fixed and CREATE TABLE creates it
  sqlite3 *store = openSharedStore();
  sqlite3_exec(store, "CREATE TABLE orders_store (id int)", nullptr, nullptr, nullptr);
  // CHECK-MESSAGES: :[[@LINE-1]]:37: warning: table name "orders_store" is fixed and CREATE TABLE creates it
  // Opened in memory once, then reopened on a file: not private.
  sqlite3 *reopened = nullptr;
  sqlite3_open(":memory:", &reopened);
  sqlite3_close(reopened);
  sqlite3_open("orders.db", &reopened);
  sqlite3_exec(reopened, "CREATE TABLE orders_reopened (id int)", nullptr, nullptr, nullptr);
  // CHECK-MESSAGES: :[[@LINE-1]]:40: warning: table name "orders_reopened" is fixed and CREATE TABLE creates it
}
