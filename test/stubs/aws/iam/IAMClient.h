// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
#include <aws/core/client/ClientConfiguration.h>
#include <aws/iam/IAMServiceClientModel.h>

namespace Aws {
namespace IAM {
class IAMClient {
public:
  explicit IAMClient(const Aws::Client::ClientConfiguration &clientConfiguration =
                        Aws::Client::ClientConfiguration());
  virtual ~IAMClient();

  virtual Model::CreateRoleOutcome CreateRole(const Model::CreateRoleRequest &request) const;
  virtual Model::DeleteRoleOutcome DeleteRole(const Model::DeleteRoleRequest &request) const;
  virtual Model::GetRoleOutcome GetRole(const Model::GetRoleRequest &request) const;
};
} // namespace IAM
} // namespace Aws
