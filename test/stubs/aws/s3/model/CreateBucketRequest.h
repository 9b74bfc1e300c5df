// Minimal stub of the AWS SDK for C++ header of the same path: the request's name setters.
#pragma once
#include <aws/core/utils/memory/stl/AWSString.h>
#include <utility>

namespace Aws {
namespace S3 {
namespace Model {

class CreateBucketRequest {
public:
  inline const Aws::String &GetBucket() const { return m_bucket; }
  inline void SetBucket(const Aws::String &value) { m_bucket = value; }
  inline void SetBucket(Aws::String &&value) { m_bucket = std::move(value); }
  inline void SetBucket(const char *value) { m_bucket.assign(value); }
  inline CreateBucketRequest &WithBucket(const Aws::String &value) { SetBucket(value); return *this; }
  inline CreateBucketRequest &WithBucket(Aws::String &&value) { SetBucket(std::move(value)); return *this; }
  inline CreateBucketRequest &WithBucket(const char *value) { SetBucket(value); return *this; }

private:
  Aws::String m_bucket;
};

} // namespace Model
} // namespace S3
} // namespace Aws
