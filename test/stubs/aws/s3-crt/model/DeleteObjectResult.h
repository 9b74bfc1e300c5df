// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
#include <aws/core/utils/memory/stl/AWSString.h>

namespace Aws {
namespace S3Crt {
namespace Model {
class DeleteObjectResult {
public:
  DeleteObjectResult();
  inline bool GetDeleteMarker() const { return m_deleteMarker; }
  inline const Aws::String &GetVersionId() const { return m_versionId; }

private:
  bool m_deleteMarker{false};
  Aws::String m_versionId;
};
} // namespace Model
} // namespace S3Crt
} // namespace Aws
