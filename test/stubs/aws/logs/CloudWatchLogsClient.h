// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
#include <aws/core/client/ClientConfiguration.h>
#include <aws/logs/CloudWatchLogsServiceClientModel.h>

namespace Aws {
namespace CloudWatchLogs {
class CloudWatchLogsClient {
public:
  explicit CloudWatchLogsClient(const Aws::Client::ClientConfiguration &clientConfiguration =
                        Aws::Client::ClientConfiguration());
  virtual ~CloudWatchLogsClient();

  virtual Model::CreateLogGroupOutcome CreateLogGroup(const Model::CreateLogGroupRequest &request) const;
  virtual Model::DescribeLogGroupsOutcome DescribeLogGroups(const Model::DescribeLogGroupsRequest &request = {}) const;
};
} // namespace CloudWatchLogs
} // namespace Aws
