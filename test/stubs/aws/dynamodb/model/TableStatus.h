// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
#include <aws/core/utils/memory/stl/AWSString.h>

namespace Aws {
namespace DynamoDB {
namespace Model {
enum class TableStatus {
  NOT_SET,
  CREATING,
  UPDATING,
  DELETING,
  ACTIVE,
  INACCESSIBLE_ENCRYPTION_CREDENTIALS,
  ARCHIVING,
  ARCHIVED,
  REPLICATION_NOT_AUTHORIZED
};

namespace TableStatusMapper {
TableStatus GetTableStatusForName(const Aws::String &name);
Aws::String GetNameForTableStatus(TableStatus value);
} // namespace TableStatusMapper
} // namespace Model
} // namespace DynamoDB
} // namespace Aws
