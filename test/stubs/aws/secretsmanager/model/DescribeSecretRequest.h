// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
#include <aws/core/utils/memory/stl/AWSString.h>
#include <aws/secretsmanager/SecretsManagerRequest.h>

#include <utility>

namespace Aws {
namespace SecretsManager {
namespace Model {
class DescribeSecretRequest : public SecretsManagerRequest {
public:
  DescribeSecretRequest();
  inline const char *GetServiceRequestName() const override { return "DescribeSecret"; }

  inline const Aws::String &GetSecretId() const { return m_secretId; }
  inline bool SecretIdHasBeenSet() const { return m_secretIdHasBeenSet; }
  inline void SetSecretId(const Aws::String &value) { m_secretIdHasBeenSet = true; m_secretId = value; }
  inline void SetSecretId(Aws::String &&value) { m_secretIdHasBeenSet = true; m_secretId = std::move(value); }
  inline void SetSecretId(const char *value) { m_secretIdHasBeenSet = true; m_secretId.assign(value); }
  inline DescribeSecretRequest &WithSecretId(const Aws::String &value) { SetSecretId(value); return *this; }
  inline DescribeSecretRequest &WithSecretId(Aws::String &&value) { SetSecretId(std::move(value)); return *this; }
  inline DescribeSecretRequest &WithSecretId(const char *value) { SetSecretId(value); return *this; }

private:
  Aws::String m_secretId;
  bool m_secretIdHasBeenSet = false;
};
} // namespace Model
} // namespace SecretsManager
} // namespace Aws
