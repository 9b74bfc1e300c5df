// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
#include <aws/core/utils/memory/stl/AWSVector.h>
#include <aws/core/utils/memory/stl/AWSString.h>
#include <aws/iam/model/AccessKeyMetadata.h>

namespace Aws {
namespace IAM {
namespace Model {
class ListAccessKeysResult {
public:
  ListAccessKeysResult();
  inline const Aws::Vector<AccessKeyMetadata> &GetAccessKeyMetadata() const { return m_accessKeyMetadata; }
  inline bool GetIsTruncated() const { return m_isTruncated; }
  inline const Aws::String &GetMarker() const { return m_marker; }

private:
  Aws::Vector<AccessKeyMetadata> m_accessKeyMetadata;
  bool m_isTruncated{false};
  Aws::String m_marker;
};
} // namespace Model
} // namespace IAM
} // namespace Aws
