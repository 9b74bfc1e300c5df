// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
#include <aws/core/utils/Outcome.h>
#include <aws/elasticfilesystem/EFSErrors.h>
#include <aws/elasticfilesystem/model/CreateFileSystemResult.h>
#include <aws/elasticfilesystem/model/DescribeFileSystemsResult.h>
#include <aws/core/NoResult.h>
#include <aws/elasticfilesystem/model/DescribeFileSystemsRequest.h>

#include <functional>
#include <future>

namespace Aws {
namespace EFS {
namespace Model {
class CreateFileSystemRequest;
class DescribeFileSystemsRequest;
class DeleteFileSystemRequest;

typedef Aws::Utils::Outcome<CreateFileSystemResult, EFSError> CreateFileSystemOutcome;
typedef Aws::Utils::Outcome<DescribeFileSystemsResult, EFSError> DescribeFileSystemsOutcome;
typedef Aws::Utils::Outcome<Aws::NoResult, EFSError> DeleteFileSystemOutcome;
} // namespace Model
} // namespace EFS
} // namespace Aws
