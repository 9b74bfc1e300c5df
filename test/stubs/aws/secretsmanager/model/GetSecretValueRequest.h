// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
#include <aws/core/utils/memory/stl/AWSString.h>
#include <aws/secretsmanager/SecretsManagerRequest.h>

#include <utility>

namespace Aws {
namespace SecretsManager {
namespace Model {
class GetSecretValueRequest : public SecretsManagerRequest {
public:
  GetSecretValueRequest();
  inline const char *GetServiceRequestName() const override { return "GetSecretValue"; }

  inline const Aws::String &GetSecretId() const { return m_secretId; }
  inline bool SecretIdHasBeenSet() const { return m_secretIdHasBeenSet; }
  inline void SetSecretId(const Aws::String &value) { m_secretIdHasBeenSet = true; m_secretId = value; }
  inline void SetSecretId(Aws::String &&value) { m_secretIdHasBeenSet = true; m_secretId = std::move(value); }
  inline void SetSecretId(const char *value) { m_secretIdHasBeenSet = true; m_secretId.assign(value); }
  inline GetSecretValueRequest &WithSecretId(const Aws::String &value) { SetSecretId(value); return *this; }
  inline GetSecretValueRequest &WithSecretId(Aws::String &&value) { SetSecretId(std::move(value)); return *this; }
  inline GetSecretValueRequest &WithSecretId(const char *value) { SetSecretId(value); return *this; }
  inline const Aws::String &GetVersionId() const { return m_versionId; }
  inline bool VersionIdHasBeenSet() const { return m_versionIdHasBeenSet; }
  inline void SetVersionId(const Aws::String &value) { m_versionIdHasBeenSet = true; m_versionId = value; }
  inline void SetVersionId(Aws::String &&value) { m_versionIdHasBeenSet = true; m_versionId = std::move(value); }
  inline void SetVersionId(const char *value) { m_versionIdHasBeenSet = true; m_versionId.assign(value); }
  inline GetSecretValueRequest &WithVersionId(const Aws::String &value) { SetVersionId(value); return *this; }
  inline GetSecretValueRequest &WithVersionId(Aws::String &&value) { SetVersionId(std::move(value)); return *this; }
  inline GetSecretValueRequest &WithVersionId(const char *value) { SetVersionId(value); return *this; }
  inline const Aws::String &GetVersionStage() const { return m_versionStage; }
  inline bool VersionStageHasBeenSet() const { return m_versionStageHasBeenSet; }
  inline void SetVersionStage(const Aws::String &value) { m_versionStageHasBeenSet = true; m_versionStage = value; }
  inline void SetVersionStage(Aws::String &&value) { m_versionStageHasBeenSet = true; m_versionStage = std::move(value); }
  inline void SetVersionStage(const char *value) { m_versionStageHasBeenSet = true; m_versionStage.assign(value); }
  inline GetSecretValueRequest &WithVersionStage(const Aws::String &value) { SetVersionStage(value); return *this; }
  inline GetSecretValueRequest &WithVersionStage(Aws::String &&value) { SetVersionStage(std::move(value)); return *this; }
  inline GetSecretValueRequest &WithVersionStage(const char *value) { SetVersionStage(value); return *this; }

private:
  Aws::String m_secretId;
  bool m_secretIdHasBeenSet = false;
  Aws::String m_versionId;
  bool m_versionIdHasBeenSet = false;
  Aws::String m_versionStage;
  bool m_versionStageHasBeenSet = false;
};
} // namespace Model
} // namespace SecretsManager
} // namespace Aws
