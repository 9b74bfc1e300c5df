// RUN: %check_distlint %s distsys-hardcoded-test-resource-id %t -- -std=c++17 -isystem %stubs -isystem /usr/include/postgresql
// Odd shapes: macros, templates, helpers, constants at other scopes, environments, constructors.
#include <gtest/gtest.h>
#include <hiredis/hiredis.h>
#include <libpq-fe.h>
#include <aws/dynamodb/model/CreateTableRequest.h>
#include <aws/dynamodb/model/DeleteTableRequest.h>
#include <string>
#include <string_view>

redisContext *redis();
PGconn *db();
std::string uuid();
void fill(std::string &name);
// Project functions that write the name they receive as a key.
void createTenant(std::string_view tenant_id) {
  redisCommand(redis(), "SET %s active", std::string(tenant_id).c_str());
}
template <typename T> void createTyped(const T &tenant_id) {
  redisCommand(redis(), "SET %s active", tenant_id.c_str());
}

#define EVENTS_TABLE "events"
namespace constants {
inline constexpr std::string_view kTenant = "tenant-shared";
// CHECK-MESSAGES: :[[@LINE-1]]:45: warning: redis key "tenant-shared" is fixed and SET writes to it
} // namespace constants
std::string gMutableTable = "maybe-reassigned";

// A helper of the test file: it runs as part of the tests that call it.
void seedEvents() { PQexec(db(), "INSERT INTO events_seed VALUES (1)"); }
// CHECK-MESSAGES: :[[@LINE-1]]:47: warning: table name "events_seed" is fixed
// Called only from production code below: not test code.
void prodSeed() { PQexec(db(), "INSERT INTO prod_seed VALUES (1)"); }

class GlobalEnv : public ::testing::Environment {
public:
  void SetUp() override { redisCommand(redis(), "SET env:ready 1"); }
  // CHECK-MESSAGES: :[[@LINE-1]]:54: warning: redis key "env:ready" is fixed
};

class EventsTest : public ::testing::Test {
protected:
  EventsTest() { redisCommand(redis(), "DEL events:ctor"); }
  // CHECK-MESSAGES: :[[@LINE-1]]:45: warning: redis key "events:ctor" is fixed
  static void SetUpTestSuite() { PQexec(db(), "CREATE TABLE suite_events (id int)"); }
  // CHECK-MESSAGES: :[[@LINE-1]]:61: warning: table name "suite_events" is fixed
  const std::string table_ = "events_const_member";
  // CHECK-MESSAGES: :[[@LINE-1]]:30: warning: table name "events_const_member" is fixed
  std::string assigned_ = "placeholder"; // reassigned: not a fixed name
  void SetUp() override { assigned_ = "events-" + uuid(); }
  std::string defaulted_ = "events_default_member"; // never written: as fixed as a constant
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: redis key "events_default_member" is fixed
  std::string filled_ = "placeholder-filled";
  std::string appended_ = "events-";
  std::string initialised_ = "placeholder-init";
};

class MoreEventsTest : public EventsTest {
protected:
  MoreEventsTest() : initialisedHere_(uuid()) {
    fill(filled_);
    appended_.append(uuid());
  }
  std::string initialisedHere_ = "placeholder-ctor";
};

TEST_F(MoreEventsTest, Members) {
  createTenant(defaulted_);
  createTenant(filled_);
  createTenant(appended_);
  createTenant(initialisedHere_);
}

TEST_F(EventsTest, Shapes) {
  Aws::DynamoDB::Model::CreateTableRequest create;
  create.SetTableName(EVENTS_TABLE);
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: table name "events" is fixed
  create.SetTableName(table_);
  Aws::DynamoDB::Model::DeleteTableRequest drop;
  drop.WithTableName(assigned_);
  drop.WithTableName(gMutableTable);
  createTenant(constants::kTenant);
  createTyped(std::string("typed-shared"));
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: redis key "typed-shared" is fixed
  std::string filled = "seed";
  fill(filled);
  createTenant(filled);
  std::string copy = "copied-tenant";
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: redis key "copied-tenant" is fixed
  std::string again = copy;
  createTenant(again);
  // CHECK-MESSAGES: :[[@LINE-1]]:16: note: 'again' is used as the redis key here
  seedEvents();
  createTenant("");
  redisCommand(redis(), "%s %s", "SET", "dynamic-command");
  redisCommand(redis(), "SET %b 1", "binary", (size_t)6);
}

template <typename Client> class Generic : public ::testing::Test {
protected:
  void useClient(Client &c) { c.put("generic-key"); }
};
using Clients = ::testing::Types<int>;
TYPED_TEST_SUITE(Generic, Clients);
TYPED_TEST(Generic, Dependent) {
  // Dependent calls have no callee yet; nothing to say about them.
  TypeParam value{};
  (void)value;
}

void production() {
  prodSeed();
  PQexec(db(), "DROP TABLE events");
}
