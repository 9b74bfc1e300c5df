// RUN: %check_distlint %s distsys-missing-timeout %t -- -std=c++17 -I%stubs
// Drogon's database and Redis clients have no timeout until setTimeout is called (DbClient's
// default is -1: no limit); a PostgreSQL client's connection string goes to libpq unchanged, so it
// wants connect_timeout. On our stubs of Drogon's headers.
#include <drogon/nosql/RedisClient.h>
#include <drogon/orm/DbClient.h>

using drogon::nosql::RedisClient;
using drogon::orm::DbClient;

std::size_t countOrders() {
  auto db = DbClient::newPgClient("host=db.internal dbname=orders connect_timeout=5", 4);
  auto rows = db->execSqlSync("SELECT id FROM orders");
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: SQL 'execSqlSync' on Drogon database client 'db' has no timeout (the client's default, -1, waits forever); call db->setTimeout(seconds) after creating it [distsys-missing-timeout]
  return rows.size();
}

void connectWithoutTimeout() {
  auto db = DbClient::newPgClient("host=db.internal dbname=orders", 4);
  // CHECK-MESSAGES: :[[@LINE-1]]:35: warning: connection string passed to 'drogon::orm::DbClient::newPgClient' has no connect_timeout; add connect_timeout=<seconds>
  // CHECK-MESSAGES: :[[@LINE-2]]:35: note: add connect_timeout to the connection string
  db->setTimeout(10.0);
  db->execSqlSync("SELECT 1");
}

void cacheWithoutTimeout() {
  auto redis = RedisClient::newRedisClient(trantor::InetAddress("10.0.0.7", 6379), 2);
  redis->execCommandAsync([](const drogon::nosql::RedisResult &) {},
                          [](const std::exception &) {}, "get %s", "orders:last");
  // CHECK-MESSAGES: :[[@LINE-2]]:10: warning: Redis command 'execCommandAsync' on Drogon client 'redis' has no timeout (none until setTimeout is called); call redis->setTimeout(seconds) after creating it
}

// A store holding its client in a member, made in the constructor, compared in another method
// (the shape of a real service: all methods in this file, the member private).
class JobStore {
public:
  explicit JobStore(const std::string &conninfo) {
    if (!conninfo.empty())
      client_ = DbClient::newPgClient(conninfo, 4);
  }
  bool configured() const { return client_ != nullptr; }
  std::size_t pending() {
    return client_->execSqlSync("SELECT id FROM jobs WHERE state = 'queued'").size();
    // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: SQL 'execSqlSync' on Drogon database client 'client_' has no timeout
  }

private:
  drogon::orm::DbClientPtr client_;
};

// --- negatives ---------------------------------------------------------------------------------

void withTimeouts() {
  auto db = DbClient::newPgClient("host=db.internal dbname=orders connect_timeout=5", 4);
  db->setTimeout(3.0);
  db->execSqlSync("SELECT 1");
  auto redis = RedisClient::newRedisClient(trantor::InetAddress("10.0.0.7", 6379));
  redis->setTimeout(1.0);
  redis->execCommandAsync([](const drogon::nosql::RedisResult &) {},
                          [](const std::exception &) {}, "ping");
}

// A local SQLite file: no network to wait for.
void localDatabase() {
  auto db = DbClient::newSqlite3Client("filename=cache.db", 1);
  db->execSqlSync("SELECT 1");
}

// A client from elsewhere (app().getDbClient(): configured in the application's config file).
void fromCaller(const drogon::orm::DbClientPtr &db) { db->execSqlSync("SELECT 1"); }

// The same store, with the timeout set where the client is made.
class BoundedJobStore {
public:
  explicit BoundedJobStore(const std::string &conninfo) {
    client_ = DbClient::newPgClient(conninfo, 4);
    client_->setTimeout(5.0);
  }
  bool configured() const { return client_ != nullptr; }
  std::size_t pending() { return client_->execSqlSync("SELECT id FROM jobs").size(); }

private:
  drogon::orm::DbClientPtr client_;
};
