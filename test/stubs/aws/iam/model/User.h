// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
#include <aws/core/utils/memory/stl/AWSString.h>

#include <utility>

namespace Aws {
namespace IAM {
namespace Model {
class User {
public:
  User();

  inline const Aws::String &GetPath() const { return m_path; }
  inline bool PathHasBeenSet() const { return m_pathHasBeenSet; }
  inline void SetPath(const Aws::String &value) { m_pathHasBeenSet = true; m_path = value; }
  inline void SetPath(Aws::String &&value) { m_pathHasBeenSet = true; m_path = std::move(value); }
  inline void SetPath(const char *value) { m_pathHasBeenSet = true; m_path.assign(value); }
  inline User &WithPath(const Aws::String &value) { SetPath(value); return *this; }
  inline User &WithPath(Aws::String &&value) { SetPath(std::move(value)); return *this; }
  inline User &WithPath(const char *value) { SetPath(value); return *this; }
  inline const Aws::String &GetUserName() const { return m_userName; }
  inline bool UserNameHasBeenSet() const { return m_userNameHasBeenSet; }
  inline void SetUserName(const Aws::String &value) { m_userNameHasBeenSet = true; m_userName = value; }
  inline void SetUserName(Aws::String &&value) { m_userNameHasBeenSet = true; m_userName = std::move(value); }
  inline void SetUserName(const char *value) { m_userNameHasBeenSet = true; m_userName.assign(value); }
  inline User &WithUserName(const Aws::String &value) { SetUserName(value); return *this; }
  inline User &WithUserName(Aws::String &&value) { SetUserName(std::move(value)); return *this; }
  inline User &WithUserName(const char *value) { SetUserName(value); return *this; }
  inline const Aws::String &GetUserId() const { return m_userId; }
  inline bool UserIdHasBeenSet() const { return m_userIdHasBeenSet; }
  inline void SetUserId(const Aws::String &value) { m_userIdHasBeenSet = true; m_userId = value; }
  inline void SetUserId(Aws::String &&value) { m_userIdHasBeenSet = true; m_userId = std::move(value); }
  inline void SetUserId(const char *value) { m_userIdHasBeenSet = true; m_userId.assign(value); }
  inline User &WithUserId(const Aws::String &value) { SetUserId(value); return *this; }
  inline User &WithUserId(Aws::String &&value) { SetUserId(std::move(value)); return *this; }
  inline User &WithUserId(const char *value) { SetUserId(value); return *this; }
  inline const Aws::String &GetArn() const { return m_arn; }
  inline bool ArnHasBeenSet() const { return m_arnHasBeenSet; }
  inline void SetArn(const Aws::String &value) { m_arnHasBeenSet = true; m_arn = value; }
  inline void SetArn(Aws::String &&value) { m_arnHasBeenSet = true; m_arn = std::move(value); }
  inline void SetArn(const char *value) { m_arnHasBeenSet = true; m_arn.assign(value); }
  inline User &WithArn(const Aws::String &value) { SetArn(value); return *this; }
  inline User &WithArn(Aws::String &&value) { SetArn(std::move(value)); return *this; }
  inline User &WithArn(const char *value) { SetArn(value); return *this; }

private:
  Aws::String m_path;
  bool m_pathHasBeenSet = false;
  Aws::String m_userName;
  bool m_userNameHasBeenSet = false;
  Aws::String m_userId;
  bool m_userIdHasBeenSet = false;
  Aws::String m_arn;
  bool m_arnHasBeenSet = false;
};
} // namespace Model
} // namespace IAM
} // namespace Aws
