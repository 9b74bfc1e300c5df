// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
#include <aws/core/utils/memory/stl/AWSVector.h>
#include <aws/core/utils/memory/stl/AWSString.h>
#include <aws/dynamodb/DynamoDBRequest.h>
#include <aws/dynamodb/model/AttributeDefinition.h>
#include <aws/dynamodb/model/KeySchemaElement.h>
#include <aws/dynamodb/model/ProvisionedThroughput.h>

#include <utility>

namespace Aws {
namespace DynamoDB {
namespace Model {
class CreateTableRequest : public DynamoDBRequest {
public:
  CreateTableRequest();
  inline const char *GetServiceRequestName() const override { return "CreateTable"; }

  inline const Aws::Vector<AttributeDefinition> &GetAttributeDefinitions() const { return m_attributeDefinitions; }
  inline bool AttributeDefinitionsHasBeenSet() const { return m_attributeDefinitionsHasBeenSet; }
  inline void SetAttributeDefinitions(const Aws::Vector<AttributeDefinition> &value) { m_attributeDefinitionsHasBeenSet = true; m_attributeDefinitions = value; }
  inline void SetAttributeDefinitions(Aws::Vector<AttributeDefinition> &&value) { m_attributeDefinitionsHasBeenSet = true; m_attributeDefinitions = std::move(value); }
  inline CreateTableRequest &WithAttributeDefinitions(const Aws::Vector<AttributeDefinition> &value) { SetAttributeDefinitions(value); return *this; }
  inline CreateTableRequest &WithAttributeDefinitions(Aws::Vector<AttributeDefinition> &&value) { SetAttributeDefinitions(std::move(value)); return *this; }
  inline CreateTableRequest &AddAttributeDefinitions(const AttributeDefinition &value) { m_attributeDefinitionsHasBeenSet = true; m_attributeDefinitions.push_back(value); return *this; }
  inline CreateTableRequest &AddAttributeDefinitions(AttributeDefinition &&value) { m_attributeDefinitionsHasBeenSet = true; m_attributeDefinitions.push_back(std::move(value)); return *this; }
  inline const Aws::String &GetTableName() const { return m_tableName; }
  inline bool TableNameHasBeenSet() const { return m_tableNameHasBeenSet; }
  inline void SetTableName(const Aws::String &value) { m_tableNameHasBeenSet = true; m_tableName = value; }
  inline void SetTableName(Aws::String &&value) { m_tableNameHasBeenSet = true; m_tableName = std::move(value); }
  inline void SetTableName(const char *value) { m_tableNameHasBeenSet = true; m_tableName.assign(value); }
  inline CreateTableRequest &WithTableName(const Aws::String &value) { SetTableName(value); return *this; }
  inline CreateTableRequest &WithTableName(Aws::String &&value) { SetTableName(std::move(value)); return *this; }
  inline CreateTableRequest &WithTableName(const char *value) { SetTableName(value); return *this; }
  inline const Aws::Vector<KeySchemaElement> &GetKeySchema() const { return m_keySchema; }
  inline bool KeySchemaHasBeenSet() const { return m_keySchemaHasBeenSet; }
  inline void SetKeySchema(const Aws::Vector<KeySchemaElement> &value) { m_keySchemaHasBeenSet = true; m_keySchema = value; }
  inline void SetKeySchema(Aws::Vector<KeySchemaElement> &&value) { m_keySchemaHasBeenSet = true; m_keySchema = std::move(value); }
  inline CreateTableRequest &WithKeySchema(const Aws::Vector<KeySchemaElement> &value) { SetKeySchema(value); return *this; }
  inline CreateTableRequest &WithKeySchema(Aws::Vector<KeySchemaElement> &&value) { SetKeySchema(std::move(value)); return *this; }
  inline CreateTableRequest &AddKeySchema(const KeySchemaElement &value) { m_keySchemaHasBeenSet = true; m_keySchema.push_back(value); return *this; }
  inline CreateTableRequest &AddKeySchema(KeySchemaElement &&value) { m_keySchemaHasBeenSet = true; m_keySchema.push_back(std::move(value)); return *this; }
  inline const ProvisionedThroughput &GetProvisionedThroughput() const { return m_provisionedThroughput; }
  inline bool ProvisionedThroughputHasBeenSet() const { return m_provisionedThroughputHasBeenSet; }
  inline void SetProvisionedThroughput(const ProvisionedThroughput &value) { m_provisionedThroughputHasBeenSet = true; m_provisionedThroughput = value; }
  inline void SetProvisionedThroughput(ProvisionedThroughput &&value) { m_provisionedThroughputHasBeenSet = true; m_provisionedThroughput = std::move(value); }
  inline CreateTableRequest &WithProvisionedThroughput(const ProvisionedThroughput &value) { SetProvisionedThroughput(value); return *this; }
  inline CreateTableRequest &WithProvisionedThroughput(ProvisionedThroughput &&value) { SetProvisionedThroughput(std::move(value)); return *this; }

private:
  Aws::Vector<AttributeDefinition> m_attributeDefinitions;
  bool m_attributeDefinitionsHasBeenSet = false;
  Aws::String m_tableName;
  bool m_tableNameHasBeenSet = false;
  Aws::Vector<KeySchemaElement> m_keySchema;
  bool m_keySchemaHasBeenSet = false;
  ProvisionedThroughput m_provisionedThroughput;
  bool m_provisionedThroughputHasBeenSet = false;
};
} // namespace Model
} // namespace DynamoDB
} // namespace Aws
