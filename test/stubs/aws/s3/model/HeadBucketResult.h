// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
#include <aws/core/utils/memory/stl/AWSString.h>

namespace Aws {
namespace S3 {
namespace Model {
class HeadBucketResult {
public:
  HeadBucketResult();
  inline const Aws::String &GetBucketRegion() const { return m_bucketRegion; }

private:
  Aws::String m_bucketRegion;
};
} // namespace Model
} // namespace S3
} // namespace Aws
