// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
#include <aws/core/utils/memory/stl/AWSString.h>
#include <aws/iam/IAMRequest.h>

#include <utility>

namespace Aws {
namespace IAM {
namespace Model {
class CreateUserRequest : public IAMRequest {
public:
  CreateUserRequest();
  inline const char *GetServiceRequestName() const override { return "CreateUser"; }

  inline const Aws::String &GetPath() const { return m_path; }
  inline bool PathHasBeenSet() const { return m_pathHasBeenSet; }
  inline void SetPath(const Aws::String &value) { m_pathHasBeenSet = true; m_path = value; }
  inline void SetPath(Aws::String &&value) { m_pathHasBeenSet = true; m_path = std::move(value); }
  inline void SetPath(const char *value) { m_pathHasBeenSet = true; m_path.assign(value); }
  inline CreateUserRequest &WithPath(const Aws::String &value) { SetPath(value); return *this; }
  inline CreateUserRequest &WithPath(Aws::String &&value) { SetPath(std::move(value)); return *this; }
  inline CreateUserRequest &WithPath(const char *value) { SetPath(value); return *this; }
  inline const Aws::String &GetUserName() const { return m_userName; }
  inline bool UserNameHasBeenSet() const { return m_userNameHasBeenSet; }
  inline void SetUserName(const Aws::String &value) { m_userNameHasBeenSet = true; m_userName = value; }
  inline void SetUserName(Aws::String &&value) { m_userNameHasBeenSet = true; m_userName = std::move(value); }
  inline void SetUserName(const char *value) { m_userNameHasBeenSet = true; m_userName.assign(value); }
  inline CreateUserRequest &WithUserName(const Aws::String &value) { SetUserName(value); return *this; }
  inline CreateUserRequest &WithUserName(Aws::String &&value) { SetUserName(std::move(value)); return *this; }
  inline CreateUserRequest &WithUserName(const char *value) { SetUserName(value); return *this; }

private:
  Aws::String m_path;
  bool m_pathHasBeenSet = false;
  Aws::String m_userName;
  bool m_userNameHasBeenSet = false;
};
} // namespace Model
} // namespace IAM
} // namespace Aws
