// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
#include <aws/core/client/ClientConfiguration.h>
#include <aws/dynamodb/DynamoDBServiceClientModel.h>

namespace Aws {
namespace DynamoDB {
class DynamoDBClient {
public:
  DynamoDBClient(const Aws::Client::ClientConfiguration &clientConfiguration =
                        Aws::Client::ClientConfiguration());
  virtual ~DynamoDBClient();

  virtual Model::CreateTableOutcome CreateTable(const Model::CreateTableRequest &request) const;
  virtual Model::DeleteTableOutcome DeleteTable(const Model::DeleteTableRequest &request) const;
  virtual Model::DescribeTableOutcome DescribeTable(const Model::DescribeTableRequest &request) const;
  virtual Model::GetItemOutcome GetItem(const Model::GetItemRequest &request) const;
  virtual Model::PutItemOutcome PutItem(const Model::PutItemRequest &request) const;
};
} // namespace DynamoDB
} // namespace Aws
