// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
#include <aws/core/utils/memory/stl/AWSString.h>

#include <utility>

namespace Aws {
namespace EFS {
namespace Model {
class FileSystemDescription {
public:
  FileSystemDescription();

  inline const Aws::String &GetOwnerId() const { return m_ownerId; }
  inline bool OwnerIdHasBeenSet() const { return m_ownerIdHasBeenSet; }
  inline void SetOwnerId(const Aws::String &value) { m_ownerIdHasBeenSet = true; m_ownerId = value; }
  inline void SetOwnerId(Aws::String &&value) { m_ownerIdHasBeenSet = true; m_ownerId = std::move(value); }
  inline void SetOwnerId(const char *value) { m_ownerIdHasBeenSet = true; m_ownerId.assign(value); }
  inline FileSystemDescription &WithOwnerId(const Aws::String &value) { SetOwnerId(value); return *this; }
  inline FileSystemDescription &WithOwnerId(Aws::String &&value) { SetOwnerId(std::move(value)); return *this; }
  inline FileSystemDescription &WithOwnerId(const char *value) { SetOwnerId(value); return *this; }
  inline const Aws::String &GetCreationToken() const { return m_creationToken; }
  inline bool CreationTokenHasBeenSet() const { return m_creationTokenHasBeenSet; }
  inline void SetCreationToken(const Aws::String &value) { m_creationTokenHasBeenSet = true; m_creationToken = value; }
  inline void SetCreationToken(Aws::String &&value) { m_creationTokenHasBeenSet = true; m_creationToken = std::move(value); }
  inline void SetCreationToken(const char *value) { m_creationTokenHasBeenSet = true; m_creationToken.assign(value); }
  inline FileSystemDescription &WithCreationToken(const Aws::String &value) { SetCreationToken(value); return *this; }
  inline FileSystemDescription &WithCreationToken(Aws::String &&value) { SetCreationToken(std::move(value)); return *this; }
  inline FileSystemDescription &WithCreationToken(const char *value) { SetCreationToken(value); return *this; }
  inline const Aws::String &GetFileSystemId() const { return m_fileSystemId; }
  inline bool FileSystemIdHasBeenSet() const { return m_fileSystemIdHasBeenSet; }
  inline void SetFileSystemId(const Aws::String &value) { m_fileSystemIdHasBeenSet = true; m_fileSystemId = value; }
  inline void SetFileSystemId(Aws::String &&value) { m_fileSystemIdHasBeenSet = true; m_fileSystemId = std::move(value); }
  inline void SetFileSystemId(const char *value) { m_fileSystemIdHasBeenSet = true; m_fileSystemId.assign(value); }
  inline FileSystemDescription &WithFileSystemId(const Aws::String &value) { SetFileSystemId(value); return *this; }
  inline FileSystemDescription &WithFileSystemId(Aws::String &&value) { SetFileSystemId(std::move(value)); return *this; }
  inline FileSystemDescription &WithFileSystemId(const char *value) { SetFileSystemId(value); return *this; }
  inline const Aws::String &GetFileSystemArn() const { return m_fileSystemArn; }
  inline bool FileSystemArnHasBeenSet() const { return m_fileSystemArnHasBeenSet; }
  inline void SetFileSystemArn(const Aws::String &value) { m_fileSystemArnHasBeenSet = true; m_fileSystemArn = value; }
  inline void SetFileSystemArn(Aws::String &&value) { m_fileSystemArnHasBeenSet = true; m_fileSystemArn = std::move(value); }
  inline void SetFileSystemArn(const char *value) { m_fileSystemArnHasBeenSet = true; m_fileSystemArn.assign(value); }
  inline FileSystemDescription &WithFileSystemArn(const Aws::String &value) { SetFileSystemArn(value); return *this; }
  inline FileSystemDescription &WithFileSystemArn(Aws::String &&value) { SetFileSystemArn(std::move(value)); return *this; }
  inline FileSystemDescription &WithFileSystemArn(const char *value) { SetFileSystemArn(value); return *this; }
  inline const Aws::String &GetName() const { return m_name; }
  inline bool NameHasBeenSet() const { return m_nameHasBeenSet; }
  inline void SetName(const Aws::String &value) { m_nameHasBeenSet = true; m_name = value; }
  inline void SetName(Aws::String &&value) { m_nameHasBeenSet = true; m_name = std::move(value); }
  inline void SetName(const char *value) { m_nameHasBeenSet = true; m_name.assign(value); }
  inline FileSystemDescription &WithName(const Aws::String &value) { SetName(value); return *this; }
  inline FileSystemDescription &WithName(Aws::String &&value) { SetName(std::move(value)); return *this; }
  inline FileSystemDescription &WithName(const char *value) { SetName(value); return *this; }

private:
  Aws::String m_ownerId;
  bool m_ownerIdHasBeenSet = false;
  Aws::String m_creationToken;
  bool m_creationTokenHasBeenSet = false;
  Aws::String m_fileSystemId;
  bool m_fileSystemIdHasBeenSet = false;
  Aws::String m_fileSystemArn;
  bool m_fileSystemArnHasBeenSet = false;
  Aws::String m_name;
  bool m_nameHasBeenSet = false;
};
} // namespace Model
} // namespace EFS
} // namespace Aws
