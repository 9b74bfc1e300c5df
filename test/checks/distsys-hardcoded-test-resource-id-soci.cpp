// RUN: %check_distlint %s distsys-hardcoded-test-resource-id %t -- -std=c++17
// SOCI's session stream, on Debian's libsoci-dev: a fixed table name in a statement a test runs on
// a shared database collides with a parallel run; an in-memory SQLite session shares nothing.
#include <gtest/gtest.h>
#include <soci/soci.h>
#include <soci/sqlite3/soci-sqlite3.h>
#include <string>

soci::session &sharedSession();

TEST(Soci, SharedDatabase) {
  soci::session sql("postgresql", "dbname=app_test connect_timeout=5");
  sql << "CREATE TABLE orders (id integer)";
  // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: table name "orders" is fixed and CREATE TABLE creates it
  sql.once << "INSERT INTO orders_archive (id) VALUES (1)";
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: table name "orders_archive" is fixed and INSERT INTO writes to it
  soci::session &shared = sharedSession();
  shared << "DROP TABLE IF EXISTS ledger";
  // CHECK-MESSAGES: :[[@LINE-1]]:35: warning: table name "ledger" is fixed and DROP TABLE deletes it
  // Opened in memory, then reopened on a file: not private.
  soci::session reopened("sqlite3", ":memory:");
  reopened.close();
  reopened.open("sqlite3", "db=orders.db");
  reopened << "CREATE TABLE orders_reopened (id integer)";
  // CHECK-MESSAGES: :[[@LINE-1]]:29: warning: table name "orders_reopened" is fixed and CREATE TABLE creates it
}

TEST(Soci, PrivateDatabases) {
  soci::session memory("sqlite3", ":memory:");
  memory << "CREATE TABLE orders (id integer)";
  soci::session keyword("sqlite3", "db=:memory: timeout=2");
  keyword << "INSERT INTO orders (id) VALUES (1)";
  soci::session uri("sqlite3://db=:memory:");
  uri << "DROP TABLE orders";
  soci::session opened;
  opened.open("sqlite3", "dbname=:memory:");
  opened << "CREATE TABLE orders (id integer)";
}

std::string connectString; // from the test's command line

TEST(Soci, EmbeddedDatabaseChosenByTheRunner) {
  soci::session byName("sqlite3", connectString);
  byName << "CREATE TABLE orders (id integer)";
  soci::session byFactory(soci::sqlite3, connectString);
  byFactory << "CREATE TABLE orders (id integer)";
  soci::backend_factory const &backEnd = *soci::factory_sqlite3();
  soci::session byReference(backEnd, connectString);
  byReference << "CREATE TABLE orders (id integer)";
}

TEST(Soci, ServerOrFileChosenElsewhere) {
  soci::session server("postgresql", connectString);
  server << "CREATE TABLE orders_server (id integer)";
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: table name "orders_server" is fixed and CREATE TABLE creates it
  soci::session anyBackend(connectString);
  anyBackend << "CREATE TABLE orders_any (id integer)";
  // CHECK-MESSAGES: :[[@LINE-1]]:31: warning: table name "orders_any" is fixed and CREATE TABLE creates it
  soci::session file(soci::sqlite3, "/var/lib/app/orders.db");
  file << "CREATE TABLE orders_file (id integer)";
  // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: table name "orders_file" is fixed and CREATE TABLE creates it
}

// Helpers that receive the session: judged by what every call in this file passes.
struct OrdersTable {
  explicit OrdersTable(soci::session &sql) : sql_(sql) { sql_ << "CREATE TABLE orders (id integer)"; }
  soci::session &sql_;
};

void fillOrders(soci::session &sql) { sql << "INSERT INTO orders (id) VALUES (1)"; }

struct SharedLedger {
  explicit SharedLedger(soci::session &sql) : sql_(sql) {
    sql_ << "CREATE TABLE ledger_helper (id integer)";
    // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: table name "ledger_helper" is fixed and CREATE TABLE creates it
  }
  soci::session &sql_;
};

void fillLedger(soci::session &sql) {
  sql << "INSERT INTO ledger_fill (id) VALUES (1)";
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: table name "ledger_fill" is fixed and INSERT INTO writes to it
}

TEST(Soci, HelpersOnPrivateSessions) {
  soci::session sql(soci::sqlite3, connectString);
  OrdersTable table(sql);
  fillOrders(sql);
  soci::session memory("sqlite3", ":memory:");
  OrdersTable again(memory);
  fillOrders(memory);
}

TEST(Soci, HelpersOnASharedSessionToo) {
  soci::session memory("sqlite3", ":memory:");
  SharedLedger ledger(memory);
  fillLedger(memory);
  SharedLedger shared(sharedSession());
  fillLedger(sharedSession());
}

TEST(Soci, ReadsAndTemporaryTables) {
  soci::session &sql = sharedSession();
  int count = 0;
  sql << "SELECT COUNT(*) FROM orders", soci::into(count);
  sql << "CREATE TEMP TABLE scratch (id integer)";
}

// One finding per fixed name and test: the test has one name to change, not one per statement.
TEST(Soci, OneFindingPerNameAndTest) {
  soci::session &sql = sharedSession();
  sql << "CREATE TABLE invoices (id integer)";
  // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: table name "invoices" is fixed and CREATE TABLE creates it
  sql << "INSERT INTO invoices (id) VALUES (1)";
  sql << "INSERT INTO INVOICES (id) VALUES (2)";
  sql << "DELETE FROM invoices";
  sql << "INSERT INTO invoice_lines (id) VALUES (1)";
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: table name "invoice_lines" is fixed and INSERT INTO writes to it
}

TEST(Soci, SameNameInAnotherTest) {
  sharedSession() << "INSERT INTO invoices (id) VALUES (3)";
  // CHECK-MESSAGES: :[[@LINE-1]]:35: warning: table name "invoices" is fixed and INSERT INTO writes to it
}
