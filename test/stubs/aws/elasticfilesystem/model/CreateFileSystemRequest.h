// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
#include <aws/core/utils/memory/stl/AWSString.h>
#include <aws/elasticfilesystem/EFSRequest.h>

#include <utility>

namespace Aws {
namespace EFS {
namespace Model {
class CreateFileSystemRequest : public EFSRequest {
public:
  CreateFileSystemRequest();
  inline const char *GetServiceRequestName() const override { return "CreateFileSystem"; }

  inline const Aws::String &GetCreationToken() const { return m_creationToken; }
  inline bool CreationTokenHasBeenSet() const { return m_creationTokenHasBeenSet; }
  inline void SetCreationToken(const Aws::String &value) { m_creationTokenHasBeenSet = true; m_creationToken = value; }
  inline void SetCreationToken(Aws::String &&value) { m_creationTokenHasBeenSet = true; m_creationToken = std::move(value); }
  inline void SetCreationToken(const char *value) { m_creationTokenHasBeenSet = true; m_creationToken.assign(value); }
  inline CreateFileSystemRequest &WithCreationToken(const Aws::String &value) { SetCreationToken(value); return *this; }
  inline CreateFileSystemRequest &WithCreationToken(Aws::String &&value) { SetCreationToken(std::move(value)); return *this; }
  inline CreateFileSystemRequest &WithCreationToken(const char *value) { SetCreationToken(value); return *this; }

private:
  Aws::String m_creationToken;
  bool m_creationTokenHasBeenSet = false;
};
} // namespace Model
} // namespace EFS
} // namespace Aws
