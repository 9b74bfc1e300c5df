// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
#include <aws/s3-crt/model/BucketLocationConstraint.h>

namespace Aws {
namespace S3Crt {
namespace Model {
class GetBucketLocationResult {
public:
  GetBucketLocationResult();
  inline const BucketLocationConstraint &GetLocationConstraint() const { return m_locationConstraint; }

private:
  BucketLocationConstraint m_locationConstraint = BucketLocationConstraint::NOT_SET;
};
} // namespace Model
} // namespace S3Crt
} // namespace Aws
