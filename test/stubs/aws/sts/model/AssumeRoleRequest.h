// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
#include <aws/core/utils/memory/stl/AWSString.h>
#include <aws/sts/STSRequest.h>

#include <utility>

namespace Aws {
namespace STS {
namespace Model {
class AssumeRoleRequest : public STSRequest {
public:
  AssumeRoleRequest();
  inline const char *GetServiceRequestName() const override { return "AssumeRole"; }

  inline const Aws::String &GetRoleArn() const { return m_roleArn; }
  inline bool RoleArnHasBeenSet() const { return m_roleArnHasBeenSet; }
  inline void SetRoleArn(const Aws::String &value) { m_roleArnHasBeenSet = true; m_roleArn = value; }
  inline void SetRoleArn(Aws::String &&value) { m_roleArnHasBeenSet = true; m_roleArn = std::move(value); }
  inline void SetRoleArn(const char *value) { m_roleArnHasBeenSet = true; m_roleArn.assign(value); }
  inline AssumeRoleRequest &WithRoleArn(const Aws::String &value) { SetRoleArn(value); return *this; }
  inline AssumeRoleRequest &WithRoleArn(Aws::String &&value) { SetRoleArn(std::move(value)); return *this; }
  inline AssumeRoleRequest &WithRoleArn(const char *value) { SetRoleArn(value); return *this; }
  inline const Aws::String &GetRoleSessionName() const { return m_roleSessionName; }
  inline bool RoleSessionNameHasBeenSet() const { return m_roleSessionNameHasBeenSet; }
  inline void SetRoleSessionName(const Aws::String &value) { m_roleSessionNameHasBeenSet = true; m_roleSessionName = value; }
  inline void SetRoleSessionName(Aws::String &&value) { m_roleSessionNameHasBeenSet = true; m_roleSessionName = std::move(value); }
  inline void SetRoleSessionName(const char *value) { m_roleSessionNameHasBeenSet = true; m_roleSessionName.assign(value); }
  inline AssumeRoleRequest &WithRoleSessionName(const Aws::String &value) { SetRoleSessionName(value); return *this; }
  inline AssumeRoleRequest &WithRoleSessionName(Aws::String &&value) { SetRoleSessionName(std::move(value)); return *this; }
  inline AssumeRoleRequest &WithRoleSessionName(const char *value) { SetRoleSessionName(value); return *this; }
  inline int GetDurationSeconds() const { return m_durationSeconds; }
  inline bool DurationSecondsHasBeenSet() const { return m_durationSecondsHasBeenSet; }
  inline void SetDurationSeconds(int value) { m_durationSecondsHasBeenSet = true; m_durationSeconds = value; }
  inline AssumeRoleRequest &WithDurationSeconds(int value) { SetDurationSeconds(value); return *this; }

private:
  Aws::String m_roleArn;
  bool m_roleArnHasBeenSet = false;
  Aws::String m_roleSessionName;
  bool m_roleSessionNameHasBeenSet = false;
  int m_durationSeconds{0};
  bool m_durationSecondsHasBeenSet = false;
};
} // namespace Model
} // namespace STS
} // namespace Aws
