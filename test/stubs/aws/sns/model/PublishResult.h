// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
#include <aws/core/utils/memory/stl/AWSString.h>

namespace Aws {
namespace SNS {
namespace Model {
class PublishResult {
public:
  PublishResult();
  inline const Aws::String &GetMessageId() const { return m_messageId; }

private:
  Aws::String m_messageId;
};
} // namespace Model
} // namespace SNS
} // namespace Aws
