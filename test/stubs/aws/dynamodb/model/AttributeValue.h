// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
#include <aws/core/utils/memory/stl/AWSMap.h>
#include <aws/core/utils/memory/stl/AWSString.h>
#include <aws/core/utils/memory/stl/AWSVector.h>

#include <memory>

namespace Aws {
namespace DynamoDB {
namespace Model {
class AttributeValueValue;

enum class ValueType { STRING, NUMBER, BYTEBUFFER, STRING_SET, NUMBER_SET, BYTEBUFFER_SET, ATTRIBUTE_MAP, ATTRIBUTE_LIST, BOOL, NULLVALUE };

class AttributeValue {
public:
  AttributeValue() {};
  explicit AttributeValue(const Aws::String &s) { SetS(s); }
  explicit AttributeValue(const Aws::Vector<Aws::String> &ss) { SetSS(ss); }

  const Aws::String GetS() const;
  AttributeValue &SetS(const Aws::String &s);
  AttributeValue &SetS(const char *n) { return SetS(Aws::String(n)); }
  const Aws::String GetN() const;
  AttributeValue &SetN(const Aws::String &n);
  AttributeValue &SetN(const char *n) { return SetN(Aws::String(n)); }
  const Aws::Vector<Aws::String> GetSS() const;
  AttributeValue &SetSS(const Aws::Vector<Aws::String> &ss);
  const Aws::Map<Aws::String, const std::shared_ptr<AttributeValue>> GetM() const;
  AttributeValue &SetM(const Aws::Map<Aws::String, const std::shared_ptr<AttributeValue>> &map);
  AttributeValue &AddMEntry(const Aws::String &key, const std::shared_ptr<AttributeValue> &value);
  AttributeValue &AddMEntry(const char *key, const std::shared_ptr<AttributeValue> &value) { return AddMEntry(Aws::String(key), value); }
  bool GetBool() const;
  AttributeValue &SetBool(bool value);

  bool operator==(const AttributeValue &other) const;
  inline bool operator!=(const AttributeValue &other) const { return !(*this == other); }
  ValueType GetType() const;

private:
  std::shared_ptr<AttributeValueValue> m_value;
};
} // namespace Model
} // namespace DynamoDB
} // namespace Aws
