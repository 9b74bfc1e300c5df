// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
#include <aws/core/utils/memory/stl/AWSString.h>
#include <aws/core/utils/memory/stl/AWSVector.h>
#include <aws/elasticfilesystem/model/FileSystemDescription.h>

namespace Aws {
namespace EFS {
namespace Model {
class DescribeFileSystemsResult {
public:
  DescribeFileSystemsResult();
  inline const Aws::String &GetMarker() const { return m_marker; }
  inline const Aws::Vector<FileSystemDescription> &GetFileSystems() const { return m_fileSystems; }
  inline const Aws::String &GetNextMarker() const { return m_nextMarker; }

private:
  Aws::String m_marker;
  Aws::Vector<FileSystemDescription> m_fileSystems;
  Aws::String m_nextMarker;
};
} // namespace Model
} // namespace EFS
} // namespace Aws
