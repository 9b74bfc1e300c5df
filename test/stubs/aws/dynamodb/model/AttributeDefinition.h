// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
#include <aws/core/utils/memory/stl/AWSString.h>
#include <aws/dynamodb/model/ScalarAttributeType.h>

#include <utility>

namespace Aws {
namespace DynamoDB {
namespace Model {
class AttributeDefinition {
public:
  AttributeDefinition();

  inline const Aws::String &GetAttributeName() const { return m_attributeName; }
  inline bool AttributeNameHasBeenSet() const { return m_attributeNameHasBeenSet; }
  inline void SetAttributeName(const Aws::String &value) { m_attributeNameHasBeenSet = true; m_attributeName = value; }
  inline void SetAttributeName(Aws::String &&value) { m_attributeNameHasBeenSet = true; m_attributeName = std::move(value); }
  inline void SetAttributeName(const char *value) { m_attributeNameHasBeenSet = true; m_attributeName.assign(value); }
  inline AttributeDefinition &WithAttributeName(const Aws::String &value) { SetAttributeName(value); return *this; }
  inline AttributeDefinition &WithAttributeName(Aws::String &&value) { SetAttributeName(std::move(value)); return *this; }
  inline AttributeDefinition &WithAttributeName(const char *value) { SetAttributeName(value); return *this; }
  inline const ScalarAttributeType &GetAttributeType() const { return m_attributeType; }
  inline bool AttributeTypeHasBeenSet() const { return m_attributeTypeHasBeenSet; }
  inline void SetAttributeType(const ScalarAttributeType &value) { m_attributeTypeHasBeenSet = true; m_attributeType = value; }
  inline void SetAttributeType(ScalarAttributeType &&value) { m_attributeTypeHasBeenSet = true; m_attributeType = std::move(value); }
  inline AttributeDefinition &WithAttributeType(const ScalarAttributeType &value) { SetAttributeType(value); return *this; }
  inline AttributeDefinition &WithAttributeType(ScalarAttributeType &&value) { SetAttributeType(std::move(value)); return *this; }

private:
  Aws::String m_attributeName;
  bool m_attributeNameHasBeenSet = false;
  ScalarAttributeType m_attributeType = ScalarAttributeType::NOT_SET;
  bool m_attributeTypeHasBeenSet = false;
};
} // namespace Model
} // namespace DynamoDB
} // namespace Aws
