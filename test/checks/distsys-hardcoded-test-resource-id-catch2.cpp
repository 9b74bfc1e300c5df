// RUN: %check_distlint %s distsys-hardcoded-test-resource-id %t -- -std=c++17 -isystem %stubs -DTHREADED
#include <catch2/catch.hpp>
#include <hiredis/hiredis.h>
#include <librdkafka/rdkafka.h>
// zoo_create and the other synchronous calls are declared for the multi-threaded client.
#include <zookeeper/zookeeper.h>
#include <sqlite3.h>
#include <librdkafka/rdkafkacpp.h>
#include <filesystem>
#include <exception>
#include <fstream>
#include <string>

std::string randomSuffix();
redisContext *redis();
void provisionQueue(const std::string &queue_name) {
  redisCommand(redis(), "LPUSH %s ready", queue_name.c_str());
}
rd_kafka_t *kafka();
RdKafka::Producer *producer();
zhandle_t *zk();
sqlite3 *store();

TEST_CASE("workflows are persisted", "[integration]") {
  sqlite3_exec(store(), "CREATE TABLE workflows (id TEXT)", nullptr, nullptr, nullptr);
  // CHECK-MESSAGES: :[[@LINE-1]]:39: warning: table name "workflows" is fixed and CREATE TABLE creates it; tests running in parallel will collide — derive it from the test name and a random suffix [distsys-hardcoded-test-resource-id]
  SECTION("events are published") {
    rd_kafka_topic_t *topic = rd_kafka_topic_new(kafka(), "workflow-events", nullptr);
    // CHECK-MESSAGES: :[[@LINE-1]]:59: warning: kafka topic name "workflow-events" is fixed
    rd_kafka_topic_destroy(topic);
  }
  SECTION("locks are taken") {
    zoo_create(zk(), "/locks/workflow", "", 0, &ZOO_OPEN_ACL_UNSAFE, ZOO_EPHEMERAL, nullptr, 0);
    // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: znode path "/locks/workflow" is fixed
    // A sequential node gets a unique suffix from ZooKeeper itself.
    zoo_create(zk(), "/locks/workflow-", "", 0, &ZOO_OPEN_ACL_UNSAFE, ZOO_EPHEMERAL_SEQUENTIAL,
               nullptr, 0);
  }
  // The expected value of an assertion is not an identifier.
  std::string name = "workflow-" + randomSuffix();
  REQUIRE(name != "workflows");
}

struct QueueFixture {
  QueueFixture() : queue("jobs-" + randomSuffix()) {}
  std::string queue;
};

TEST_CASE_METHOD(QueueFixture, "jobs are queued") {
  provisionQueue(queue);
  provisionQueue("jobs");
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: redis key "jobs" is fixed and LPUSH writes to it
  std::ofstream out("/tmp/jobs.log");
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: file path "/tmp/jobs.log" is fixed
  redisCommand(redis(), "MSET %s 1 jobs:total 2", queue.c_str());
  // CHECK-MESSAGES: :[[@LINE-1]]:36: warning: redis key "jobs:total" is fixed
  // Expected to fail: creates nothing.
  REQUIRE_THROWS(provisionQueue("jobs-rejected"));
  CHECK_THROWS_AS(provisionQueue("jobs-rejected-too"), std::exception);
}

TEST_CASE("C++ clients and paths") {
  std::string errstr;
  RdKafka::Topic *topic = RdKafka::Topic::create(producer(), "audit", nullptr, errstr);
  // CHECK-MESSAGES: :[[@LINE-1]]:62: warning: kafka topic name "audit" is fixed
  delete topic;
  std::ofstream log;
  log.open("/tmp/audit.log");
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: file path "/tmp/audit.log" is fixed
  std::filesystem::create_directories("/var/tmp/audit/spool");
  // CHECK-MESSAGES: :[[@LINE-1]]:39: warning: directory path "/var/tmp/audit/spool" is fixed and std::filesystem::create_directories creates it; tests running in parallel will collide — use mkdtemp or derive it from the test name and a random suffix
  std::filesystem::create_directories(std::filesystem::temp_directory_path() / randomSuffix());
  std::ifstream in("/tmp/fixture-input.json"); // reading a checked-in fixture is fine
}

// Not a test: a service provisioning its own queue.
void startService() {
  provisionQueue("jobs");
  std::ofstream out("/tmp/service.pid");
}
