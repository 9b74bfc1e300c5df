// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
#include <aws/core/utils/memory/stl/AWSString.h>
#include <aws/s3/S3Request.h>

#include <utility>

namespace Aws {
namespace S3 {
namespace Model {
class ListBucketsRequest : public S3Request {
public:
  ListBucketsRequest();
  inline const char *GetServiceRequestName() const override { return "ListBuckets"; }

  inline int GetMaxBuckets() const { return m_maxBuckets; }
  inline bool MaxBucketsHasBeenSet() const { return m_maxBucketsHasBeenSet; }
  inline void SetMaxBuckets(int value) { m_maxBucketsHasBeenSet = true; m_maxBuckets = value; }
  inline ListBucketsRequest &WithMaxBuckets(int value) { SetMaxBuckets(value); return *this; }
  inline const Aws::String &GetContinuationToken() const { return m_continuationToken; }
  inline bool ContinuationTokenHasBeenSet() const { return m_continuationTokenHasBeenSet; }
  inline void SetContinuationToken(const Aws::String &value) { m_continuationTokenHasBeenSet = true; m_continuationToken = value; }
  inline void SetContinuationToken(Aws::String &&value) { m_continuationTokenHasBeenSet = true; m_continuationToken = std::move(value); }
  inline void SetContinuationToken(const char *value) { m_continuationTokenHasBeenSet = true; m_continuationToken.assign(value); }
  inline ListBucketsRequest &WithContinuationToken(const Aws::String &value) { SetContinuationToken(value); return *this; }
  inline ListBucketsRequest &WithContinuationToken(Aws::String &&value) { SetContinuationToken(std::move(value)); return *this; }
  inline ListBucketsRequest &WithContinuationToken(const char *value) { SetContinuationToken(value); return *this; }

private:
  int m_maxBuckets{0};
  bool m_maxBucketsHasBeenSet = false;
  Aws::String m_continuationToken;
  bool m_continuationTokenHasBeenSet = false;
};
} // namespace Model
} // namespace S3
} // namespace Aws
