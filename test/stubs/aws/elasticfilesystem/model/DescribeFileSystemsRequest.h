// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
#include <aws/core/utils/memory/stl/AWSString.h>
#include <aws/elasticfilesystem/EFSRequest.h>

#include <utility>

namespace Aws {
namespace EFS {
namespace Model {
class DescribeFileSystemsRequest : public EFSRequest {
public:
  DescribeFileSystemsRequest();
  inline const char *GetServiceRequestName() const override { return "DescribeFileSystems"; }

  inline int GetMaxItems() const { return m_maxItems; }
  inline bool MaxItemsHasBeenSet() const { return m_maxItemsHasBeenSet; }
  inline void SetMaxItems(int value) { m_maxItemsHasBeenSet = true; m_maxItems = value; }
  inline DescribeFileSystemsRequest &WithMaxItems(int value) { SetMaxItems(value); return *this; }
  inline const Aws::String &GetMarker() const { return m_marker; }
  inline bool MarkerHasBeenSet() const { return m_markerHasBeenSet; }
  inline void SetMarker(const Aws::String &value) { m_markerHasBeenSet = true; m_marker = value; }
  inline void SetMarker(Aws::String &&value) { m_markerHasBeenSet = true; m_marker = std::move(value); }
  inline void SetMarker(const char *value) { m_markerHasBeenSet = true; m_marker.assign(value); }
  inline DescribeFileSystemsRequest &WithMarker(const Aws::String &value) { SetMarker(value); return *this; }
  inline DescribeFileSystemsRequest &WithMarker(Aws::String &&value) { SetMarker(std::move(value)); return *this; }
  inline DescribeFileSystemsRequest &WithMarker(const char *value) { SetMarker(value); return *this; }
  inline const Aws::String &GetCreationToken() const { return m_creationToken; }
  inline bool CreationTokenHasBeenSet() const { return m_creationTokenHasBeenSet; }
  inline void SetCreationToken(const Aws::String &value) { m_creationTokenHasBeenSet = true; m_creationToken = value; }
  inline void SetCreationToken(Aws::String &&value) { m_creationTokenHasBeenSet = true; m_creationToken = std::move(value); }
  inline void SetCreationToken(const char *value) { m_creationTokenHasBeenSet = true; m_creationToken.assign(value); }
  inline DescribeFileSystemsRequest &WithCreationToken(const Aws::String &value) { SetCreationToken(value); return *this; }
  inline DescribeFileSystemsRequest &WithCreationToken(Aws::String &&value) { SetCreationToken(std::move(value)); return *this; }
  inline DescribeFileSystemsRequest &WithCreationToken(const char *value) { SetCreationToken(value); return *this; }
  inline const Aws::String &GetFileSystemId() const { return m_fileSystemId; }
  inline bool FileSystemIdHasBeenSet() const { return m_fileSystemIdHasBeenSet; }
  inline void SetFileSystemId(const Aws::String &value) { m_fileSystemIdHasBeenSet = true; m_fileSystemId = value; }
  inline void SetFileSystemId(Aws::String &&value) { m_fileSystemIdHasBeenSet = true; m_fileSystemId = std::move(value); }
  inline void SetFileSystemId(const char *value) { m_fileSystemIdHasBeenSet = true; m_fileSystemId.assign(value); }
  inline DescribeFileSystemsRequest &WithFileSystemId(const Aws::String &value) { SetFileSystemId(value); return *this; }
  inline DescribeFileSystemsRequest &WithFileSystemId(Aws::String &&value) { SetFileSystemId(std::move(value)); return *this; }
  inline DescribeFileSystemsRequest &WithFileSystemId(const char *value) { SetFileSystemId(value); return *this; }

private:
  int m_maxItems{0};
  bool m_maxItemsHasBeenSet = false;
  Aws::String m_marker;
  bool m_markerHasBeenSet = false;
  Aws::String m_creationToken;
  bool m_creationTokenHasBeenSet = false;
  Aws::String m_fileSystemId;
  bool m_fileSystemIdHasBeenSet = false;
};
} // namespace Model
} // namespace EFS
} // namespace Aws
