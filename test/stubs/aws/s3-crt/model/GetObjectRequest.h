// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
#include <aws/core/utils/memory/stl/AWSString.h>
#include <aws/s3-crt/S3CrtRequest.h>

#include <utility>

namespace Aws {
namespace S3Crt {
namespace Model {
class GetObjectRequest : public S3CrtRequest {
public:
  GetObjectRequest();
  inline const char *GetServiceRequestName() const override { return "GetObject"; }

  inline const Aws::String &GetBucket() const { return m_bucket; }
  inline bool BucketHasBeenSet() const { return m_bucketHasBeenSet; }
  inline void SetBucket(const Aws::String &value) { m_bucketHasBeenSet = true; m_bucket = value; }
  inline void SetBucket(Aws::String &&value) { m_bucketHasBeenSet = true; m_bucket = std::move(value); }
  inline void SetBucket(const char *value) { m_bucketHasBeenSet = true; m_bucket.assign(value); }
  inline GetObjectRequest &WithBucket(const Aws::String &value) { SetBucket(value); return *this; }
  inline GetObjectRequest &WithBucket(Aws::String &&value) { SetBucket(std::move(value)); return *this; }
  inline GetObjectRequest &WithBucket(const char *value) { SetBucket(value); return *this; }
  inline const Aws::String &GetKey() const { return m_key; }
  inline bool KeyHasBeenSet() const { return m_keyHasBeenSet; }
  inline void SetKey(const Aws::String &value) { m_keyHasBeenSet = true; m_key = value; }
  inline void SetKey(Aws::String &&value) { m_keyHasBeenSet = true; m_key = std::move(value); }
  inline void SetKey(const char *value) { m_keyHasBeenSet = true; m_key.assign(value); }
  inline GetObjectRequest &WithKey(const Aws::String &value) { SetKey(value); return *this; }
  inline GetObjectRequest &WithKey(Aws::String &&value) { SetKey(std::move(value)); return *this; }
  inline GetObjectRequest &WithKey(const char *value) { SetKey(value); return *this; }

private:
  Aws::String m_bucket;
  bool m_bucketHasBeenSet = false;
  Aws::String m_key;
  bool m_keyHasBeenSet = false;
};
} // namespace Model
} // namespace S3Crt
} // namespace Aws
