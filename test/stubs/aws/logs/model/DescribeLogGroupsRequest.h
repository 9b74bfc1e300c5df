// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
#include <aws/core/utils/memory/stl/AWSString.h>
#include <aws/logs/CloudWatchLogsRequest.h>

#include <utility>

namespace Aws {
namespace CloudWatchLogs {
namespace Model {
class DescribeLogGroupsRequest : public CloudWatchLogsRequest {
public:
  DescribeLogGroupsRequest();
  inline const char *GetServiceRequestName() const override { return "DescribeLogGroups"; }

  inline const Aws::String &GetLogGroupNamePrefix() const { return m_logGroupNamePrefix; }
  inline bool LogGroupNamePrefixHasBeenSet() const { return m_logGroupNamePrefixHasBeenSet; }
  inline void SetLogGroupNamePrefix(const Aws::String &value) { m_logGroupNamePrefixHasBeenSet = true; m_logGroupNamePrefix = value; }
  inline void SetLogGroupNamePrefix(Aws::String &&value) { m_logGroupNamePrefixHasBeenSet = true; m_logGroupNamePrefix = std::move(value); }
  inline void SetLogGroupNamePrefix(const char *value) { m_logGroupNamePrefixHasBeenSet = true; m_logGroupNamePrefix.assign(value); }
  inline DescribeLogGroupsRequest &WithLogGroupNamePrefix(const Aws::String &value) { SetLogGroupNamePrefix(value); return *this; }
  inline DescribeLogGroupsRequest &WithLogGroupNamePrefix(Aws::String &&value) { SetLogGroupNamePrefix(std::move(value)); return *this; }
  inline DescribeLogGroupsRequest &WithLogGroupNamePrefix(const char *value) { SetLogGroupNamePrefix(value); return *this; }
  inline const Aws::String &GetLogGroupNamePattern() const { return m_logGroupNamePattern; }
  inline bool LogGroupNamePatternHasBeenSet() const { return m_logGroupNamePatternHasBeenSet; }
  inline void SetLogGroupNamePattern(const Aws::String &value) { m_logGroupNamePatternHasBeenSet = true; m_logGroupNamePattern = value; }
  inline void SetLogGroupNamePattern(Aws::String &&value) { m_logGroupNamePatternHasBeenSet = true; m_logGroupNamePattern = std::move(value); }
  inline void SetLogGroupNamePattern(const char *value) { m_logGroupNamePatternHasBeenSet = true; m_logGroupNamePattern.assign(value); }
  inline DescribeLogGroupsRequest &WithLogGroupNamePattern(const Aws::String &value) { SetLogGroupNamePattern(value); return *this; }
  inline DescribeLogGroupsRequest &WithLogGroupNamePattern(Aws::String &&value) { SetLogGroupNamePattern(std::move(value)); return *this; }
  inline DescribeLogGroupsRequest &WithLogGroupNamePattern(const char *value) { SetLogGroupNamePattern(value); return *this; }
  inline const Aws::String &GetNextToken() const { return m_nextToken; }
  inline bool NextTokenHasBeenSet() const { return m_nextTokenHasBeenSet; }
  inline void SetNextToken(const Aws::String &value) { m_nextTokenHasBeenSet = true; m_nextToken = value; }
  inline void SetNextToken(Aws::String &&value) { m_nextTokenHasBeenSet = true; m_nextToken = std::move(value); }
  inline void SetNextToken(const char *value) { m_nextTokenHasBeenSet = true; m_nextToken.assign(value); }
  inline DescribeLogGroupsRequest &WithNextToken(const Aws::String &value) { SetNextToken(value); return *this; }
  inline DescribeLogGroupsRequest &WithNextToken(Aws::String &&value) { SetNextToken(std::move(value)); return *this; }
  inline DescribeLogGroupsRequest &WithNextToken(const char *value) { SetNextToken(value); return *this; }

private:
  Aws::String m_logGroupNamePrefix;
  bool m_logGroupNamePrefixHasBeenSet = false;
  Aws::String m_logGroupNamePattern;
  bool m_logGroupNamePatternHasBeenSet = false;
  Aws::String m_nextToken;
  bool m_nextTokenHasBeenSet = false;
};
} // namespace Model
} // namespace CloudWatchLogs
} // namespace Aws
