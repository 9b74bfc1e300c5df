// Test stub of the AWS SDK for C++ before S3 conditional writes (2024): PutObjectRequest as older
// SDK releases declare it, with no SetIfMatch / SetIfNoneMatch. Put ahead of test/stubs on the
// include path, it stands in for the newer header there.
#pragma once
#include <aws/core/utils/memory/stl/AWSString.h>
#include <aws/s3/S3Request.h>

#include <utility>

namespace Aws {
namespace S3 {
namespace Model {
class PutObjectRequest : public S3Request {
public:
  PutObjectRequest();
  inline const char *GetServiceRequestName() const override { return "PutObject"; }

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
  inline const Aws::String &GetContentType() const { return m_contentType; }
  inline bool ContentTypeHasBeenSet() const { return m_contentTypeHasBeenSet; }
  inline void SetContentType(const Aws::String &value) { m_contentTypeHasBeenSet = true; m_contentType = value; }
  inline void SetContentType(Aws::String &&value) { m_contentTypeHasBeenSet = true; m_contentType = std::move(value); }
  inline void SetContentType(const char *value) { m_contentTypeHasBeenSet = true; m_contentType.assign(value); }
  inline PutObjectRequest &WithContentType(const Aws::String &value) { SetContentType(value); return *this; }
  inline PutObjectRequest &WithContentType(Aws::String &&value) { SetContentType(std::move(value)); return *this; }
  inline PutObjectRequest &WithContentType(const char *value) { SetContentType(value); return *this; }

private:
  Aws::String m_bucket;
  bool m_bucketHasBeenSet = false;
  Aws::String m_key;
  bool m_keyHasBeenSet = false;
  Aws::String m_contentType;
  bool m_contentTypeHasBeenSet = false;
};
} // namespace Model
} // namespace S3
} // namespace Aws
