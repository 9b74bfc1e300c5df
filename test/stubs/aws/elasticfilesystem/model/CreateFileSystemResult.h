// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
#include <aws/core/utils/memory/stl/AWSString.h>

namespace Aws {
namespace EFS {
namespace Model {
class CreateFileSystemResult {
public:
  CreateFileSystemResult();
  inline const Aws::String &GetOwnerId() const { return m_ownerId; }
  inline const Aws::String &GetCreationToken() const { return m_creationToken; }
  inline const Aws::String &GetFileSystemId() const { return m_fileSystemId; }
  inline const Aws::String &GetFileSystemArn() const { return m_fileSystemArn; }
  inline const Aws::String &GetName() const { return m_name; }

private:
  Aws::String m_ownerId;
  Aws::String m_creationToken;
  Aws::String m_fileSystemId;
  Aws::String m_fileSystemArn;
  Aws::String m_name;
};
} // namespace Model
} // namespace EFS
} // namespace Aws
