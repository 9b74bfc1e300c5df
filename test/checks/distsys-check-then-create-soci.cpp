// RUN: %check_distlint %s distsys-check-then-create %t -- -std=c++17
// SOCI's session stream, on Debian's libsoci-dev: the statement runs when the full expression
// ends; into() receives its result, and session::got_data() says whether the last one found a row.
#include <soci/soci.h>
#include <string>

// --- positives ---------------------------------------------------------------------------------

void registerUser(soci::session &sql, const std::string &email) {
  int count = 0;
  sql << "SELECT COUNT(*) FROM users WHERE email = :email", soci::into(count), soci::use(email);
  if (count == 0)
    sql << "INSERT INTO users (email) VALUES (:email)", soci::use(email);
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'INSERT INTO users' of the row checked by 'SELECT ... FROM users' at line [[@LINE-3]] can race with another instance; use INSERT ... ON CONFLICT DO NOTHING (INSERT OR IGNORE in SQLite) and check the affected row count [distsys-check-then-create]
  // CHECK-MESSAGES: :[[@LINE-4]]:7: note: 'SELECT ... FROM users' checks the row here
}

void registerByIndicator(soci::session &sql, int id) {
  std::string name;
  soci::indicator ind = soci::i_ok;
  sql.once << "select name from accounts where id = :id", soci::into(name, ind), soci::use(id);
  if (ind == soci::i_null) {
    sql.once << "insert into accounts (id, name) values (:id, 'new')", soci::use(id);
    // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: 'INSERT INTO accounts' of the row checked by 'SELECT ... FROM accounts' at line [[@LINE-3]] can race
    // CHECK-MESSAGES: :[[@LINE-4]]:12: note: 'SELECT ... FROM accounts' checks the row here
  }
}

void registerByGotData(soci::session &sql, int id) {
  std::string name;
  sql << "SELECT name FROM tenants WHERE id = :id", soci::into(name), soci::use(id);
  if (!sql.got_data()) {
    sql << "INSERT INTO tenants (id) VALUES (:id)", soci::use(id);
    // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'INSERT INTO tenants' of the row checked by 'got_data' at line [[@LINE-2]] can race
    // CHECK-MESSAGES: :[[@LINE-3]]:12: note: 'got_data' checks the row here
    // CHECK-MESSAGES: :[[@LINE-5]]:7: note: 'SELECT ... FROM tenants' checks the row here
  }
}

void registerEarlyReturn(soci::session &sql, const std::string &key) {
  int found = 0;
  sql << "SELECT 1 FROM settings WHERE key = :k", soci::into(found), soci::use(key);
  if (found)
    return;
  sql << "INSERT INTO settings (key) VALUES (:k)", soci::use(key);
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: 'INSERT INTO settings' of the row checked by 'SELECT ... FROM settings' at line [[@LINE-4]] can race
  // CHECK-MESSAGES: :[[@LINE-5]]:7: note: 'SELECT ... FROM settings' checks the row here
}

// --- negatives ---------------------------------------------------------------------------------

void onConflict(soci::session &sql, const std::string &email) {
  int count = 0;
  sql << "SELECT COUNT(*) FROM users WHERE email = :email", soci::into(count), soci::use(email);
  if (count == 0)
    sql << "INSERT INTO users (email) VALUES (:email) ON CONFLICT DO NOTHING", soci::use(email);
}

void updateWhereFound(soci::session &sql, int id) {
  std::string name;
  sql << "SELECT name FROM tenants WHERE id = :id", soci::into(name), soci::use(id);
  if (sql.got_data())
    sql << "INSERT INTO audit_log (tenant) VALUES (:id)", soci::use(id);
}

void insertWhereFound(soci::session &sql, int id) {
  std::string name;
  sql << "SELECT name FROM tenants WHERE id = :id", soci::into(name), soci::use(id);
  if (sql.got_data())
    sql << "INSERT INTO tenants (id) VALUES (:id)", soci::use(id); // a row exists: not a create
}

void lockedInTransaction(soci::session &sql, int id) {
  soci::transaction tr(sql);
  int count = 0;
  sql << "SELECT COUNT(*) FROM tenants WHERE id = :id FOR UPDATE", soci::into(count),
      soci::use(id);
  if (count == 0)
    sql << "INSERT INTO tenants (id) VALUES (:id)", soci::use(id);
  tr.commit();
}

void unrelatedFlag(soci::session &sql, int id, bool fresh) {
  int count = 0;
  sql << "SELECT COUNT(*) FROM tenants WHERE id = :id", soci::into(count), soci::use(id);
  if (fresh)
    sql << "INSERT INTO tenants (id) VALUES (:id)", soci::use(id);
}

void valueBoundByUse(soci::session &sql, int id) {
  int limit = 0;
  sql << "SELECT id FROM tenants WHERE id = :id", soci::use(limit), soci::use(id);
  if (limit == 0) // limit is an input of the query, not its result
    sql << "INSERT INTO tenants (id) VALUES (:id)", soci::use(id);
}

void handlesUniqueViolation(soci::session &sql, int id) {
  int count = 0;
  sql << "SELECT COUNT(*) FROM tenants WHERE id = :id", soci::into(count), soci::use(id);
  if (count == 0) {
    try {
      sql << "INSERT INTO tenants (id) VALUES (:id)", soci::use(id);
    } catch (const soci::soci_error &e) {
      if (e.get_error_category() != soci::soci_error::constraint_violation)
        throw;
    }
  }
}
