// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
#include <aws/core/utils/memory/stl/AWSString.h>

namespace Aws {
namespace S3Crt {
namespace Model {
class CreateBucketResult {
public:
  CreateBucketResult();
  inline const Aws::String &GetLocation() const { return m_location; }

private:
  Aws::String m_location;
};
} // namespace Model
} // namespace S3Crt
} // namespace Aws
