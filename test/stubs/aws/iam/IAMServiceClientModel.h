// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
#include <aws/core/utils/Outcome.h>
#include <aws/iam/IAMErrors.h>
#include <aws/iam/model/CreateRoleResult.h>
#include <aws/iam/model/GetRoleResult.h>
#include <aws/iam/model/CreateUserResult.h>
#include <aws/iam/model/GetUserResult.h>
#include <aws/iam/model/CreatePolicyResult.h>
#include <aws/iam/model/ListAccessKeysResult.h>
#include <aws/core/NoResult.h>
#include <aws/iam/model/GetUserRequest.h>
#include <aws/iam/model/ListAccessKeysRequest.h>

#include <functional>
#include <future>

namespace Aws {
namespace IAM {
namespace Model {
class CreateRoleRequest;
class DeleteRoleRequest;
class GetRoleRequest;
class CreateUserRequest;
class GetUserRequest;
class DeleteUserRequest;
class CreatePolicyRequest;
class DeletePolicyRequest;
class AttachRolePolicyRequest;
class DetachRolePolicyRequest;
class ListAccessKeysRequest;

typedef Aws::Utils::Outcome<CreateRoleResult, IAMError> CreateRoleOutcome;
typedef Aws::Utils::Outcome<Aws::NoResult, IAMError> DeleteRoleOutcome;
typedef Aws::Utils::Outcome<GetRoleResult, IAMError> GetRoleOutcome;
typedef Aws::Utils::Outcome<CreateUserResult, IAMError> CreateUserOutcome;
typedef Aws::Utils::Outcome<GetUserResult, IAMError> GetUserOutcome;
typedef Aws::Utils::Outcome<Aws::NoResult, IAMError> DeleteUserOutcome;
typedef Aws::Utils::Outcome<CreatePolicyResult, IAMError> CreatePolicyOutcome;
typedef Aws::Utils::Outcome<Aws::NoResult, IAMError> DeletePolicyOutcome;
typedef Aws::Utils::Outcome<Aws::NoResult, IAMError> AttachRolePolicyOutcome;
typedef Aws::Utils::Outcome<Aws::NoResult, IAMError> DetachRolePolicyOutcome;
typedef Aws::Utils::Outcome<ListAccessKeysResult, IAMError> ListAccessKeysOutcome;
} // namespace Model
} // namespace IAM
} // namespace Aws
