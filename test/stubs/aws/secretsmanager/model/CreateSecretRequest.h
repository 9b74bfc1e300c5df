// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
#include <aws/core/utils/memory/stl/AWSString.h>
#include <aws/secretsmanager/SecretsManagerRequest.h>

#include <utility>

namespace Aws {
namespace SecretsManager {
namespace Model {
class CreateSecretRequest : public SecretsManagerRequest {
public:
  CreateSecretRequest();
  inline const char *GetServiceRequestName() const override { return "CreateSecret"; }

  inline const Aws::String &GetName() const { return m_name; }
  inline bool NameHasBeenSet() const { return m_nameHasBeenSet; }
  inline void SetName(const Aws::String &value) { m_nameHasBeenSet = true; m_name = value; }
  inline void SetName(Aws::String &&value) { m_nameHasBeenSet = true; m_name = std::move(value); }
  inline void SetName(const char *value) { m_nameHasBeenSet = true; m_name.assign(value); }
  inline CreateSecretRequest &WithName(const Aws::String &value) { SetName(value); return *this; }
  inline CreateSecretRequest &WithName(Aws::String &&value) { SetName(std::move(value)); return *this; }
  inline CreateSecretRequest &WithName(const char *value) { SetName(value); return *this; }
  inline const Aws::String &GetClientRequestToken() const { return m_clientRequestToken; }
  inline bool ClientRequestTokenHasBeenSet() const { return m_clientRequestTokenHasBeenSet; }
  inline void SetClientRequestToken(const Aws::String &value) { m_clientRequestTokenHasBeenSet = true; m_clientRequestToken = value; }
  inline void SetClientRequestToken(Aws::String &&value) { m_clientRequestTokenHasBeenSet = true; m_clientRequestToken = std::move(value); }
  inline void SetClientRequestToken(const char *value) { m_clientRequestTokenHasBeenSet = true; m_clientRequestToken.assign(value); }
  inline CreateSecretRequest &WithClientRequestToken(const Aws::String &value) { SetClientRequestToken(value); return *this; }
  inline CreateSecretRequest &WithClientRequestToken(Aws::String &&value) { SetClientRequestToken(std::move(value)); return *this; }
  inline CreateSecretRequest &WithClientRequestToken(const char *value) { SetClientRequestToken(value); return *this; }
  inline const Aws::String &GetDescription() const { return m_description; }
  inline bool DescriptionHasBeenSet() const { return m_descriptionHasBeenSet; }
  inline void SetDescription(const Aws::String &value) { m_descriptionHasBeenSet = true; m_description = value; }
  inline void SetDescription(Aws::String &&value) { m_descriptionHasBeenSet = true; m_description = std::move(value); }
  inline void SetDescription(const char *value) { m_descriptionHasBeenSet = true; m_description.assign(value); }
  inline CreateSecretRequest &WithDescription(const Aws::String &value) { SetDescription(value); return *this; }
  inline CreateSecretRequest &WithDescription(Aws::String &&value) { SetDescription(std::move(value)); return *this; }
  inline CreateSecretRequest &WithDescription(const char *value) { SetDescription(value); return *this; }
  inline const Aws::String &GetKmsKeyId() const { return m_kmsKeyId; }
  inline bool KmsKeyIdHasBeenSet() const { return m_kmsKeyIdHasBeenSet; }
  inline void SetKmsKeyId(const Aws::String &value) { m_kmsKeyIdHasBeenSet = true; m_kmsKeyId = value; }
  inline void SetKmsKeyId(Aws::String &&value) { m_kmsKeyIdHasBeenSet = true; m_kmsKeyId = std::move(value); }
  inline void SetKmsKeyId(const char *value) { m_kmsKeyIdHasBeenSet = true; m_kmsKeyId.assign(value); }
  inline CreateSecretRequest &WithKmsKeyId(const Aws::String &value) { SetKmsKeyId(value); return *this; }
  inline CreateSecretRequest &WithKmsKeyId(Aws::String &&value) { SetKmsKeyId(std::move(value)); return *this; }
  inline CreateSecretRequest &WithKmsKeyId(const char *value) { SetKmsKeyId(value); return *this; }
  inline const Aws::String &GetSecretString() const { return m_secretString; }
  inline bool SecretStringHasBeenSet() const { return m_secretStringHasBeenSet; }
  inline void SetSecretString(const Aws::String &value) { m_secretStringHasBeenSet = true; m_secretString = value; }
  inline void SetSecretString(Aws::String &&value) { m_secretStringHasBeenSet = true; m_secretString = std::move(value); }
  inline void SetSecretString(const char *value) { m_secretStringHasBeenSet = true; m_secretString.assign(value); }
  inline CreateSecretRequest &WithSecretString(const Aws::String &value) { SetSecretString(value); return *this; }
  inline CreateSecretRequest &WithSecretString(Aws::String &&value) { SetSecretString(std::move(value)); return *this; }
  inline CreateSecretRequest &WithSecretString(const char *value) { SetSecretString(value); return *this; }

private:
  Aws::String m_name;
  bool m_nameHasBeenSet = false;
  Aws::String m_clientRequestToken;
  bool m_clientRequestTokenHasBeenSet = false;
  Aws::String m_description;
  bool m_descriptionHasBeenSet = false;
  Aws::String m_kmsKeyId;
  bool m_kmsKeyIdHasBeenSet = false;
  Aws::String m_secretString;
  bool m_secretStringHasBeenSet = false;
};
} // namespace Model
} // namespace SecretsManager
} // namespace Aws
