// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
#include <aws/core/client/ClientConfiguration.h>
#include <aws/iam/IAMServiceClientModel.h>

namespace Aws {
namespace IAM {
class IAMClient {
public:
  IAMClient(const Aws::Client::ClientConfiguration &clientConfiguration =
                        Aws::Client::ClientConfiguration());
  virtual ~IAMClient();

  virtual Model::AttachRolePolicyOutcome AttachRolePolicy(const Model::AttachRolePolicyRequest &request) const;
  virtual Model::CreatePolicyOutcome CreatePolicy(const Model::CreatePolicyRequest &request) const;
  virtual Model::CreateRoleOutcome CreateRole(const Model::CreateRoleRequest &request) const;
  virtual Model::CreateUserOutcome CreateUser(const Model::CreateUserRequest &request) const;
  virtual Model::DeletePolicyOutcome DeletePolicy(const Model::DeletePolicyRequest &request) const;
  virtual Model::DeleteRoleOutcome DeleteRole(const Model::DeleteRoleRequest &request) const;
  virtual Model::DeleteUserOutcome DeleteUser(const Model::DeleteUserRequest &request) const;
  virtual Model::DetachRolePolicyOutcome DetachRolePolicy(const Model::DetachRolePolicyRequest &request) const;
  virtual Model::GetRoleOutcome GetRole(const Model::GetRoleRequest &request) const;
  virtual Model::GetUserOutcome GetUser(const Model::GetUserRequest &request = {}) const;
  virtual Model::ListAccessKeysOutcome ListAccessKeys(const Model::ListAccessKeysRequest &request = {}) const;
};
} // namespace IAM
} // namespace Aws
