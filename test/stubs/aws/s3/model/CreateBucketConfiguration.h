// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
#include <aws/s3/model/BucketLocationConstraint.h>

#include <utility>

namespace Aws {
namespace S3 {
namespace Model {
class CreateBucketConfiguration {
public:
  CreateBucketConfiguration();

  inline const BucketLocationConstraint &GetLocationConstraint() const { return m_locationConstraint; }
  inline bool LocationConstraintHasBeenSet() const { return m_locationConstraintHasBeenSet; }
  inline void SetLocationConstraint(const BucketLocationConstraint &value) { m_locationConstraintHasBeenSet = true; m_locationConstraint = value; }
  inline void SetLocationConstraint(BucketLocationConstraint &&value) { m_locationConstraintHasBeenSet = true; m_locationConstraint = std::move(value); }
  inline CreateBucketConfiguration &WithLocationConstraint(const BucketLocationConstraint &value) { SetLocationConstraint(value); return *this; }
  inline CreateBucketConfiguration &WithLocationConstraint(BucketLocationConstraint &&value) { SetLocationConstraint(std::move(value)); return *this; }

private:
  BucketLocationConstraint m_locationConstraint = BucketLocationConstraint::NOT_SET;
  bool m_locationConstraintHasBeenSet = false;
};
} // namespace Model
} // namespace S3
} // namespace Aws
