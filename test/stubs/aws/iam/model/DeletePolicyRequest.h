// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
#include <aws/core/utils/memory/stl/AWSString.h>
#include <aws/iam/IAMRequest.h>

#include <utility>

namespace Aws {
namespace IAM {
namespace Model {
class DeletePolicyRequest : public IAMRequest {
public:
  DeletePolicyRequest();
  inline const char *GetServiceRequestName() const override { return "DeletePolicy"; }

  inline const Aws::String &GetPolicyArn() const { return m_policyArn; }
  inline bool PolicyArnHasBeenSet() const { return m_policyArnHasBeenSet; }
  inline void SetPolicyArn(const Aws::String &value) { m_policyArnHasBeenSet = true; m_policyArn = value; }
  inline void SetPolicyArn(Aws::String &&value) { m_policyArnHasBeenSet = true; m_policyArn = std::move(value); }
  inline void SetPolicyArn(const char *value) { m_policyArnHasBeenSet = true; m_policyArn.assign(value); }
  inline DeletePolicyRequest &WithPolicyArn(const Aws::String &value) { SetPolicyArn(value); return *this; }
  inline DeletePolicyRequest &WithPolicyArn(Aws::String &&value) { SetPolicyArn(std::move(value)); return *this; }
  inline DeletePolicyRequest &WithPolicyArn(const char *value) { SetPolicyArn(value); return *this; }

private:
  Aws::String m_policyArn;
  bool m_policyArnHasBeenSet = false;
};
} // namespace Model
} // namespace IAM
} // namespace Aws
