// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
#include <aws/core/utils/memory/stl/AWSString.h>
#include <aws/s3-crt/S3CrtRequest.h>
#include <aws/core/utils/memory/stl/AWSStreamFwd.h>
#include <memory>

#include <utility>

namespace Aws {
namespace S3Crt {
namespace Model {
class PutObjectRequest : public S3CrtRequest {
public:
  PutObjectRequest();
  inline const char *GetServiceRequestName() const override { return "PutObject"; }
  // From Aws::AmazonStreamingWebServiceRequest.
  inline const std::shared_ptr<Aws::IOStream> &GetBody() const { return m_body; }
  inline void SetBody(const std::shared_ptr<Aws::IOStream> &body) { m_body = body; }

  inline const Aws::String &GetBucket() const { return m_bucket; }
  inline bool BucketHasBeenSet() const { return m_bucketHasBeenSet; }
  inline void SetBucket(const Aws::String &value) { m_bucketHasBeenSet = true; m_bucket = value; }
  inline void SetBucket(Aws::String &&value) { m_bucketHasBeenSet = true; m_bucket = std::move(value); }
  inline void SetBucket(const char *value) { m_bucketHasBeenSet = true; m_bucket.assign(value); }
  inline PutObjectRequest &WithBucket(const Aws::String &value) { SetBucket(value); return *this; }
  inline PutObjectRequest &WithBucket(Aws::String &&value) { SetBucket(std::move(value)); return *this; }
  inline PutObjectRequest &WithBucket(const char *value) { SetBucket(value); return *this; }
  inline const Aws::String &GetKey() const { return m_key; }
  inline bool KeyHasBeenSet() const { return m_keyHasBeenSet; }
  inline void SetKey(const Aws::String &value) { m_keyHasBeenSet = true; m_key = value; }
  inline void SetKey(Aws::String &&value) { m_keyHasBeenSet = true; m_key = std::move(value); }
  inline void SetKey(const char *value) { m_keyHasBeenSet = true; m_key.assign(value); }
  inline PutObjectRequest &WithKey(const Aws::String &value) { SetKey(value); return *this; }
  inline PutObjectRequest &WithKey(Aws::String &&value) { SetKey(std::move(value)); return *this; }
  inline PutObjectRequest &WithKey(const char *value) { SetKey(value); return *this; }

private:
  std::shared_ptr<Aws::IOStream> m_body;
  Aws::String m_bucket;
  bool m_bucketHasBeenSet = false;
  Aws::String m_key;
  bool m_keyHasBeenSet = false;
};
} // namespace Model
} // namespace S3Crt
} // namespace Aws
