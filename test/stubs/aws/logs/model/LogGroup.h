// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
#include <aws/core/utils/memory/stl/AWSString.h>

#include <utility>

namespace Aws {
namespace CloudWatchLogs {
namespace Model {
class LogGroup {
public:
  LogGroup();

  inline const Aws::String &GetLogGroupName() const { return m_logGroupName; }
  inline bool LogGroupNameHasBeenSet() const { return m_logGroupNameHasBeenSet; }
  inline void SetLogGroupName(const Aws::String &value) { m_logGroupNameHasBeenSet = true; m_logGroupName = value; }
  inline void SetLogGroupName(Aws::String &&value) { m_logGroupNameHasBeenSet = true; m_logGroupName = std::move(value); }
  inline void SetLogGroupName(const char *value) { m_logGroupNameHasBeenSet = true; m_logGroupName.assign(value); }
  inline LogGroup &WithLogGroupName(const Aws::String &value) { SetLogGroupName(value); return *this; }
  inline LogGroup &WithLogGroupName(Aws::String &&value) { SetLogGroupName(std::move(value)); return *this; }
  inline LogGroup &WithLogGroupName(const char *value) { SetLogGroupName(value); return *this; }
  inline const Aws::String &GetArn() const { return m_arn; }
  inline bool ArnHasBeenSet() const { return m_arnHasBeenSet; }
  inline void SetArn(const Aws::String &value) { m_arnHasBeenSet = true; m_arn = value; }
  inline void SetArn(Aws::String &&value) { m_arnHasBeenSet = true; m_arn = std::move(value); }
  inline void SetArn(const char *value) { m_arnHasBeenSet = true; m_arn.assign(value); }
  inline LogGroup &WithArn(const Aws::String &value) { SetArn(value); return *this; }
  inline LogGroup &WithArn(Aws::String &&value) { SetArn(std::move(value)); return *this; }
  inline LogGroup &WithArn(const char *value) { SetArn(value); return *this; }
  inline const Aws::String &GetKmsKeyId() const { return m_kmsKeyId; }
  inline bool KmsKeyIdHasBeenSet() const { return m_kmsKeyIdHasBeenSet; }
  inline void SetKmsKeyId(const Aws::String &value) { m_kmsKeyIdHasBeenSet = true; m_kmsKeyId = value; }
  inline void SetKmsKeyId(Aws::String &&value) { m_kmsKeyIdHasBeenSet = true; m_kmsKeyId = std::move(value); }
  inline void SetKmsKeyId(const char *value) { m_kmsKeyIdHasBeenSet = true; m_kmsKeyId.assign(value); }
  inline LogGroup &WithKmsKeyId(const Aws::String &value) { SetKmsKeyId(value); return *this; }
  inline LogGroup &WithKmsKeyId(Aws::String &&value) { SetKmsKeyId(std::move(value)); return *this; }
  inline LogGroup &WithKmsKeyId(const char *value) { SetKmsKeyId(value); return *this; }
  inline const Aws::String &GetLogGroupArn() const { return m_logGroupArn; }
  inline bool LogGroupArnHasBeenSet() const { return m_logGroupArnHasBeenSet; }
  inline void SetLogGroupArn(const Aws::String &value) { m_logGroupArnHasBeenSet = true; m_logGroupArn = value; }
  inline void SetLogGroupArn(Aws::String &&value) { m_logGroupArnHasBeenSet = true; m_logGroupArn = std::move(value); }
  inline void SetLogGroupArn(const char *value) { m_logGroupArnHasBeenSet = true; m_logGroupArn.assign(value); }
  inline LogGroup &WithLogGroupArn(const Aws::String &value) { SetLogGroupArn(value); return *this; }
  inline LogGroup &WithLogGroupArn(Aws::String &&value) { SetLogGroupArn(std::move(value)); return *this; }
  inline LogGroup &WithLogGroupArn(const char *value) { SetLogGroupArn(value); return *this; }

private:
  Aws::String m_logGroupName;
  bool m_logGroupNameHasBeenSet = false;
  Aws::String m_arn;
  bool m_arnHasBeenSet = false;
  Aws::String m_kmsKeyId;
  bool m_kmsKeyIdHasBeenSet = false;
  Aws::String m_logGroupArn;
  bool m_logGroupArnHasBeenSet = false;
};
} // namespace Model
} // namespace CloudWatchLogs
} // namespace Aws
