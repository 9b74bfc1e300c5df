// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
#include <aws/core/utils/memory/stl/AWSVector.h>
#include <aws/core/utils/memory/stl/AWSString.h>
#include <aws/dynamodb/model/AttributeDefinition.h>
#include <aws/dynamodb/model/KeySchemaElement.h>
#include <aws/dynamodb/model/TableStatus.h>

#include <utility>

namespace Aws {
namespace DynamoDB {
namespace Model {
class TableDescription {
public:
  TableDescription();

  inline const Aws::Vector<AttributeDefinition> &GetAttributeDefinitions() const { return m_attributeDefinitions; }
  inline bool AttributeDefinitionsHasBeenSet() const { return m_attributeDefinitionsHasBeenSet; }
  inline void SetAttributeDefinitions(const Aws::Vector<AttributeDefinition> &value) { m_attributeDefinitionsHasBeenSet = true; m_attributeDefinitions = value; }
  inline void SetAttributeDefinitions(Aws::Vector<AttributeDefinition> &&value) { m_attributeDefinitionsHasBeenSet = true; m_attributeDefinitions = std::move(value); }
  inline TableDescription &WithAttributeDefinitions(const Aws::Vector<AttributeDefinition> &value) { SetAttributeDefinitions(value); return *this; }
  inline TableDescription &WithAttributeDefinitions(Aws::Vector<AttributeDefinition> &&value) { SetAttributeDefinitions(std::move(value)); return *this; }
  inline TableDescription &AddAttributeDefinitions(const AttributeDefinition &value) { m_attributeDefinitionsHasBeenSet = true; m_attributeDefinitions.push_back(value); return *this; }
  inline TableDescription &AddAttributeDefinitions(AttributeDefinition &&value) { m_attributeDefinitionsHasBeenSet = true; m_attributeDefinitions.push_back(std::move(value)); return *this; }
  inline const Aws::String &GetTableName() const { return m_tableName; }
  inline bool TableNameHasBeenSet() const { return m_tableNameHasBeenSet; }
  inline void SetTableName(const Aws::String &value) { m_tableNameHasBeenSet = true; m_tableName = value; }
  inline void SetTableName(Aws::String &&value) { m_tableNameHasBeenSet = true; m_tableName = std::move(value); }
  inline void SetTableName(const char *value) { m_tableNameHasBeenSet = true; m_tableName.assign(value); }
  inline TableDescription &WithTableName(const Aws::String &value) { SetTableName(value); return *this; }
  inline TableDescription &WithTableName(Aws::String &&value) { SetTableName(std::move(value)); return *this; }
  inline TableDescription &WithTableName(const char *value) { SetTableName(value); return *this; }
  inline const Aws::Vector<KeySchemaElement> &GetKeySchema() const { return m_keySchema; }
  inline bool KeySchemaHasBeenSet() const { return m_keySchemaHasBeenSet; }
  inline void SetKeySchema(const Aws::Vector<KeySchemaElement> &value) { m_keySchemaHasBeenSet = true; m_keySchema = value; }
  inline void SetKeySchema(Aws::Vector<KeySchemaElement> &&value) { m_keySchemaHasBeenSet = true; m_keySchema = std::move(value); }
  inline TableDescription &WithKeySchema(const Aws::Vector<KeySchemaElement> &value) { SetKeySchema(value); return *this; }
  inline TableDescription &WithKeySchema(Aws::Vector<KeySchemaElement> &&value) { SetKeySchema(std::move(value)); return *this; }
  inline TableDescription &AddKeySchema(const KeySchemaElement &value) { m_keySchemaHasBeenSet = true; m_keySchema.push_back(value); return *this; }
  inline TableDescription &AddKeySchema(KeySchemaElement &&value) { m_keySchemaHasBeenSet = true; m_keySchema.push_back(std::move(value)); return *this; }
  inline const TableStatus &GetTableStatus() const { return m_tableStatus; }
  inline bool TableStatusHasBeenSet() const { return m_tableStatusHasBeenSet; }
  inline void SetTableStatus(const TableStatus &value) { m_tableStatusHasBeenSet = true; m_tableStatus = value; }
  inline void SetTableStatus(TableStatus &&value) { m_tableStatusHasBeenSet = true; m_tableStatus = std::move(value); }
  inline TableDescription &WithTableStatus(const TableStatus &value) { SetTableStatus(value); return *this; }
  inline TableDescription &WithTableStatus(TableStatus &&value) { SetTableStatus(std::move(value)); return *this; }
  inline const Aws::String &GetTableArn() const { return m_tableArn; }
  inline bool TableArnHasBeenSet() const { return m_tableArnHasBeenSet; }
  inline void SetTableArn(const Aws::String &value) { m_tableArnHasBeenSet = true; m_tableArn = value; }
  inline void SetTableArn(Aws::String &&value) { m_tableArnHasBeenSet = true; m_tableArn = std::move(value); }
  inline void SetTableArn(const char *value) { m_tableArnHasBeenSet = true; m_tableArn.assign(value); }
  inline TableDescription &WithTableArn(const Aws::String &value) { SetTableArn(value); return *this; }
  inline TableDescription &WithTableArn(Aws::String &&value) { SetTableArn(std::move(value)); return *this; }
  inline TableDescription &WithTableArn(const char *value) { SetTableArn(value); return *this; }

private:
  Aws::Vector<AttributeDefinition> m_attributeDefinitions;
  bool m_attributeDefinitionsHasBeenSet = false;
  Aws::String m_tableName;
  bool m_tableNameHasBeenSet = false;
  Aws::Vector<KeySchemaElement> m_keySchema;
  bool m_keySchemaHasBeenSet = false;
  TableStatus m_tableStatus = TableStatus::NOT_SET;
  bool m_tableStatusHasBeenSet = false;
  Aws::String m_tableArn;
  bool m_tableArnHasBeenSet = false;
};
} // namespace Model
} // namespace DynamoDB
} // namespace Aws
