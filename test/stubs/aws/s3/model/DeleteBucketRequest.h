// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
#include <aws/core/utils/memory/stl/AWSString.h>
#include <aws/s3/S3Request.h>

#include <utility>

namespace Aws {
namespace S3 {
namespace Model {
class DeleteBucketRequest : public S3Request {
public:
  DeleteBucketRequest();
  inline const char *GetServiceRequestName() const override { return "DeleteBucket"; }

  inline const Aws::String &GetBucket() const { return m_bucket; }
  inline bool BucketHasBeenSet() const { return m_bucketHasBeenSet; }
  inline void SetBucket(const Aws::String &value) { m_bucketHasBeenSet = true; m_bucket = value; }
  inline void SetBucket(Aws::String &&value) { m_bucketHasBeenSet = true; m_bucket = std::move(value); }
  inline void SetBucket(const char *value) { m_bucketHasBeenSet = true; m_bucket.assign(value); }
  inline DeleteBucketRequest &WithBucket(const Aws::String &value) { SetBucket(value); return *this; }
  inline DeleteBucketRequest &WithBucket(Aws::String &&value) { SetBucket(std::move(value)); return *this; }
  inline DeleteBucketRequest &WithBucket(const char *value) { SetBucket(value); return *this; }
  inline const Aws::String &GetExpectedBucketOwner() const { return m_expectedBucketOwner; }
  inline bool ExpectedBucketOwnerHasBeenSet() const { return m_expectedBucketOwnerHasBeenSet; }
  inline void SetExpectedBucketOwner(const Aws::String &value) { m_expectedBucketOwnerHasBeenSet = true; m_expectedBucketOwner = value; }
  inline void SetExpectedBucketOwner(Aws::String &&value) { m_expectedBucketOwnerHasBeenSet = true; m_expectedBucketOwner = std::move(value); }
  inline void SetExpectedBucketOwner(const char *value) { m_expectedBucketOwnerHasBeenSet = true; m_expectedBucketOwner.assign(value); }
  inline DeleteBucketRequest &WithExpectedBucketOwner(const Aws::String &value) { SetExpectedBucketOwner(value); return *this; }
  inline DeleteBucketRequest &WithExpectedBucketOwner(Aws::String &&value) { SetExpectedBucketOwner(std::move(value)); return *this; }
  inline DeleteBucketRequest &WithExpectedBucketOwner(const char *value) { SetExpectedBucketOwner(value); return *this; }

private:
  Aws::String m_bucket;
  bool m_bucketHasBeenSet = false;
  Aws::String m_expectedBucketOwner;
  bool m_expectedBucketOwnerHasBeenSet = false;
};
} // namespace Model
} // namespace S3
} // namespace Aws
