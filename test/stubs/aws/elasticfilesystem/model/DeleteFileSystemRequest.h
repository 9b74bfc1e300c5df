// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
#include <aws/core/utils/memory/stl/AWSString.h>
#include <aws/elasticfilesystem/EFSRequest.h>

#include <utility>

namespace Aws {
namespace EFS {
namespace Model {
class DeleteFileSystemRequest : public EFSRequest {
public:
  DeleteFileSystemRequest();
  inline const char *GetServiceRequestName() const override { return "DeleteFileSystem"; }

  inline const Aws::String &GetFileSystemId() const { return m_fileSystemId; }
  inline bool FileSystemIdHasBeenSet() const { return m_fileSystemIdHasBeenSet; }
  inline void SetFileSystemId(const Aws::String &value) { m_fileSystemIdHasBeenSet = true; m_fileSystemId = value; }
  inline void SetFileSystemId(Aws::String &&value) { m_fileSystemIdHasBeenSet = true; m_fileSystemId = std::move(value); }
  inline void SetFileSystemId(const char *value) { m_fileSystemIdHasBeenSet = true; m_fileSystemId.assign(value); }
  inline DeleteFileSystemRequest &WithFileSystemId(const Aws::String &value) { SetFileSystemId(value); return *this; }
  inline DeleteFileSystemRequest &WithFileSystemId(Aws::String &&value) { SetFileSystemId(std::move(value)); return *this; }
  inline DeleteFileSystemRequest &WithFileSystemId(const char *value) { SetFileSystemId(value); return *this; }

private:
  Aws::String m_fileSystemId;
  bool m_fileSystemIdHasBeenSet = false;
};
} // namespace Model
} // namespace EFS
} // namespace Aws
