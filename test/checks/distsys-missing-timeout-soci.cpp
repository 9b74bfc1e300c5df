// RUN: %check_distlint %s distsys-missing-timeout %t -- -std=c++17 -I/usr/include/postgresql
// SOCI hands a PostgreSQL connect string to libpq unchanged, so without connect_timeout a session
// waits as long as the network lets it. On Debian's libsoci-dev. Other backends are not judged.
#include <soci/postgresql/soci-postgresql.h>
#include <soci/soci.h>
#include <string>

void byBackendName() {
  soci::session sql("postgresql", "host=db.internal dbname=orders");
  // CHECK-MESSAGES: :[[@LINE-1]]:35: warning: connection string passed to 'soci::session' (PostgreSQL backend) has no connect_timeout; add connect_timeout=<seconds> [distsys-missing-timeout]
  // CHECK-MESSAGES: :[[@LINE-2]]:35: note: add connect_timeout to the connection string
}

void byBackendFactory() {
  soci::session sql(soci::postgresql, "host=db.internal dbname=orders");
  // CHECK-MESSAGES: :[[@LINE-1]]:39: warning: connection string passed to 'soci::session' (PostgreSQL backend) has no connect_timeout
  // CHECK-MESSAGES: :[[@LINE-2]]:39: note: add connect_timeout to the connection string
}

void oneConnectString() {
  soci::session sql("postgresql://host=db.internal dbname=orders");
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: connection string passed to 'soci::session' (PostgreSQL backend) has no connect_timeout
  // CHECK-MESSAGES: :[[@LINE-2]]:21: note: add connect_timeout to the connection string
}

void openedLater(soci::session &sql) {
  sql.open("postgresql", "host=db.internal dbname=orders");
  // CHECK-MESSAGES: :[[@LINE-1]]:26: warning: connection string passed to 'soci::session::open' (PostgreSQL backend) has no connect_timeout
  // CHECK-MESSAGES: :[[@LINE-2]]:26: note: add connect_timeout to the connection string
}

// --- negatives ---------------------------------------------------------------------------------

void withTimeout(soci::session &other) {
  soci::session sql("postgresql", "host=db.internal dbname=orders connect_timeout=5");
  soci::session uri("postgresql://host=db.internal connect_timeout=5");
  other.open(soci::postgresql, "dbname=orders connect_timeout=3");
}

void otherBackends() {
  soci::session lite("sqlite3", "db=orders.db");
  soci::session mysql("mysql", "db=orders host=db.internal");
  soci::session uri("sqlite3://db=orders.db");
}

void builtAtRunTime(const std::string &dsn) {
  soci::session sql("postgresql", dsn);
  soci::session env("postgresql", ""); // libpq reads PGCONNECT_TIMEOUT
}
