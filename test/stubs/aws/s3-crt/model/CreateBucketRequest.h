// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
#include <aws/core/utils/memory/stl/AWSString.h>
#include <aws/s3-crt/S3CrtRequest.h>
#include <aws/s3-crt/model/CreateBucketConfiguration.h>

#include <utility>

namespace Aws {
namespace S3Crt {
namespace Model {
class CreateBucketRequest : public S3CrtRequest {
public:
  CreateBucketRequest();
  inline const char *GetServiceRequestName() const override { return "CreateBucket"; }

  inline const Aws::String &GetBucket() const { return m_bucket; }
  inline bool BucketHasBeenSet() const { return m_bucketHasBeenSet; }
  inline void SetBucket(const Aws::String &value) { m_bucketHasBeenSet = true; m_bucket = value; }
  inline void SetBucket(Aws::String &&value) { m_bucketHasBeenSet = true; m_bucket = std::move(value); }
  inline void SetBucket(const char *value) { m_bucketHasBeenSet = true; m_bucket.assign(value); }
  inline CreateBucketRequest &WithBucket(const Aws::String &value) { SetBucket(value); return *this; }
  inline CreateBucketRequest &WithBucket(Aws::String &&value) { SetBucket(std::move(value)); return *this; }
  inline CreateBucketRequest &WithBucket(const char *value) { SetBucket(value); return *this; }
  inline const CreateBucketConfiguration &GetCreateBucketConfiguration() const { return m_createBucketConfiguration; }
  inline bool CreateBucketConfigurationHasBeenSet() const { return m_createBucketConfigurationHasBeenSet; }
  inline void SetCreateBucketConfiguration(const CreateBucketConfiguration &value) { m_createBucketConfigurationHasBeenSet = true; m_createBucketConfiguration = value; }
  inline void SetCreateBucketConfiguration(CreateBucketConfiguration &&value) { m_createBucketConfigurationHasBeenSet = true; m_createBucketConfiguration = std::move(value); }
  inline CreateBucketRequest &WithCreateBucketConfiguration(const CreateBucketConfiguration &value) { SetCreateBucketConfiguration(value); return *this; }
  inline CreateBucketRequest &WithCreateBucketConfiguration(CreateBucketConfiguration &&value) { SetCreateBucketConfiguration(std::move(value)); return *this; }

private:
  Aws::String m_bucket;
  bool m_bucketHasBeenSet = false;
  CreateBucketConfiguration m_createBucketConfiguration;
  bool m_createBucketConfigurationHasBeenSet = false;
};
} // namespace Model
} // namespace S3Crt
} // namespace Aws
