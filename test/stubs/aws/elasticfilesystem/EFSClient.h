// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
#include <aws/core/client/ClientConfiguration.h>
#include <aws/elasticfilesystem/EFSServiceClientModel.h>

namespace Aws {
namespace EFS {
class EFSClient {
public:
  EFSClient(const Aws::Client::ClientConfiguration &clientConfiguration =
                        Aws::Client::ClientConfiguration());
  virtual ~EFSClient();

  virtual Model::CreateFileSystemOutcome CreateFileSystem(const Model::CreateFileSystemRequest &request) const;
  virtual Model::DeleteFileSystemOutcome DeleteFileSystem(const Model::DeleteFileSystemRequest &request) const;
  virtual Model::DescribeFileSystemsOutcome DescribeFileSystems(const Model::DescribeFileSystemsRequest &request = {}) const;
};
} // namespace EFS
} // namespace Aws
