// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
#include <aws/core/utils/memory/stl/AWSString.h>

namespace Aws {
namespace SecretsManager {
namespace Model {
class CreateSecretResult {
public:
  CreateSecretResult();
  inline const Aws::String &GetARN() const { return m_aRN; }
  inline const Aws::String &GetName() const { return m_name; }
  inline const Aws::String &GetVersionId() const { return m_versionId; }

private:
  Aws::String m_aRN;
  Aws::String m_name;
  Aws::String m_versionId;
};
} // namespace Model
} // namespace SecretsManager
} // namespace Aws
