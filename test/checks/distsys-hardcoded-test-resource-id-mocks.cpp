// RUN: %check_distlint %s distsys-hardcoded-test-resource-id %t -- -std=c++17 -isystem %stubs
// A request sent only to a GoogleTest mock of the client changes nothing shared; the same
// request sent to a real client, to both, or kept for later is reported.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <aws/dynamodb/DynamoDBClient.h>
#include <aws/dynamodb/model/CreateTableRequest.h>

class MockDynamoDBClient : public Aws::DynamoDB::DynamoDBClient {
public:
  MOCK_METHOD(Aws::DynamoDB::Model::CreateTableOutcome, CreateTable,
              (const Aws::DynamoDB::Model::CreateTableRequest &), (const, override));
};
Aws::DynamoDB::DynamoDBClient &realClient();
void keep(const Aws::DynamoDB::Model::CreateTableRequest &request);

TEST(Mocks, MockedClient) {
  MockDynamoDBClient client;
  EXPECT_CALL(client, CreateTable(testing::_)).Times(1);
  Aws::DynamoDB::Model::CreateTableRequest request;
  request.SetTableName("orders");
  client.CreateTable(request);
}

TEST(Mocks, RealClient) {
  Aws::DynamoDB::Model::CreateTableRequest request;
  request.SetTableName("orders_real");
  // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: table name "orders_real" is fixed and CreateTable creates it
  realClient().CreateTable(request);
}

TEST(Mocks, MockAndRealClient) {
  MockDynamoDBClient mock;
  Aws::DynamoDB::Model::CreateTableRequest request;
  request.SetTableName("orders_both");
  // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: table name "orders_both" is fixed and CreateTable creates it
  mock.CreateTable(request);
  realClient().CreateTable(request);
}

TEST(Mocks, KeptForLater) {
  Aws::DynamoDB::Model::CreateTableRequest request;
  request.SetTableName("orders_kept");
  // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: table name "orders_kept" is fixed and CreateTable creates it
  keep(request);
}
