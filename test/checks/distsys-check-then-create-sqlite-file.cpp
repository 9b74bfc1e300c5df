// RUN: %check_distlint %s distsys-check-then-create %t -- -std=c++17
// A SQLite database file created because it did not exist: two instances both see no file, both
// open (and so create) it, and both initialise the schema; the second's CREATE TABLE fails. On
// Debian's sqlite3.h.
#include <sqlite3.h>
#include <filesystem>
#include <string>

namespace fs = std::filesystem;

sqlite3 *openStore(const std::string &path) {
  sqlite3 *db = nullptr;
  if (!fs::exists(path)) {
    sqlite3_open(path.c_str(), &db);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'sqlite3_open' of the SQLite database checked by 'exists' at line [[@LINE-2]] can race with another instance; open it unconditionally and create its schema with CREATE TABLE IF NOT EXISTS inside BEGIN IMMEDIATE ... COMMIT [distsys-check-then-create]
    // CHECK-MESSAGES: :[[@LINE-3]]:8: note: 'exists' checks the SQLite database here
    sqlite3_exec(db, "CREATE TABLE jobs(id TEXT PRIMARY KEY)", nullptr, nullptr, nullptr);
  } else {
    sqlite3_open(path.c_str(), &db);
  }
  return db;
}

sqlite3 *openWithFlags(const char *path) {
  sqlite3 *db = nullptr;
  if (!fs::exists(path)) {
    sqlite3_open_v2(path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'sqlite3_open_v2' of the SQLite database checked by 'exists' at line [[@LINE-2]] can race
    // CHECK-MESSAGES: :[[@LINE-3]]:8: note: 'exists' checks the SQLite database here
    sqlite3_exec(db, "CREATE TABLE jobs(id TEXT)", nullptr, nullptr, nullptr);
  }
  return db;
}

// --- negatives ---------------------------------------------------------------------------------

// Opened without SQLITE_OPEN_CREATE: nothing is created.
sqlite3 *openReadOnly(const char *path) {
  sqlite3 *db = nullptr;
  if (!fs::exists(path))
    sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, nullptr);
  return db;
}

// Created, but nothing in the branch relies on having made it.
void touchDatabase(const std::string &path) {
  sqlite3 *db = nullptr;
  if (!fs::exists(path))
    sqlite3_open(path.c_str(), &db);
}

// The schema created idempotently, whoever made the file.
sqlite3 *openIdempotently(const std::string &path) {
  sqlite3 *db = nullptr;
  sqlite3_open(path.c_str(), &db);
  sqlite3_exec(db, "CREATE TABLE IF NOT EXISTS jobs(id TEXT PRIMARY KEY)", nullptr, nullptr,
               nullptr);
  return db;
}
