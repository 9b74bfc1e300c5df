// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
#include <aws/core/utils/memory/stl/AWSString.h>
#include <aws/iam/model/StatusType.h>

#include <utility>

namespace Aws {
namespace IAM {
namespace Model {
class AccessKeyMetadata {
public:
  AccessKeyMetadata();

  inline const Aws::String &GetUserName() const { return m_userName; }
  inline bool UserNameHasBeenSet() const { return m_userNameHasBeenSet; }
  inline void SetUserName(const Aws::String &value) { m_userNameHasBeenSet = true; m_userName = value; }
  inline void SetUserName(Aws::String &&value) { m_userNameHasBeenSet = true; m_userName = std::move(value); }
  inline void SetUserName(const char *value) { m_userNameHasBeenSet = true; m_userName.assign(value); }
  inline AccessKeyMetadata &WithUserName(const Aws::String &value) { SetUserName(value); return *this; }
  inline AccessKeyMetadata &WithUserName(Aws::String &&value) { SetUserName(std::move(value)); return *this; }
  inline AccessKeyMetadata &WithUserName(const char *value) { SetUserName(value); return *this; }
  inline const Aws::String &GetAccessKeyId() const { return m_accessKeyId; }
  inline bool AccessKeyIdHasBeenSet() const { return m_accessKeyIdHasBeenSet; }
  inline void SetAccessKeyId(const Aws::String &value) { m_accessKeyIdHasBeenSet = true; m_accessKeyId = value; }
  inline void SetAccessKeyId(Aws::String &&value) { m_accessKeyIdHasBeenSet = true; m_accessKeyId = std::move(value); }
  inline void SetAccessKeyId(const char *value) { m_accessKeyIdHasBeenSet = true; m_accessKeyId.assign(value); }
  inline AccessKeyMetadata &WithAccessKeyId(const Aws::String &value) { SetAccessKeyId(value); return *this; }
  inline AccessKeyMetadata &WithAccessKeyId(Aws::String &&value) { SetAccessKeyId(std::move(value)); return *this; }
  inline AccessKeyMetadata &WithAccessKeyId(const char *value) { SetAccessKeyId(value); return *this; }
  inline const StatusType &GetStatus() const { return m_status; }
  inline bool StatusHasBeenSet() const { return m_statusHasBeenSet; }
  inline void SetStatus(const StatusType &value) { m_statusHasBeenSet = true; m_status = value; }
  inline void SetStatus(StatusType &&value) { m_statusHasBeenSet = true; m_status = std::move(value); }
  inline AccessKeyMetadata &WithStatus(const StatusType &value) { SetStatus(value); return *this; }
  inline AccessKeyMetadata &WithStatus(StatusType &&value) { SetStatus(std::move(value)); return *this; }

private:
  Aws::String m_userName;
  bool m_userNameHasBeenSet = false;
  Aws::String m_accessKeyId;
  bool m_accessKeyIdHasBeenSet = false;
  StatusType m_status = StatusType::NOT_SET;
  bool m_statusHasBeenSet = false;
};
} // namespace Model
} // namespace IAM
} // namespace Aws
