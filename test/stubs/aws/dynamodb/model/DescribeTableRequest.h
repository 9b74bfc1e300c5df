// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
#include <aws/core/utils/memory/stl/AWSString.h>
#include <aws/dynamodb/DynamoDBRequest.h>

#include <utility>

namespace Aws {
namespace DynamoDB {
namespace Model {
class DescribeTableRequest : public DynamoDBRequest {
public:
  DescribeTableRequest();
  inline const char *GetServiceRequestName() const override { return "DescribeTable"; }

  inline const Aws::String &GetTableName() const { return m_tableName; }
  inline bool TableNameHasBeenSet() const { return m_tableNameHasBeenSet; }
  inline void SetTableName(const Aws::String &value) { m_tableNameHasBeenSet = true; m_tableName = value; }
  inline void SetTableName(Aws::String &&value) { m_tableNameHasBeenSet = true; m_tableName = std::move(value); }
  inline void SetTableName(const char *value) { m_tableNameHasBeenSet = true; m_tableName.assign(value); }
  inline DescribeTableRequest &WithTableName(const Aws::String &value) { SetTableName(value); return *this; }
  inline DescribeTableRequest &WithTableName(Aws::String &&value) { SetTableName(std::move(value)); return *this; }
  inline DescribeTableRequest &WithTableName(const char *value) { SetTableName(value); return *this; }

private:
  Aws::String m_tableName;
  bool m_tableNameHasBeenSet = false;
};
} // namespace Model
} // namespace DynamoDB
} // namespace Aws
