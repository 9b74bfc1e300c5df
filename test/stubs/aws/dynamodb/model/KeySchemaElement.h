// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
#include <aws/core/utils/memory/stl/AWSString.h>
#include <aws/dynamodb/model/KeyType.h>

#include <utility>

namespace Aws {
namespace DynamoDB {
namespace Model {
class KeySchemaElement {
public:
  KeySchemaElement();

  inline const Aws::String &GetAttributeName() const { return m_attributeName; }
  inline bool AttributeNameHasBeenSet() const { return m_attributeNameHasBeenSet; }
  inline void SetAttributeName(const Aws::String &value) { m_attributeNameHasBeenSet = true; m_attributeName = value; }
  inline void SetAttributeName(Aws::String &&value) { m_attributeNameHasBeenSet = true; m_attributeName = std::move(value); }
  inline void SetAttributeName(const char *value) { m_attributeNameHasBeenSet = true; m_attributeName.assign(value); }
  inline KeySchemaElement &WithAttributeName(const Aws::String &value) { SetAttributeName(value); return *this; }
  inline KeySchemaElement &WithAttributeName(Aws::String &&value) { SetAttributeName(std::move(value)); return *this; }
  inline KeySchemaElement &WithAttributeName(const char *value) { SetAttributeName(value); return *this; }
  inline const KeyType &GetKeyType() const { return m_keyType; }
  inline bool KeyTypeHasBeenSet() const { return m_keyTypeHasBeenSet; }
  inline void SetKeyType(const KeyType &value) { m_keyTypeHasBeenSet = true; m_keyType = value; }
  inline void SetKeyType(KeyType &&value) { m_keyTypeHasBeenSet = true; m_keyType = std::move(value); }
  inline KeySchemaElement &WithKeyType(const KeyType &value) { SetKeyType(value); return *this; }
  inline KeySchemaElement &WithKeyType(KeyType &&value) { SetKeyType(std::move(value)); return *this; }

private:
  Aws::String m_attributeName;
  bool m_attributeNameHasBeenSet = false;
  KeyType m_keyType = KeyType::NOT_SET;
  bool m_keyTypeHasBeenSet = false;
};
} // namespace Model
} // namespace DynamoDB
} // namespace Aws
