// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
#include <aws/core/utils/memory/stl/AWSString.h>

namespace Aws {
namespace DynamoDB {
namespace Model {
class GetItemResult {
public:
  GetItemResult();

private:
};
} // namespace Model
} // namespace DynamoDB
} // namespace Aws
