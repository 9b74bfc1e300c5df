// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
#include <aws/core/utils/memory/stl/AWSString.h>
#include <aws/iam/IAMRequest.h>

#include <utility>

namespace Aws {
namespace IAM {
namespace Model {
class GetRolePolicyRequest : public IAMRequest {
public:
  GetRolePolicyRequest();
  inline const char *GetServiceRequestName() const override { return "GetRolePolicy"; }

  inline const Aws::String &GetRoleName() const { return m_roleName; }
  inline bool RoleNameHasBeenSet() const { return m_roleNameHasBeenSet; }
  inline void SetRoleName(const Aws::String &value) { m_roleNameHasBeenSet = true; m_roleName = value; }
  inline void SetRoleName(Aws::String &&value) { m_roleNameHasBeenSet = true; m_roleName = std::move(value); }
  inline void SetRoleName(const char *value) { m_roleNameHasBeenSet = true; m_roleName.assign(value); }
  inline GetRolePolicyRequest &WithRoleName(const Aws::String &value) { SetRoleName(value); return *this; }
  inline GetRolePolicyRequest &WithRoleName(Aws::String &&value) { SetRoleName(std::move(value)); return *this; }
  inline GetRolePolicyRequest &WithRoleName(const char *value) { SetRoleName(value); return *this; }
  inline const Aws::String &GetPolicyName() const { return m_policyName; }
  inline bool PolicyNameHasBeenSet() const { return m_policyNameHasBeenSet; }
  inline void SetPolicyName(const Aws::String &value) { m_policyNameHasBeenSet = true; m_policyName = value; }
  inline void SetPolicyName(Aws::String &&value) { m_policyNameHasBeenSet = true; m_policyName = std::move(value); }
  inline void SetPolicyName(const char *value) { m_policyNameHasBeenSet = true; m_policyName.assign(value); }
  inline GetRolePolicyRequest &WithPolicyName(const Aws::String &value) { SetPolicyName(value); return *this; }
  inline GetRolePolicyRequest &WithPolicyName(Aws::String &&value) { SetPolicyName(std::move(value)); return *this; }
  inline GetRolePolicyRequest &WithPolicyName(const char *value) { SetPolicyName(value); return *this; }

private:
  Aws::String m_roleName;
  bool m_roleNameHasBeenSet = false;
  Aws::String m_policyName;
  bool m_policyNameHasBeenSet = false;
};
} // namespace Model
} // namespace IAM
} // namespace Aws
