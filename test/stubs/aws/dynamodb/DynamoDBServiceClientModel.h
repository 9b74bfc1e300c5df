// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
#include <aws/core/utils/Outcome.h>
#include <aws/dynamodb/DynamoDBErrors.h>
#include <aws/dynamodb/model/DescribeTableResult.h>
#include <aws/dynamodb/model/CreateTableResult.h>
#include <aws/dynamodb/model/GetItemResult.h>
#include <aws/dynamodb/model/PutItemResult.h>
#include <aws/dynamodb/model/DeleteTableResult.h>

#include <functional>
#include <future>

namespace Aws {
namespace DynamoDB {
namespace Model {
class DescribeTableRequest;
class CreateTableRequest;
class GetItemRequest;
class PutItemRequest;
class DeleteTableRequest;

typedef Aws::Utils::Outcome<DescribeTableResult, DynamoDBError> DescribeTableOutcome;
typedef Aws::Utils::Outcome<CreateTableResult, DynamoDBError> CreateTableOutcome;
typedef Aws::Utils::Outcome<GetItemResult, DynamoDBError> GetItemOutcome;
typedef Aws::Utils::Outcome<PutItemResult, DynamoDBError> PutItemOutcome;
typedef Aws::Utils::Outcome<DeleteTableResult, DynamoDBError> DeleteTableOutcome;
} // namespace Model
} // namespace DynamoDB
} // namespace Aws
