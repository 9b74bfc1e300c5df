// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
#include <aws/core/utils/Outcome.h>
#include <aws/sts/STSErrors.h>
#include <aws/sts/model/AssumeRoleResult.h>

#include <functional>
#include <future>

namespace Aws {
namespace STS {
namespace Model {
class AssumeRoleRequest;

typedef Aws::Utils::Outcome<AssumeRoleResult, STSError> AssumeRoleOutcome;
} // namespace Model
} // namespace STS
} // namespace Aws
