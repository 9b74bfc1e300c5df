// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
#include <aws/core/utils/memory/stl/AWSString.h>
#include <aws/s3/S3Request.h>

#include <utility>

namespace Aws {
namespace S3 {
namespace Model {
class ListObjectsV2Request : public S3Request {
public:
  ListObjectsV2Request();
  inline const char *GetServiceRequestName() const override { return "ListObjectsV2"; }

  inline const Aws::String &GetBucket() const { return m_bucket; }
  inline bool BucketHasBeenSet() const { return m_bucketHasBeenSet; }
  inline void SetBucket(const Aws::String &value) { m_bucketHasBeenSet = true; m_bucket = value; }
  inline void SetBucket(Aws::String &&value) { m_bucketHasBeenSet = true; m_bucket = std::move(value); }
  inline void SetBucket(const char *value) { m_bucketHasBeenSet = true; m_bucket.assign(value); }
  inline ListObjectsV2Request &WithBucket(const Aws::String &value) { SetBucket(value); return *this; }
  inline ListObjectsV2Request &WithBucket(Aws::String &&value) { SetBucket(std::move(value)); return *this; }
  inline ListObjectsV2Request &WithBucket(const char *value) { SetBucket(value); return *this; }
  inline int GetMaxKeys() const { return m_maxKeys; }
  inline bool MaxKeysHasBeenSet() const { return m_maxKeysHasBeenSet; }
  inline void SetMaxKeys(int value) { m_maxKeysHasBeenSet = true; m_maxKeys = value; }
  inline ListObjectsV2Request &WithMaxKeys(int value) { SetMaxKeys(value); return *this; }
  inline const Aws::String &GetPrefix() const { return m_prefix; }
  inline bool PrefixHasBeenSet() const { return m_prefixHasBeenSet; }
  inline void SetPrefix(const Aws::String &value) { m_prefixHasBeenSet = true; m_prefix = value; }
  inline void SetPrefix(Aws::String &&value) { m_prefixHasBeenSet = true; m_prefix = std::move(value); }
  inline void SetPrefix(const char *value) { m_prefixHasBeenSet = true; m_prefix.assign(value); }
  inline ListObjectsV2Request &WithPrefix(const Aws::String &value) { SetPrefix(value); return *this; }
  inline ListObjectsV2Request &WithPrefix(Aws::String &&value) { SetPrefix(std::move(value)); return *this; }
  inline ListObjectsV2Request &WithPrefix(const char *value) { SetPrefix(value); return *this; }
  inline const Aws::String &GetContinuationToken() const { return m_continuationToken; }
  inline bool ContinuationTokenHasBeenSet() const { return m_continuationTokenHasBeenSet; }
  inline void SetContinuationToken(const Aws::String &value) { m_continuationTokenHasBeenSet = true; m_continuationToken = value; }
  inline void SetContinuationToken(Aws::String &&value) { m_continuationTokenHasBeenSet = true; m_continuationToken = std::move(value); }
  inline void SetContinuationToken(const char *value) { m_continuationTokenHasBeenSet = true; m_continuationToken.assign(value); }
  inline ListObjectsV2Request &WithContinuationToken(const Aws::String &value) { SetContinuationToken(value); return *this; }
  inline ListObjectsV2Request &WithContinuationToken(Aws::String &&value) { SetContinuationToken(std::move(value)); return *this; }
  inline ListObjectsV2Request &WithContinuationToken(const char *value) { SetContinuationToken(value); return *this; }

private:
  Aws::String m_bucket;
  bool m_bucketHasBeenSet = false;
  int m_maxKeys{0};
  bool m_maxKeysHasBeenSet = false;
  Aws::String m_prefix;
  bool m_prefixHasBeenSet = false;
  Aws::String m_continuationToken;
  bool m_continuationTokenHasBeenSet = false;
};
} // namespace Model
} // namespace S3
} // namespace Aws
