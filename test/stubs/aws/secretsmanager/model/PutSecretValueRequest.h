// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
#include <aws/core/utils/memory/stl/AWSString.h>
#include <aws/secretsmanager/SecretsManagerRequest.h>

#include <utility>

namespace Aws {
namespace SecretsManager {
namespace Model {
class PutSecretValueRequest : public SecretsManagerRequest {
public:
  PutSecretValueRequest();
  inline const char *GetServiceRequestName() const override { return "PutSecretValue"; }

  inline const Aws::String &GetSecretId() const { return m_secretId; }
  inline bool SecretIdHasBeenSet() const { return m_secretIdHasBeenSet; }
  inline void SetSecretId(const Aws::String &value) { m_secretIdHasBeenSet = true; m_secretId = value; }
  inline void SetSecretId(Aws::String &&value) { m_secretIdHasBeenSet = true; m_secretId = std::move(value); }
  inline void SetSecretId(const char *value) { m_secretIdHasBeenSet = true; m_secretId.assign(value); }
  inline PutSecretValueRequest &WithSecretId(const Aws::String &value) { SetSecretId(value); return *this; }
  inline PutSecretValueRequest &WithSecretId(Aws::String &&value) { SetSecretId(std::move(value)); return *this; }
  inline PutSecretValueRequest &WithSecretId(const char *value) { SetSecretId(value); return *this; }
  inline const Aws::String &GetClientRequestToken() const { return m_clientRequestToken; }
  inline bool ClientRequestTokenHasBeenSet() const { return m_clientRequestTokenHasBeenSet; }
  inline void SetClientRequestToken(const Aws::String &value) { m_clientRequestTokenHasBeenSet = true; m_clientRequestToken = value; }
  inline void SetClientRequestToken(Aws::String &&value) { m_clientRequestTokenHasBeenSet = true; m_clientRequestToken = std::move(value); }
  inline void SetClientRequestToken(const char *value) { m_clientRequestTokenHasBeenSet = true; m_clientRequestToken.assign(value); }
  inline PutSecretValueRequest &WithClientRequestToken(const Aws::String &value) { SetClientRequestToken(value); return *this; }
  inline PutSecretValueRequest &WithClientRequestToken(Aws::String &&value) { SetClientRequestToken(std::move(value)); return *this; }
  inline PutSecretValueRequest &WithClientRequestToken(const char *value) { SetClientRequestToken(value); return *this; }
  inline const Aws::String &GetSecretString() const { return m_secretString; }
  inline bool SecretStringHasBeenSet() const { return m_secretStringHasBeenSet; }
  inline void SetSecretString(const Aws::String &value) { m_secretStringHasBeenSet = true; m_secretString = value; }
  inline void SetSecretString(Aws::String &&value) { m_secretStringHasBeenSet = true; m_secretString = std::move(value); }
  inline void SetSecretString(const char *value) { m_secretStringHasBeenSet = true; m_secretString.assign(value); }
  inline PutSecretValueRequest &WithSecretString(const Aws::String &value) { SetSecretString(value); return *this; }
  inline PutSecretValueRequest &WithSecretString(Aws::String &&value) { SetSecretString(std::move(value)); return *this; }
  inline PutSecretValueRequest &WithSecretString(const char *value) { SetSecretString(value); return *this; }

private:
  Aws::String m_secretId;
  bool m_secretIdHasBeenSet = false;
  Aws::String m_clientRequestToken;
  bool m_clientRequestTokenHasBeenSet = false;
  Aws::String m_secretString;
  bool m_secretStringHasBeenSet = false;
};
} // namespace Model
} // namespace SecretsManager
} // namespace Aws
