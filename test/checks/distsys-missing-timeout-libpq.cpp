// RUN: %check_distlint %s distsys-missing-timeout %t -- -std=c++17 -I/usr/include/postgresql
// The connect_timeout edit is offered on a note: the value is a policy decision and a literal
// setting overrides PGCONNECT_TIMEOUT, so --fix leaves the strings alone; SARIF carries them.
// RUN: not %distlint --format=sarif --checks=-*,distsys-missing-timeout %s -- -std=c++17 \
// RUN:   -I/usr/include/postgresql | FileCheck --check-prefix=SARIF %s
// SARIF: "text": " connect_timeout=10"
// SARIF: "text": "?connect_timeout=10"
// SARIF: "text": "&connect_timeout=10"
#include <libpq-fe.h>
#include <pqxx/pqxx>
#include <string>

#define ORDERS_DSN "host=db.internal dbname=orders"

PGconn *keywordValue() {
  return PQconnectdb("host=db.internal port=5432 dbname=orders user=svc");
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: connection string passed to 'PQconnectdb' has no connect_timeout; add connect_timeout=<seconds> [distsys-missing-timeout]
  // CHECK-MESSAGES: :[[@LINE-2]]:22: note: add connect_timeout to the connection string
  // CHECK-FIXES: {{^}}  return PQconnectdb("host=db.internal port=5432 dbname=orders user=svc");{{$}}
}

PGconn *uriWithoutQuery() {
  return PQconnectStart("postgresql://svc@db.internal:5432/orders");
  // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: connection string passed to 'PQconnectStart' has no connect_timeout
  // CHECK-MESSAGES: :[[@LINE-2]]:25: note: add connect_timeout to the connection string
}

PGconn *uriWithQuery() {
  return PQconnectdb("postgres://db.internal/orders?sslmode=require");
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: connection string passed to 'PQconnectdb' has no connect_timeout
  // CHECK-MESSAGES: :[[@LINE-2]]:22: note: add connect_timeout to the connection string
}

void pqxxConnection() {
  pqxx::connection conn("host=db.internal dbname=orders");
  // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: connection string passed to 'pqxx::connection' has no connect_timeout
  // CHECK-MESSAGES: :[[@LINE-2]]:25: note: add connect_timeout to the connection string
  pqxx::work txn(conn);
  txn.exec("SELECT 1");
}

void pqxxFromStdString() {
  pqxx::connection conn{std::string("postgresql://db.internal/orders")};
  // CHECK-MESSAGES: :[[@LINE-1]]:37: warning: connection string passed to 'pqxx::connection' has no connect_timeout
  // CHECK-MESSAGES: :[[@LINE-2]]:37: note: add connect_timeout to the connection string
}

PGconn *fromMacro() {
  // Reported, but the macro's text is not edited.
  return PQconnectdb(ORDERS_DSN);
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: connection string passed to 'PQconnectdb' has no connect_timeout
}

// Negatives: the correct versions of the pattern and look-alikes.
PGconn *keywordWithTimeout() {
  return PQconnectdb("host=db.internal dbname=orders connect_timeout=5");
}

PGconn *uriWithTimeout() {
  return PQconnectdb("postgresql://db.internal/orders?connect_timeout=5&sslmode=require");
}

PGconn *emptyUsesEnvironment() {
  // libpq reads PGHOST, PGCONNECT_TIMEOUT, ... from the environment.
  return PQconnectdb("");
}

PGconn *builtAtRunTime(const std::string &dsn) { return PQconnectdb(dsn.c_str()); }

void pqxxWithTimeout() {
  pqxx::connection conn("host=db.internal dbname=orders connect_timeout=3");
}

void pqxxDefault() {
  pqxx::connection conn; // environment variables, as with an empty string
}

void pqxxFromVariable(const std::string &dsn) { pqxx::connection conn(dsn); }

PGconn *paramsApi() {
  // Keyword arrays are outside this family (see Limitations in the docs).
  const char *keys[] = {"host", nullptr};
  const char *values[] = {"db.internal", nullptr};
  return PQconnectdbParams(keys, values, 0);
}

void notAConnectionString(const char *s);
void lookAlike() { notAConnectionString("host=db.internal dbname=orders"); }

PGconn *suppressed() {
  return PQconnectdb("host=db.internal"); // NOLINT(distsys-missing-timeout)
}
