// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
#include <aws/core/utils/memory/stl/AWSString.h>

#include <utility>

namespace Aws {
namespace SNS {
namespace Model {
class MessageAttributeValue {
public:
  MessageAttributeValue();

  inline const Aws::String &GetStringValue() const { return m_stringValue; }
  inline void SetStringValue(const Aws::String &value) { m_stringValueHasBeenSet = true; m_stringValue = value; }
  inline void SetStringValue(Aws::String &&value) { m_stringValueHasBeenSet = true; m_stringValue = std::move(value); }
  inline void SetStringValue(const char *value) { m_stringValueHasBeenSet = true; m_stringValue.assign(value); }
  inline MessageAttributeValue &WithStringValue(const Aws::String &value) { SetStringValue(value); return *this; }
  inline MessageAttributeValue &WithStringValue(Aws::String &&value) { SetStringValue(std::move(value)); return *this; }
  inline MessageAttributeValue &WithStringValue(const char *value) { SetStringValue(value); return *this; }

  inline const Aws::String &GetDataType() const { return m_dataType; }
  inline void SetDataType(const Aws::String &value) { m_dataTypeHasBeenSet = true; m_dataType = value; }
  inline void SetDataType(Aws::String &&value) { m_dataTypeHasBeenSet = true; m_dataType = std::move(value); }
  inline void SetDataType(const char *value) { m_dataTypeHasBeenSet = true; m_dataType.assign(value); }
  inline MessageAttributeValue &WithDataType(const Aws::String &value) { SetDataType(value); return *this; }
  inline MessageAttributeValue &WithDataType(Aws::String &&value) { SetDataType(std::move(value)); return *this; }
  inline MessageAttributeValue &WithDataType(const char *value) { SetDataType(value); return *this; }

private:
  Aws::String m_stringValue;
  bool m_stringValueHasBeenSet = false;
  Aws::String m_dataType;
  bool m_dataTypeHasBeenSet = false;
};
} // namespace Model
} // namespace SNS
} // namespace Aws
