// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
#include <aws/core/utils/memory/stl/AWSString.h>

namespace Aws {
namespace S3Crt {
namespace Model {
class GetObjectResult {
public:
  GetObjectResult();
  inline const Aws::String &GetETag() const { return m_eTag; }
  inline long long GetContentLength() const { return m_contentLength; }

private:
  Aws::String m_eTag;
  long long m_contentLength{0};
};
} // namespace Model
} // namespace S3Crt
} // namespace Aws
