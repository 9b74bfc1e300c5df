// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
#include <aws/core/utils/memory/stl/AWSString.h>
#include <aws/iam/IAMRequest.h>

#include <utility>

namespace Aws {
namespace IAM {
namespace Model {
class CreatePolicyRequest : public IAMRequest {
public:
  CreatePolicyRequest();
  inline const char *GetServiceRequestName() const override { return "CreatePolicy"; }

  inline const Aws::String &GetPolicyName() const { return m_policyName; }
  inline bool PolicyNameHasBeenSet() const { return m_policyNameHasBeenSet; }
  inline void SetPolicyName(const Aws::String &value) { m_policyNameHasBeenSet = true; m_policyName = value; }
  inline void SetPolicyName(Aws::String &&value) { m_policyNameHasBeenSet = true; m_policyName = std::move(value); }
  inline void SetPolicyName(const char *value) { m_policyNameHasBeenSet = true; m_policyName.assign(value); }
  inline CreatePolicyRequest &WithPolicyName(const Aws::String &value) { SetPolicyName(value); return *this; }
  inline CreatePolicyRequest &WithPolicyName(Aws::String &&value) { SetPolicyName(std::move(value)); return *this; }
  inline CreatePolicyRequest &WithPolicyName(const char *value) { SetPolicyName(value); return *this; }
  inline const Aws::String &GetPath() const { return m_path; }
  inline bool PathHasBeenSet() const { return m_pathHasBeenSet; }
  inline void SetPath(const Aws::String &value) { m_pathHasBeenSet = true; m_path = value; }
  inline void SetPath(Aws::String &&value) { m_pathHasBeenSet = true; m_path = std::move(value); }
  inline void SetPath(const char *value) { m_pathHasBeenSet = true; m_path.assign(value); }
  inline CreatePolicyRequest &WithPath(const Aws::String &value) { SetPath(value); return *this; }
  inline CreatePolicyRequest &WithPath(Aws::String &&value) { SetPath(std::move(value)); return *this; }
  inline CreatePolicyRequest &WithPath(const char *value) { SetPath(value); return *this; }
  inline const Aws::String &GetPolicyDocument() const { return m_policyDocument; }
  inline bool PolicyDocumentHasBeenSet() const { return m_policyDocumentHasBeenSet; }
  inline void SetPolicyDocument(const Aws::String &value) { m_policyDocumentHasBeenSet = true; m_policyDocument = value; }
  inline void SetPolicyDocument(Aws::String &&value) { m_policyDocumentHasBeenSet = true; m_policyDocument = std::move(value); }
  inline void SetPolicyDocument(const char *value) { m_policyDocumentHasBeenSet = true; m_policyDocument.assign(value); }
  inline CreatePolicyRequest &WithPolicyDocument(const Aws::String &value) { SetPolicyDocument(value); return *this; }
  inline CreatePolicyRequest &WithPolicyDocument(Aws::String &&value) { SetPolicyDocument(std::move(value)); return *this; }
  inline CreatePolicyRequest &WithPolicyDocument(const char *value) { SetPolicyDocument(value); return *this; }
  inline const Aws::String &GetDescription() const { return m_description; }
  inline bool DescriptionHasBeenSet() const { return m_descriptionHasBeenSet; }
  inline void SetDescription(const Aws::String &value) { m_descriptionHasBeenSet = true; m_description = value; }
  inline void SetDescription(Aws::String &&value) { m_descriptionHasBeenSet = true; m_description = std::move(value); }
  inline void SetDescription(const char *value) { m_descriptionHasBeenSet = true; m_description.assign(value); }
  inline CreatePolicyRequest &WithDescription(const Aws::String &value) { SetDescription(value); return *this; }
  inline CreatePolicyRequest &WithDescription(Aws::String &&value) { SetDescription(std::move(value)); return *this; }
  inline CreatePolicyRequest &WithDescription(const char *value) { SetDescription(value); return *this; }

private:
  Aws::String m_policyName;
  bool m_policyNameHasBeenSet = false;
  Aws::String m_path;
  bool m_pathHasBeenSet = false;
  Aws::String m_policyDocument;
  bool m_policyDocumentHasBeenSet = false;
  Aws::String m_description;
  bool m_descriptionHasBeenSet = false;
};
} // namespace Model
} // namespace IAM
} // namespace Aws
