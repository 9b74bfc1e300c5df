// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
#include <aws/core/utils/memory/stl/AWSString.h>
#include <aws/iam/IAMRequest.h>

#include <utility>

namespace Aws {
namespace IAM {
namespace Model {
class GetRoleRequest : public IAMRequest {
public:
  GetRoleRequest();
  inline const char *GetServiceRequestName() const override { return "GetRole"; }

  inline const Aws::String &GetRoleName() const { return m_roleName; }
  inline bool RoleNameHasBeenSet() const { return m_roleNameHasBeenSet; }
  inline void SetRoleName(const Aws::String &value) { m_roleNameHasBeenSet = true; m_roleName = value; }
  inline void SetRoleName(Aws::String &&value) { m_roleNameHasBeenSet = true; m_roleName = std::move(value); }
  inline void SetRoleName(const char *value) { m_roleNameHasBeenSet = true; m_roleName.assign(value); }
  inline GetRoleRequest &WithRoleName(const Aws::String &value) { SetRoleName(value); return *this; }
  inline GetRoleRequest &WithRoleName(Aws::String &&value) { SetRoleName(std::move(value)); return *this; }
  inline GetRoleRequest &WithRoleName(const char *value) { SetRoleName(value); return *this; }

private:
  Aws::String m_roleName;
  bool m_roleNameHasBeenSet = false;
};
} // namespace Model
} // namespace IAM
} // namespace Aws
