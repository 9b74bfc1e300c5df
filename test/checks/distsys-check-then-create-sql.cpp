// RUN: %check_distlint %s distsys-check-then-create %t -- -std=c++17 -I/usr/include/postgresql
#include <libpq-fe.h>
#include <pqxx/pqxx>
#include <sqlite3.h>
#include <string>

// --- positives ---------------------------------------------------------------------------------

void registerUserLibpq(PGconn *conn, const char *const params[1]) {
  PGresult *res = PQexecParams(conn, "SELECT id FROM users WHERE email = $1", 1, nullptr, params,
                               nullptr, nullptr, 0);
  if (PQntuples(res) == 0)
    PQexecParams(conn, "INSERT INTO users (email) VALUES ($1)", 1, nullptr, params, nullptr,
                 nullptr, 0);
  // CHECK-MESSAGES: :[[@LINE-2]]:5: warning: 'INSERT INTO users' of the row checked by 'SELECT ... FROM users' at line [[@LINE-5]] can race with another instance; use INSERT ... ON CONFLICT DO NOTHING (INSERT OR IGNORE in SQLite) and check the affected row count [distsys-check-then-create]
  // CHECK-MESSAGES: :[[@LINE-6]]:19: note: 'SELECT ... FROM users' checks the row here
  PQclear(res);
}

void registerUserPqxx(pqxx::connection &conn, const std::string &email) {
  pqxx::work txn(conn);
  pqxx::result existing = txn.exec_params("SELECT 1 FROM users WHERE email = $1", email);
  if (existing.empty()) {
    txn.exec_params("INSERT INTO users (email) VALUES ($1)", email);
    // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'INSERT INTO users' of the row checked by 'SELECT ... FROM users' at line [[@LINE-3]] can race
    // CHECK-MESSAGES: :[[@LINE-4]]:31: note: 'SELECT ... FROM users' checks the row here
  }
  txn.commit();
}

int registerUserSqlite(sqlite3 *db) {
  sqlite3_stmt *stmt = nullptr;
  sqlite3_prepare_v2(db, "SELECT 1 FROM accounts WHERE name = ?1", -1, &stmt, nullptr);
  int rc = sqlite3_step(stmt);
  sqlite3_finalize(stmt);
  if (rc != SQLITE_ROW)
    return sqlite3_exec(db, "INSERT INTO accounts (name) VALUES ('admin')", nullptr, nullptr, nullptr);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'INSERT INTO accounts' of the row checked by 'SELECT ... FROM accounts' at line [[@LINE-5]] can race
  // CHECK-MESSAGES: :[[@LINE-6]]:3: note: 'SELECT ... FROM accounts' checks the row here
  return SQLITE_OK;
}

// --- negatives ---------------------------------------------------------------------------------

void onConflict(PGconn *conn, const char *const params[1]) {
  PGresult *res = PQexecParams(conn, "SELECT id FROM users WHERE email = $1", 1, nullptr, params,
                               nullptr, nullptr, 0);
  if (PQntuples(res) == 0)
    PQexecParams(conn, "INSERT INTO users (email) VALUES ($1) ON CONFLICT (email) DO NOTHING", 1,
                 nullptr, params, nullptr, nullptr, 0);
  PQclear(res);
}

void insertOrIgnore(sqlite3 *db) {
  sqlite3_stmt *stmt = nullptr;
  sqlite3_prepare_v2(db, "SELECT 1 FROM accounts WHERE name = ?1", -1, &stmt, nullptr);
  if (sqlite3_step(stmt) != SQLITE_ROW)
    sqlite3_exec(db, "INSERT OR IGNORE INTO accounts (name) VALUES ('admin')", nullptr, nullptr,
                 nullptr);
  sqlite3_finalize(stmt);
}

void lockedSelect(pqxx::connection &conn, const std::string &email) {
  pqxx::work txn(conn);
  pqxx::result existing =
      txn.exec_params("SELECT 1 FROM users WHERE email = $1 FOR UPDATE", email);
  if (existing.empty())
    txn.exec_params("INSERT INTO users (email) VALUES ($1)", email);
  txn.commit();
}

void differentTables(pqxx::connection &conn, const std::string &email) {
  pqxx::work txn(conn);
  pqxx::result existing = txn.exec_params("SELECT 1 FROM banned WHERE email = $1", email);
  if (existing.empty())
    txn.exec_params("INSERT INTO users (email) VALUES ($1)", email);
  txn.commit();
}

void insertNotGuarded(PGconn *conn) {
  PGresult *res = PQexec(conn, "SELECT count(*) FROM users WHERE active");
  PQclear(res);
  PQexec(conn, "INSERT INTO users (email) VALUES ('audit@example.com')");
}

void selectWithoutWhere(PGconn *conn) {
  PGresult *res = PQexec(conn, "SELECT count(*) FROM users");
  if (PQntuples(res) == 0)
    PQexec(conn, "INSERT INTO users (email) VALUES ('first@example.com')");
  PQclear(res);
}

void plainExec(PGconn *conn) {
  PGresult *res = PQexec(conn, "SELECT 1 FROM settings WHERE name = 'schema_version'");
  bool missing = PQntuples(res) == 0;
  PQclear(res);
  if (missing)
    PQexec(conn, "insert into settings (name, value) values ('schema_version', '1')");
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'INSERT INTO settings' of the row checked by 'SELECT ... FROM settings' at line [[@LINE-5]] can race
  // CHECK-MESSAGES: :[[@LINE-6]]:19: note: 'SELECT ... FROM settings' checks the row here
}

void pqxxExec(pqxx::connection &conn) {
  pqxx::work txn(conn);
  if (txn.exec("SELECT 1 FROM tenants WHERE id = 42").empty())
    txn.exec("INSERT INTO tenants (id) VALUES (42)");
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'INSERT INTO tenants' of the row checked by 'SELECT ... FROM tenants' at line [[@LINE-2]] can race
  // CHECK-MESSAGES: :[[@LINE-3]]:11: note: 'SELECT ... FROM tenants' checks the row here
  if (txn.exec("SELECT 1 FROM tenants WHERE id = 43").empty())
    txn.exec("INSERT INTO tenants (id) VALUES (43) ON CONFLICT DO NOTHING");
  txn.commit();
}

void handlesUniqueViolation(pqxx::connection &conn, const std::string &email) {
  pqxx::work txn(conn);
  pqxx::result existing = txn.exec_params("SELECT 1 FROM users WHERE email = $1", email);
  if (existing.empty()) {
    try {
      txn.exec_params("INSERT INTO users (email) VALUES ($1)", email);
    } catch (const pqxx::unique_violation &) {
      // another instance registered the same email first
    }
  }
  txn.commit();
}
