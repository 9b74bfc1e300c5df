// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
#include <aws/core/utils/memory/stl/AWSString.h>
#include <aws/iam/IAMRequest.h>

#include <utility>

namespace Aws {
namespace IAM {
namespace Model {
class DetachRolePolicyRequest : public IAMRequest {
public:
  DetachRolePolicyRequest();
  inline const char *GetServiceRequestName() const override { return "DetachRolePolicy"; }

  inline const Aws::String &GetRoleName() const { return m_roleName; }
  inline bool RoleNameHasBeenSet() const { return m_roleNameHasBeenSet; }
  inline void SetRoleName(const Aws::String &value) { m_roleNameHasBeenSet = true; m_roleName = value; }
  inline void SetRoleName(Aws::String &&value) { m_roleNameHasBeenSet = true; m_roleName = std::move(value); }
  inline void SetRoleName(const char *value) { m_roleNameHasBeenSet = true; m_roleName.assign(value); }
  inline DetachRolePolicyRequest &WithRoleName(const Aws::String &value) { SetRoleName(value); return *this; }
  inline DetachRolePolicyRequest &WithRoleName(Aws::String &&value) { SetRoleName(std::move(value)); return *this; }
  inline DetachRolePolicyRequest &WithRoleName(const char *value) { SetRoleName(value); return *this; }
  inline const Aws::String &GetPolicyArn() const { return m_policyArn; }
  inline bool PolicyArnHasBeenSet() const { return m_policyArnHasBeenSet; }
  inline void SetPolicyArn(const Aws::String &value) { m_policyArnHasBeenSet = true; m_policyArn = value; }
  inline void SetPolicyArn(Aws::String &&value) { m_policyArnHasBeenSet = true; m_policyArn = std::move(value); }
  inline void SetPolicyArn(const char *value) { m_policyArnHasBeenSet = true; m_policyArn.assign(value); }
  inline DetachRolePolicyRequest &WithPolicyArn(const Aws::String &value) { SetPolicyArn(value); return *this; }
  inline DetachRolePolicyRequest &WithPolicyArn(Aws::String &&value) { SetPolicyArn(std::move(value)); return *this; }
  inline DetachRolePolicyRequest &WithPolicyArn(const char *value) { SetPolicyArn(value); return *this; }

private:
  Aws::String m_roleName;
  bool m_roleNameHasBeenSet = false;
  Aws::String m_policyArn;
  bool m_policyArnHasBeenSet = false;
};
} // namespace Model
} // namespace IAM
} // namespace Aws
