// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
#include <aws/core/utils/Outcome.h>
#include <aws/iam/IAMErrors.h>
#include <aws/iam/model/CreateRoleResult.h>
#include <aws/iam/model/GetRoleResult.h>
#include <aws/core/NoResult.h>

namespace Aws {
namespace IAM {
namespace Model {
class CreateRoleRequest;
class DeleteRoleRequest;
class GetRoleRequest;

typedef Aws::Utils::Outcome<CreateRoleResult, IAMError> CreateRoleOutcome;
typedef Aws::Utils::Outcome<Aws::NoResult, IAMError> DeleteRoleOutcome;
typedef Aws::Utils::Outcome<GetRoleResult, IAMError> GetRoleOutcome;
} // namespace Model
} // namespace IAM
} // namespace Aws
