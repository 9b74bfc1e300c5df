// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
#include <aws/core/utils/memory/stl/AWSVector.h>
#include <aws/core/utils/memory/stl/AWSString.h>
#include <aws/s3/model/Bucket.h>

namespace Aws {
namespace S3 {
namespace Model {
class ListBucketsResult {
public:
  ListBucketsResult();
  inline const Aws::Vector<Bucket> &GetBuckets() const { return m_buckets; }
  inline const Aws::String &GetContinuationToken() const { return m_continuationToken; }

private:
  Aws::Vector<Bucket> m_buckets;
  Aws::String m_continuationToken;
};
} // namespace Model
} // namespace S3
} // namespace Aws
