// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
#include <aws/core/utils/memory/stl/AWSString.h>

namespace Aws {
namespace IAM {
namespace Model {
enum class StatusType {
  NOT_SET,
  Active,
  Inactive,
  Expired
};

namespace StatusTypeMapper {
StatusType GetStatusTypeForName(const Aws::String &name);
Aws::String GetNameForStatusType(StatusType value);
} // namespace StatusTypeMapper
} // namespace Model
} // namespace IAM
} // namespace Aws
