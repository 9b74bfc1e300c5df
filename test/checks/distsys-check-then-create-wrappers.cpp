// RUN: %check_distlint %s distsys-check-then-create %t -- -std=c++17 -isystem %stubs
// Creates made by project functions (`if (!tableExists(db, name)) createTable(db, name);`), with
// the bodies in this file. Wrappers defined in other files: test/driver/check-then-create-wrappers.test.
#include <aws/dynamodb/DynamoDBClient.h>
#include <aws/dynamodb/model/CreateTableRequest.h>
#include <aws/dynamodb/model/DescribeTableRequest.h>
#include <cstdio>
#include <filesystem>
#include <string>

namespace Ddb = Aws::DynamoDB;
namespace fs = std::filesystem;

bool tableExists(const Ddb::DynamoDBClient &db, const Aws::String &name) {
  Ddb::Model::DescribeTableRequest describe;
  describe.SetTableName(name);
  return db.DescribeTable(describe).IsSuccess();
}

void createTable(const Ddb::DynamoDBClient &db, const Aws::String &name) {
  Ddb::Model::CreateTableRequest create;
  create.SetTableName(name);
  db.CreateTable(create);
}

// --- positives ---------------------------------------------------------------------------------

void ensureTable(const Ddb::DynamoDBClient &db, const Aws::String &table) {
  if (!tableExists(db, table))
    createTable(db, table);
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'createTable' of the table checked by 'tableExists' at line [[@LINE-2]] can race with another instance; make 'createTable' create the table atomically (or handle 'already exists' inside it) and tell its caller whether it did [distsys-check-then-create]
  // CHECK-MESSAGES: :[[@LINE-3]]:8: note: 'tableExists' checks the table here
  // CHECK-MESSAGES: :[[@LINE-16]]:13: note: 'DescribeTable' checks the table here
  // CHECK-MESSAGES: :[[@LINE-11]]:6: note: 'CreateTable' creates the table here
}

// A wrapper of a wrapper, called after an early return.
void createTableWithDefaults(const Ddb::DynamoDBClient &db, const Aws::String &name) {
  createTable(db, name);
}

void bootstrap(const Ddb::DynamoDBClient &db) {
  const Aws::String sessions = "sessions";
  if (tableExists(db, sessions))
    return;
  createTableWithDefaults(db, "sessions");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'createTableWithDefaults' of the table checked by 'tableExists' at line [[@LINE-3]] can race with another instance; make 'createTableWithDefaults' create
  // CHECK-MESSAGES: :[[@LINE-4]]:7: note: 'tableExists' checks the table here
  // CHECK-MESSAGES: :[[@LINE-32]]:13: note: 'DescribeTable' checks the table here
  // CHECK-MESSAGES: :[[@LINE-27]]:6: note: 'CreateTable' creates the table here
}

// A modelled check and a wrapper that opens the file for writing.
void writeDefaults(const std::string &path) {
  FILE *out = std::fopen(path.c_str(), "w");
  std::fputs("{}", out);
  std::fclose(out);
}

void initConfig(const std::string &path) {
  if (!fs::exists(path))
    writeDefaults(path);
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'writeDefaults' of the file checked by 'exists' at line [[@LINE-2]] can race with another instance; make 'writeDefaults' create the file atomically
  // CHECK-MESSAGES: :[[@LINE-3]]:8: note: 'exists' checks the file here
  // CHECK-MESSAGES: :[[@LINE-10]]:15: note: 'fopen' creates the file here
}

// Methods of a project class.
class TableStore {
public:
  explicit TableStore(const Ddb::DynamoDBClient &db) : db(db) {}
  bool has(const Aws::String &name) const { return tableExists(db, name); }
  void add(const Aws::String &name) const { createTable(db, name); }

private:
  const Ddb::DynamoDBClient &db;
};

void provision(const TableStore &store, const Aws::String &name) {
  if (!store.has(name))
    store.add(name);
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: 'add' of the table checked by 'has' at line [[@LINE-2]] can race
}

// --- correct look-alikes -----------------------------------------------------------------------

// The wrapper handles losing the race itself.
void createTableOrAccept(const Ddb::DynamoDBClient &db, const Aws::String &name) {
  Ddb::Model::CreateTableRequest create;
  create.SetTableName(name);
  auto outcome = db.CreateTable(create);
  if (!outcome.IsSuccess() &&
      outcome.GetError().GetErrorType() == Ddb::DynamoDBErrors::RESOURCE_IN_USE)
    return;
}

void ensureTableSafely(const Ddb::DynamoDBClient &db, const Aws::String &table) {
  if (!tableExists(db, table))
    createTableOrAccept(db, table);
}

// The caller handles it after the wrapper returns.
Ddb::Model::CreateTableOutcome createTableOutcome(const Ddb::DynamoDBClient &db,
                                                  const Aws::String &name) {
  Ddb::Model::CreateTableRequest create;
  create.SetTableName(name);
  return db.CreateTable(create);
}

bool ensureTableHandled(const Ddb::DynamoDBClient &db, const Aws::String &table) {
  if (tableExists(db, table))
    return true;
  auto outcome = createTableOutcome(db, table);
  return outcome.IsSuccess() ||
         outcome.GetError().GetErrorType() == Ddb::DynamoDBErrors::RESOURCE_IN_USE;
}

// An atomic create inside the wrapper.
void writeDefaultsExclusively(const std::string &path) {
  if (FILE *out = std::fopen(path.c_str(), "wx"))
    std::fclose(out);
}

void initConfigSafely(const std::string &path) {
  if (!fs::exists(path))
    writeDefaultsExclusively(path);
}

// The wrapper creates the resource another parameter names.
void createTableNamed(const Ddb::DynamoDBClient &db, const Aws::String &unused,
                      const Aws::String &name) {
  createTable(db, name);
}

void ensureOther(const Ddb::DynamoDBClient &db, const Aws::String &table,
                 const Aws::String &other) {
  if (!tableExists(db, table))
    createTableNamed(db, table, other);
}

// A wrapper that checks and creates by itself is reported once, in its own body.
void createTableIfMissing(const Ddb::DynamoDBClient &db, const Aws::String &name) {
  if (!tableExists(db, name))
    createTable(db, name);
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'createTable' of the table checked by 'tableExists' at line [[@LINE-2]] can race
}

void ensureTwice(const Ddb::DynamoDBClient &db, const Aws::String &table) {
  if (!tableExists(db, table))
    createTableIfMissing(db, table);
}

// A wrapper that only reads the file.
void printFile(const std::string &path) {
  if (FILE *in = std::fopen(path.c_str(), "r"))
    std::fclose(in);
}

void showIfPresent(const std::string &path) {
  if (fs::exists(path))
    printFile(path);
}

// A wrapper declared here and defined elsewhere: unknown without its summary (clang-tidy).
void createTableElsewhere(const Ddb::DynamoDBClient &db, const Aws::String &name);

void ensureTableElsewhere(const Ddb::DynamoDBClient &db, const Aws::String &table) {
  if (!tableExists(db, table))
    createTableElsewhere(db, table);
}

// Recursive wrappers end.
void createTableRetrying(const Ddb::DynamoDBClient &db, const Aws::String &name, int tries) {
  if (tries > 0)
    createTableRetrying(db, name, tries - 1);
}

void ensureTableRetrying(const Ddb::DynamoDBClient &db, const Aws::String &table) {
  if (!tableExists(db, table))
    createTableRetrying(db, table, 3);
}
