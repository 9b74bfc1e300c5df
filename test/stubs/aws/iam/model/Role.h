// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
#include <aws/core/utils/memory/stl/AWSString.h>

#include <utility>

namespace Aws {
namespace IAM {
namespace Model {
class Role {
public:
  Role();

  inline const Aws::String &GetPath() const { return m_path; }
  inline bool PathHasBeenSet() const { return m_pathHasBeenSet; }
  inline void SetPath(const Aws::String &value) { m_pathHasBeenSet = true; m_path = value; }
  inline void SetPath(Aws::String &&value) { m_pathHasBeenSet = true; m_path = std::move(value); }
  inline void SetPath(const char *value) { m_pathHasBeenSet = true; m_path.assign(value); }
  inline Role &WithPath(const Aws::String &value) { SetPath(value); return *this; }
  inline Role &WithPath(Aws::String &&value) { SetPath(std::move(value)); return *this; }
  inline Role &WithPath(const char *value) { SetPath(value); return *this; }
  inline const Aws::String &GetRoleName() const { return m_roleName; }
  inline bool RoleNameHasBeenSet() const { return m_roleNameHasBeenSet; }
  inline void SetRoleName(const Aws::String &value) { m_roleNameHasBeenSet = true; m_roleName = value; }
  inline void SetRoleName(Aws::String &&value) { m_roleNameHasBeenSet = true; m_roleName = std::move(value); }
  inline void SetRoleName(const char *value) { m_roleNameHasBeenSet = true; m_roleName.assign(value); }
  inline Role &WithRoleName(const Aws::String &value) { SetRoleName(value); return *this; }
  inline Role &WithRoleName(Aws::String &&value) { SetRoleName(std::move(value)); return *this; }
  inline Role &WithRoleName(const char *value) { SetRoleName(value); return *this; }
  inline const Aws::String &GetRoleId() const { return m_roleId; }
  inline bool RoleIdHasBeenSet() const { return m_roleIdHasBeenSet; }
  inline void SetRoleId(const Aws::String &value) { m_roleIdHasBeenSet = true; m_roleId = value; }
  inline void SetRoleId(Aws::String &&value) { m_roleIdHasBeenSet = true; m_roleId = std::move(value); }
  inline void SetRoleId(const char *value) { m_roleIdHasBeenSet = true; m_roleId.assign(value); }
  inline Role &WithRoleId(const Aws::String &value) { SetRoleId(value); return *this; }
  inline Role &WithRoleId(Aws::String &&value) { SetRoleId(std::move(value)); return *this; }
  inline Role &WithRoleId(const char *value) { SetRoleId(value); return *this; }
  inline const Aws::String &GetArn() const { return m_arn; }
  inline bool ArnHasBeenSet() const { return m_arnHasBeenSet; }
  inline void SetArn(const Aws::String &value) { m_arnHasBeenSet = true; m_arn = value; }
  inline void SetArn(Aws::String &&value) { m_arnHasBeenSet = true; m_arn = std::move(value); }
  inline void SetArn(const char *value) { m_arnHasBeenSet = true; m_arn.assign(value); }
  inline Role &WithArn(const Aws::String &value) { SetArn(value); return *this; }
  inline Role &WithArn(Aws::String &&value) { SetArn(std::move(value)); return *this; }
  inline Role &WithArn(const char *value) { SetArn(value); return *this; }
  inline const Aws::String &GetAssumeRolePolicyDocument() const { return m_assumeRolePolicyDocument; }
  inline bool AssumeRolePolicyDocumentHasBeenSet() const { return m_assumeRolePolicyDocumentHasBeenSet; }
  inline void SetAssumeRolePolicyDocument(const Aws::String &value) { m_assumeRolePolicyDocumentHasBeenSet = true; m_assumeRolePolicyDocument = value; }
  inline void SetAssumeRolePolicyDocument(Aws::String &&value) { m_assumeRolePolicyDocumentHasBeenSet = true; m_assumeRolePolicyDocument = std::move(value); }
  inline void SetAssumeRolePolicyDocument(const char *value) { m_assumeRolePolicyDocumentHasBeenSet = true; m_assumeRolePolicyDocument.assign(value); }
  inline Role &WithAssumeRolePolicyDocument(const Aws::String &value) { SetAssumeRolePolicyDocument(value); return *this; }
  inline Role &WithAssumeRolePolicyDocument(Aws::String &&value) { SetAssumeRolePolicyDocument(std::move(value)); return *this; }
  inline Role &WithAssumeRolePolicyDocument(const char *value) { SetAssumeRolePolicyDocument(value); return *this; }

private:
  Aws::String m_path;
  bool m_pathHasBeenSet = false;
  Aws::String m_roleName;
  bool m_roleNameHasBeenSet = false;
  Aws::String m_roleId;
  bool m_roleIdHasBeenSet = false;
  Aws::String m_arn;
  bool m_arnHasBeenSet = false;
  Aws::String m_assumeRolePolicyDocument;
  bool m_assumeRolePolicyDocumentHasBeenSet = false;
};
} // namespace Model
} // namespace IAM
} // namespace Aws
