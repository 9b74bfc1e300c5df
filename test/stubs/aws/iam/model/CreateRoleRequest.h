// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
#include <aws/core/utils/memory/stl/AWSString.h>
#include <aws/iam/IAMRequest.h>

#include <utility>

namespace Aws {
namespace IAM {
namespace Model {
class CreateRoleRequest : public IAMRequest {
public:
  CreateRoleRequest();
  inline const char *GetServiceRequestName() const override { return "CreateRole"; }

  inline const Aws::String &GetPath() const { return m_path; }
  inline bool PathHasBeenSet() const { return m_pathHasBeenSet; }
  inline void SetPath(const Aws::String &value) { m_pathHasBeenSet = true; m_path = value; }
  inline void SetPath(Aws::String &&value) { m_pathHasBeenSet = true; m_path = std::move(value); }
  inline void SetPath(const char *value) { m_pathHasBeenSet = true; m_path.assign(value); }
  inline CreateRoleRequest &WithPath(const Aws::String &value) { SetPath(value); return *this; }
  inline CreateRoleRequest &WithPath(Aws::String &&value) { SetPath(std::move(value)); return *this; }
  inline CreateRoleRequest &WithPath(const char *value) { SetPath(value); return *this; }
  inline const Aws::String &GetRoleName() const { return m_roleName; }
  inline bool RoleNameHasBeenSet() const { return m_roleNameHasBeenSet; }
  inline void SetRoleName(const Aws::String &value) { m_roleNameHasBeenSet = true; m_roleName = value; }
  inline void SetRoleName(Aws::String &&value) { m_roleNameHasBeenSet = true; m_roleName = std::move(value); }
  inline void SetRoleName(const char *value) { m_roleNameHasBeenSet = true; m_roleName.assign(value); }
  inline CreateRoleRequest &WithRoleName(const Aws::String &value) { SetRoleName(value); return *this; }
  inline CreateRoleRequest &WithRoleName(Aws::String &&value) { SetRoleName(std::move(value)); return *this; }
  inline CreateRoleRequest &WithRoleName(const char *value) { SetRoleName(value); return *this; }
  inline const Aws::String &GetAssumeRolePolicyDocument() const { return m_assumeRolePolicyDocument; }
  inline bool AssumeRolePolicyDocumentHasBeenSet() const { return m_assumeRolePolicyDocumentHasBeenSet; }
  inline void SetAssumeRolePolicyDocument(const Aws::String &value) { m_assumeRolePolicyDocumentHasBeenSet = true; m_assumeRolePolicyDocument = value; }
  inline void SetAssumeRolePolicyDocument(Aws::String &&value) { m_assumeRolePolicyDocumentHasBeenSet = true; m_assumeRolePolicyDocument = std::move(value); }
  inline void SetAssumeRolePolicyDocument(const char *value) { m_assumeRolePolicyDocumentHasBeenSet = true; m_assumeRolePolicyDocument.assign(value); }
  inline CreateRoleRequest &WithAssumeRolePolicyDocument(const Aws::String &value) { SetAssumeRolePolicyDocument(value); return *this; }
  inline CreateRoleRequest &WithAssumeRolePolicyDocument(Aws::String &&value) { SetAssumeRolePolicyDocument(std::move(value)); return *this; }
  inline CreateRoleRequest &WithAssumeRolePolicyDocument(const char *value) { SetAssumeRolePolicyDocument(value); return *this; }
  inline const Aws::String &GetDescription() const { return m_description; }
  inline bool DescriptionHasBeenSet() const { return m_descriptionHasBeenSet; }
  inline void SetDescription(const Aws::String &value) { m_descriptionHasBeenSet = true; m_description = value; }
  inline void SetDescription(Aws::String &&value) { m_descriptionHasBeenSet = true; m_description = std::move(value); }
  inline void SetDescription(const char *value) { m_descriptionHasBeenSet = true; m_description.assign(value); }
  inline CreateRoleRequest &WithDescription(const Aws::String &value) { SetDescription(value); return *this; }
  inline CreateRoleRequest &WithDescription(Aws::String &&value) { SetDescription(std::move(value)); return *this; }
  inline CreateRoleRequest &WithDescription(const char *value) { SetDescription(value); return *this; }

private:
  Aws::String m_path;
  bool m_pathHasBeenSet = false;
  Aws::String m_roleName;
  bool m_roleNameHasBeenSet = false;
  Aws::String m_assumeRolePolicyDocument;
  bool m_assumeRolePolicyDocumentHasBeenSet = false;
  Aws::String m_description;
  bool m_descriptionHasBeenSet = false;
};
} // namespace Model
} // namespace IAM
} // namespace Aws
