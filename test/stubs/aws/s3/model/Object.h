// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
#include <aws/core/utils/memory/stl/AWSString.h>

#include <utility>

namespace Aws {
namespace S3 {
namespace Model {
class Object {
public:
  Object();

  inline const Aws::String &GetKey() const { return m_key; }
  inline bool KeyHasBeenSet() const { return m_keyHasBeenSet; }
  inline void SetKey(const Aws::String &value) { m_keyHasBeenSet = true; m_key = value; }
  inline void SetKey(Aws::String &&value) { m_keyHasBeenSet = true; m_key = std::move(value); }
  inline void SetKey(const char *value) { m_keyHasBeenSet = true; m_key.assign(value); }
  inline Object &WithKey(const Aws::String &value) { SetKey(value); return *this; }
  inline Object &WithKey(Aws::String &&value) { SetKey(std::move(value)); return *this; }
  inline Object &WithKey(const char *value) { SetKey(value); return *this; }
  inline const Aws::String &GetETag() const { return m_eTag; }
  inline bool ETagHasBeenSet() const { return m_eTagHasBeenSet; }
  inline void SetETag(const Aws::String &value) { m_eTagHasBeenSet = true; m_eTag = value; }
  inline void SetETag(Aws::String &&value) { m_eTagHasBeenSet = true; m_eTag = std::move(value); }
  inline void SetETag(const char *value) { m_eTagHasBeenSet = true; m_eTag.assign(value); }
  inline Object &WithETag(const Aws::String &value) { SetETag(value); return *this; }
  inline Object &WithETag(Aws::String &&value) { SetETag(std::move(value)); return *this; }
  inline Object &WithETag(const char *value) { SetETag(value); return *this; }
  inline long long GetSize() const { return m_size; }
  inline bool SizeHasBeenSet() const { return m_sizeHasBeenSet; }
  inline void SetSize(long long value) { m_sizeHasBeenSet = true; m_size = value; }
  inline Object &WithSize(long long value) { SetSize(value); return *this; }

private:
  Aws::String m_key;
  bool m_keyHasBeenSet = false;
  Aws::String m_eTag;
  bool m_eTagHasBeenSet = false;
  long long m_size{0};
  bool m_sizeHasBeenSet = false;
};
} // namespace Model
} // namespace S3
} // namespace Aws
