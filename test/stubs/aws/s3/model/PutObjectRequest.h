// Minimal stub of the AWS SDK for C++ header of the same path: the request's name setters.
#pragma once
#include <aws/core/utils/memory/stl/AWSString.h>
#include <utility>

namespace Aws {
namespace S3 {
namespace Model {

class PutObjectRequest {
public:
  inline const Aws::String &GetBucket() const { return m_bucket; }
  inline void SetBucket(const Aws::String &value) { m_bucket = value; }
  inline void SetBucket(Aws::String &&value) { m_bucket = std::move(value); }
  inline void SetBucket(const char *value) { m_bucket.assign(value); }
  inline PutObjectRequest &WithBucket(const Aws::String &value) { SetBucket(value); return *this; }
  inline PutObjectRequest &WithBucket(Aws::String &&value) { SetBucket(std::move(value)); return *this; }
  inline PutObjectRequest &WithBucket(const char *value) { SetBucket(value); return *this; }
  inline const Aws::String &GetKey() const { return m_key; }
  inline void SetKey(const Aws::String &value) { m_key = value; }
  inline void SetKey(Aws::String &&value) { m_key = std::move(value); }
  inline void SetKey(const char *value) { m_key.assign(value); }
  inline PutObjectRequest &WithKey(const Aws::String &value) { SetKey(value); return *this; }
  inline PutObjectRequest &WithKey(Aws::String &&value) { SetKey(std::move(value)); return *this; }
  inline PutObjectRequest &WithKey(const char *value) { SetKey(value); return *this; }

private:
  Aws::String m_bucket;
  Aws::String m_key;
};

} // namespace Model
} // namespace S3
} // namespace Aws
