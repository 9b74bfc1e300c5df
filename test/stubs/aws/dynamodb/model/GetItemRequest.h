// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
#include <aws/core/utils/memory/stl/AWSString.h>
#include <aws/dynamodb/DynamoDBRequest.h>
#include <aws/core/utils/memory/stl/AWSMap.h>
#include <aws/dynamodb/model/AttributeValue.h>
#include <utility>

namespace Aws {
namespace DynamoDB {
namespace Model {
class GetItemRequest : public DynamoDBRequest {
public:
  GetItemRequest();
  inline const char *GetServiceRequestName() const override { return "GetItem"; }

  inline const Aws::String &GetTableName() const { return m_tableName; }
  inline bool TableNameHasBeenSet() const { return m_tableNameHasBeenSet; }
  inline void SetTableName(const Aws::String &value) { m_tableNameHasBeenSet = true; m_tableName = value; }
  inline void SetTableName(Aws::String &&value) { m_tableNameHasBeenSet = true; m_tableName = std::move(value); }
  inline void SetTableName(const char *value) { m_tableNameHasBeenSet = true; m_tableName.assign(value); }
  inline GetItemRequest &WithTableName(const Aws::String &value) { SetTableName(value); return *this; }
  inline GetItemRequest &WithTableName(Aws::String &&value) { SetTableName(std::move(value)); return *this; }
  inline GetItemRequest &WithTableName(const char *value) { SetTableName(value); return *this; }
  inline const Aws::Map<Aws::String, AttributeValue> &GetKey() const { return m_key; }
  inline void SetKey(const Aws::Map<Aws::String, AttributeValue> &value) { m_keyHasBeenSet = true; m_key = value; }
  inline GetItemRequest &WithKey(const Aws::Map<Aws::String, AttributeValue> &value) { SetKey(value); return *this; }
  inline const bool &GetConsistentRead() const { return m_consistentRead; }
  inline void SetConsistentRead(const bool &value) { m_consistentReadHasBeenSet = true; m_consistentRead = value; }
  inline GetItemRequest &WithConsistentRead(const bool &value) { SetConsistentRead(value); return *this; }

private:
  Aws::String m_tableName;
  bool m_tableNameHasBeenSet = false;
  Aws::Map<Aws::String, AttributeValue> m_key;
  bool m_keyHasBeenSet = false;
  bool m_consistentRead;
  bool m_consistentReadHasBeenSet = false;
};
} // namespace Model
} // namespace DynamoDB
} // namespace Aws
