// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
#include <aws/core/utils/Outcome.h>
#include <aws/logs/CloudWatchLogsErrors.h>
#include <aws/logs/model/DescribeLogGroupsResult.h>
#include <aws/logs/model/DescribeLogGroupsRequest.h>
#include <aws/core/NoResult.h>

namespace Aws {
namespace CloudWatchLogs {
namespace Model {
class CreateLogGroupRequest;
class DescribeLogGroupsRequest;

typedef Aws::Utils::Outcome<Aws::NoResult, CloudWatchLogsError> CreateLogGroupOutcome;
typedef Aws::Utils::Outcome<DescribeLogGroupsResult, CloudWatchLogsError> DescribeLogGroupsOutcome;
} // namespace Model
} // namespace CloudWatchLogs
} // namespace Aws
