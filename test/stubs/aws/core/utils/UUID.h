// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
#include <aws/core/utils/Array.h>
#include <aws/core/utils/memory/stl/AWSString.h>

#include <cstddef>

namespace Aws {
namespace Utils {
static const size_t UUID_BINARY_SIZE = 0x10;

class UUID {
public:
  UUID(const Aws::String &);
  UUID(const unsigned char uuid[UUID_BINARY_SIZE]);
  operator Aws::String() const;
  operator ByteBuffer() const;
  static UUID RandomUUID();
  static UUID PseudoRandomUUID();

private:
  unsigned char m_uuid[UUID_BINARY_SIZE];
};
} // namespace Utils
} // namespace Aws
