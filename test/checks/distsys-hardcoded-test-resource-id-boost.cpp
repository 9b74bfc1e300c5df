// RUN: %check_distlint %s distsys-hardcoded-test-resource-id %t -- -std=c++17 -isystem %stubs -isystem /usr/include/postgresql
#include <boost/test/unit_test.hpp>
#include <aws/s3/model/CreateBucketRequest.h>
#include <aws/secretsmanager/model/CreateSecretRequest.h>
#include <pqxx/pqxx>
#include <string>

std::string testScopedName(const std::string &prefix);

BOOST_AUTO_TEST_SUITE(payments)

BOOST_AUTO_TEST_CASE(creates_bucket_and_secret) {
  Aws::S3::Model::CreateBucketRequest bucket;
  bucket.SetBucket("payments-test-bucket");
  // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: bucket name "payments-test-bucket" is fixed and CreateBucket creates it; tests running in parallel will collide — derive it from the test name and a random suffix [distsys-hardcoded-test-resource-id]
  Aws::SecretsManager::Model::CreateSecretRequest secret;
  secret.WithName(testScopedName("payments-db")).WithSecretString("hunter2");
  BOOST_CHECK_EQUAL(bucket.GetBucket(), "payments-test-bucket");
}

struct Database {
  pqxx::connection conn{"dbname=test"};
};

BOOST_FIXTURE_TEST_CASE(writes_ledger, Database) {
  pqxx::work tx{conn};
  tx.exec("INSERT INTO ledger (amount) VALUES (10)");
  // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: table name "ledger" is fixed
  tx.exec("SELECT amount FROM ledger");
  tx.exec("CREATE TABLE " + testScopedName("ledger") + " (amount int)");
  tx.commit();
}

BOOST_AUTO_TEST_SUITE_END()

// Production code: the service's own ledger table.
void migrate(pqxx::connection &conn) {
  pqxx::work tx{conn};
  tx.exec("CREATE TABLE IF NOT EXISTS ledger (amount int)");
}
