// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
#include <aws/iam/model/Role.h>

namespace Aws {
namespace IAM {
namespace Model {
class CreateRoleResult {
public:
  CreateRoleResult();
  inline const Role &GetRole() const { return m_role; }

private:
  Role m_role;
};
} // namespace Model
} // namespace IAM
} // namespace Aws
