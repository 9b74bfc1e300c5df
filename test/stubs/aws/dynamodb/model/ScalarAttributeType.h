// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
#include <aws/core/utils/memory/stl/AWSString.h>

namespace Aws {
namespace DynamoDB {
namespace Model {
enum class ScalarAttributeType {
  NOT_SET,
  S,
  N,
  B
};

namespace ScalarAttributeTypeMapper {
ScalarAttributeType GetScalarAttributeTypeForName(const Aws::String &name);
Aws::String GetNameForScalarAttributeType(ScalarAttributeType value);
} // namespace ScalarAttributeTypeMapper
} // namespace Model
} // namespace DynamoDB
} // namespace Aws
