// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
#include <aws/core/utils/memory/stl/AWSString.h>

#include <utility>

namespace Aws {
namespace S3 {
namespace Model {
class Bucket {
public:
  Bucket();

  inline const Aws::String &GetName() const { return m_name; }
  inline bool NameHasBeenSet() const { return m_nameHasBeenSet; }
  inline void SetName(const Aws::String &value) { m_nameHasBeenSet = true; m_name = value; }
  inline void SetName(Aws::String &&value) { m_nameHasBeenSet = true; m_name = std::move(value); }
  inline void SetName(const char *value) { m_nameHasBeenSet = true; m_name.assign(value); }
  inline Bucket &WithName(const Aws::String &value) { SetName(value); return *this; }
  inline Bucket &WithName(Aws::String &&value) { SetName(std::move(value)); return *this; }
  inline Bucket &WithName(const char *value) { SetName(value); return *this; }

private:
  Aws::String m_name;
  bool m_nameHasBeenSet = false;
};
} // namespace Model
} // namespace S3
} // namespace Aws
