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
class PutItemRequest : public DynamoDBRequest {
public:
  PutItemRequest();
  inline const char *GetServiceRequestName() const override { return "PutItem"; }

  inline const Aws::String &GetTableName() const { return m_tableName; }
  inline bool TableNameHasBeenSet() const { return m_tableNameHasBeenSet; }
  inline void SetTableName(const Aws::String &value) { m_tableNameHasBeenSet = true; m_tableName = value; }
  inline void SetTableName(Aws::String &&value) { m_tableNameHasBeenSet = true; m_tableName = std::move(value); }
  inline void SetTableName(const char *value) { m_tableNameHasBeenSet = true; m_tableName.assign(value); }
  inline PutItemRequest &WithTableName(const Aws::String &value) { SetTableName(value); return *this; }
  inline PutItemRequest &WithTableName(Aws::String &&value) { SetTableName(std::move(value)); return *this; }
  inline PutItemRequest &WithTableName(const char *value) { SetTableName(value); return *this; }
  inline const Aws::Map<Aws::String, AttributeValue> &GetItem() const { return m_item; }
  inline void SetItem(const Aws::Map<Aws::String, AttributeValue> &value) { m_itemHasBeenSet = true; m_item = value; }
  inline PutItemRequest &WithItem(const Aws::Map<Aws::String, AttributeValue> &value) { SetItem(value); return *this; }
  inline const Aws::String &GetConditionExpression() const { return m_conditionExpression; }
  inline bool ConditionExpressionHasBeenSet() const { return m_conditionExpressionHasBeenSet; }
  inline void SetConditionExpression(const Aws::String &value) { m_conditionExpressionHasBeenSet = true; m_conditionExpression = value; }
  inline void SetConditionExpression(Aws::String &&value) { m_conditionExpressionHasBeenSet = true; m_conditionExpression = std::move(value); }
  inline void SetConditionExpression(const char *value) { m_conditionExpressionHasBeenSet = true; m_conditionExpression.assign(value); }
  inline PutItemRequest &WithConditionExpression(const Aws::String &value) { SetConditionExpression(value); return *this; }
  inline PutItemRequest &WithConditionExpression(Aws::String &&value) { SetConditionExpression(std::move(value)); return *this; }
  inline PutItemRequest &WithConditionExpression(const char *value) { SetConditionExpression(value); return *this; }

private:
  Aws::String m_tableName;
  bool m_tableNameHasBeenSet = false;
  Aws::Map<Aws::String, AttributeValue> m_item;
  bool m_itemHasBeenSet = false;
  Aws::String m_conditionExpression;
  bool m_conditionExpressionHasBeenSet = false;
};
} // namespace Model
} // namespace DynamoDB
} // namespace Aws
