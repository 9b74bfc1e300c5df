// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
#include <aws/core/utils/memory/stl/AWSString.h>
#include <aws/logs/CloudWatchLogsRequest.h>

#include <utility>

namespace Aws {
namespace CloudWatchLogs {
namespace Model {
class CreateLogGroupRequest : public CloudWatchLogsRequest {
public:
  CreateLogGroupRequest();
  inline const char *GetServiceRequestName() const override { return "CreateLogGroup"; }

  inline const Aws::String &GetLogGroupName() const { return m_logGroupName; }
  inline bool LogGroupNameHasBeenSet() const { return m_logGroupNameHasBeenSet; }
  inline void SetLogGroupName(const Aws::String &value) { m_logGroupNameHasBeenSet = true; m_logGroupName = value; }
  inline void SetLogGroupName(Aws::String &&value) { m_logGroupNameHasBeenSet = true; m_logGroupName = std::move(value); }
  inline void SetLogGroupName(const char *value) { m_logGroupNameHasBeenSet = true; m_logGroupName.assign(value); }
  inline CreateLogGroupRequest &WithLogGroupName(const Aws::String &value) { SetLogGroupName(value); return *this; }
  inline CreateLogGroupRequest &WithLogGroupName(Aws::String &&value) { SetLogGroupName(std::move(value)); return *this; }
  inline CreateLogGroupRequest &WithLogGroupName(const char *value) { SetLogGroupName(value); return *this; }
  inline const Aws::String &GetKmsKeyId() const { return m_kmsKeyId; }
  inline bool KmsKeyIdHasBeenSet() const { return m_kmsKeyIdHasBeenSet; }
  inline void SetKmsKeyId(const Aws::String &value) { m_kmsKeyIdHasBeenSet = true; m_kmsKeyId = value; }
  inline void SetKmsKeyId(Aws::String &&value) { m_kmsKeyIdHasBeenSet = true; m_kmsKeyId = std::move(value); }
  inline void SetKmsKeyId(const char *value) { m_kmsKeyIdHasBeenSet = true; m_kmsKeyId.assign(value); }
  inline CreateLogGroupRequest &WithKmsKeyId(const Aws::String &value) { SetKmsKeyId(value); return *this; }
  inline CreateLogGroupRequest &WithKmsKeyId(Aws::String &&value) { SetKmsKeyId(std::move(value)); return *this; }
  inline CreateLogGroupRequest &WithKmsKeyId(const char *value) { SetKmsKeyId(value); return *this; }

private:
  Aws::String m_logGroupName;
  bool m_logGroupNameHasBeenSet = false;
  Aws::String m_kmsKeyId;
  bool m_kmsKeyIdHasBeenSet = false;
};
} // namespace Model
} // namespace CloudWatchLogs
} // namespace Aws
