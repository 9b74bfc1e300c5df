// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
#include <aws/core/utils/memory/stl/AWSString.h>
#include <aws/iam/IAMRequest.h>

#include <utility>

namespace Aws {
namespace IAM {
namespace Model {
class DeleteUserRequest : public IAMRequest {
public:
  DeleteUserRequest();
  inline const char *GetServiceRequestName() const override { return "DeleteUser"; }

  inline const Aws::String &GetUserName() const { return m_userName; }
  inline bool UserNameHasBeenSet() const { return m_userNameHasBeenSet; }
  inline void SetUserName(const Aws::String &value) { m_userNameHasBeenSet = true; m_userName = value; }
  inline void SetUserName(Aws::String &&value) { m_userNameHasBeenSet = true; m_userName = std::move(value); }
  inline void SetUserName(const char *value) { m_userNameHasBeenSet = true; m_userName.assign(value); }
  inline DeleteUserRequest &WithUserName(const Aws::String &value) { SetUserName(value); return *this; }
  inline DeleteUserRequest &WithUserName(Aws::String &&value) { SetUserName(std::move(value)); return *this; }
  inline DeleteUserRequest &WithUserName(const char *value) { SetUserName(value); return *this; }

private:
  Aws::String m_userName;
  bool m_userNameHasBeenSet = false;
};
} // namespace Model
} // namespace IAM
} // namespace Aws
