// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
#include <aws/core/utils/memory/stl/AWSString.h>
#include <aws/core/utils/memory/stl/AWSVector.h>
#include <aws/logs/model/LogGroup.h>

namespace Aws {
namespace CloudWatchLogs {
namespace Model {
class DescribeLogGroupsResult {
public:
  DescribeLogGroupsResult();
  inline const Aws::Vector<LogGroup> &GetLogGroups() const { return m_logGroups; }
  inline const Aws::String &GetNextToken() const { return m_nextToken; }

private:
  Aws::Vector<LogGroup> m_logGroups;
  Aws::String m_nextToken;
};
} // namespace Model
} // namespace CloudWatchLogs
} // namespace Aws
