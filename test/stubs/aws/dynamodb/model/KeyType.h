// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
#include <aws/core/utils/memory/stl/AWSString.h>

namespace Aws {
namespace DynamoDB {
namespace Model {
enum class KeyType {
  NOT_SET,
  HASH,
  RANGE
};

namespace KeyTypeMapper {
KeyType GetKeyTypeForName(const Aws::String &name);
Aws::String GetNameForKeyType(KeyType value);
} // namespace KeyTypeMapper
} // namespace Model
} // namespace DynamoDB
} // namespace Aws
