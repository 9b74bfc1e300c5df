// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
#include <aws/sts/model/Credentials.h>
#include <aws/sts/model/AssumedRoleUser.h>

namespace Aws {
namespace STS {
namespace Model {
class AssumeRoleResult {
public:
  AssumeRoleResult();
  inline const Credentials &GetCredentials() const { return m_credentials; }
  inline const AssumedRoleUser &GetAssumedRoleUser() const { return m_assumedRoleUser; }
  inline int GetPackedPolicySize() const { return m_packedPolicySize; }

private:
  Credentials m_credentials;
  AssumedRoleUser m_assumedRoleUser;
  int m_packedPolicySize{0};
};
} // namespace Model
} // namespace STS
} // namespace Aws
