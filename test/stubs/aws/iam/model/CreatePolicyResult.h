// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
#include <aws/iam/model/Policy.h>

namespace Aws {
namespace IAM {
namespace Model {
class CreatePolicyResult {
public:
  CreatePolicyResult();
  inline const Policy &GetPolicy() const { return m_policy; }

private:
  Policy m_policy;
};
} // namespace Model
} // namespace IAM
} // namespace Aws
