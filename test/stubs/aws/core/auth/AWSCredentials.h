// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
#include <aws/core/utils/memory/stl/AWSString.h>

namespace Aws {
namespace Auth {
class AWSCredentials {
public:
  AWSCredentials();
  AWSCredentials(const Aws::String &awsAccessKeyId, const Aws::String &awsSecretKey, const Aws::String &sessionToken = "");
  bool IsEmpty() const;
  bool IsExpired() const;
  inline const Aws::String &GetAWSAccessKeyId() const { return m_accessKeyId; }
  inline const Aws::String &GetAWSSecretKey() const { return m_secretKey; }
  inline const Aws::String &GetSessionToken() const { return m_sessionToken; }
  inline void SetAWSAccessKeyId(const Aws::String &accessKeyId) { m_accessKeyId = accessKeyId; }
  inline void SetAWSSecretKey(const Aws::String &secretKey) { m_secretKey = secretKey; }
  inline void SetSessionToken(const Aws::String &sessionToken) { m_sessionToken = sessionToken; }

private:
  Aws::String m_accessKeyId;
  Aws::String m_secretKey;
  Aws::String m_sessionToken;
};
} // namespace Auth
} // namespace Aws
