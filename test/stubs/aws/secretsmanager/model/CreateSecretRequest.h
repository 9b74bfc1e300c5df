// Minimal stub of the AWS SDK for C++ header of the same path: the request's name setters.
#pragma once
#include <aws/core/utils/memory/stl/AWSString.h>
#include <utility>

namespace Aws {
namespace SecretsManager {
namespace Model {

class CreateSecretRequest {
public:
  inline const Aws::String &GetName() const { return m_name; }
  inline void SetName(const Aws::String &value) { m_name = value; }
  inline void SetName(Aws::String &&value) { m_name = std::move(value); }
  inline void SetName(const char *value) { m_name.assign(value); }
  inline CreateSecretRequest &WithName(const Aws::String &value) { SetName(value); return *this; }
  inline CreateSecretRequest &WithName(Aws::String &&value) { SetName(std::move(value)); return *this; }
  inline CreateSecretRequest &WithName(const char *value) { SetName(value); return *this; }
  inline const Aws::String &GetSecretString() const { return m_secretString; }
  inline void SetSecretString(const Aws::String &value) { m_secretString = value; }
  inline void SetSecretString(Aws::String &&value) { m_secretString = std::move(value); }
  inline void SetSecretString(const char *value) { m_secretString.assign(value); }
  inline CreateSecretRequest &WithSecretString(const Aws::String &value) { SetSecretString(value); return *this; }
  inline CreateSecretRequest &WithSecretString(Aws::String &&value) { SetSecretString(std::move(value)); return *this; }
  inline CreateSecretRequest &WithSecretString(const char *value) { SetSecretString(value); return *this; }

private:
  Aws::String m_name;
  Aws::String m_secretString;
};

} // namespace Model
} // namespace SecretsManager
} // namespace Aws
