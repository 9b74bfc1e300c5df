// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
#include <aws/core/utils/memory/stl/AWSString.h>

#include <utility>

namespace Aws {
namespace IAM {
namespace Model {
class Policy {
public:
  Policy();

  inline const Aws::String &GetPolicyName() const { return m_policyName; }
  inline bool PolicyNameHasBeenSet() const { return m_policyNameHasBeenSet; }
  inline void SetPolicyName(const Aws::String &value) { m_policyNameHasBeenSet = true; m_policyName = value; }
  inline void SetPolicyName(Aws::String &&value) { m_policyNameHasBeenSet = true; m_policyName = std::move(value); }
  inline void SetPolicyName(const char *value) { m_policyNameHasBeenSet = true; m_policyName.assign(value); }
  inline Policy &WithPolicyName(const Aws::String &value) { SetPolicyName(value); return *this; }
  inline Policy &WithPolicyName(Aws::String &&value) { SetPolicyName(std::move(value)); return *this; }
  inline Policy &WithPolicyName(const char *value) { SetPolicyName(value); return *this; }
  inline const Aws::String &GetPolicyId() const { return m_policyId; }
  inline bool PolicyIdHasBeenSet() const { return m_policyIdHasBeenSet; }
  inline void SetPolicyId(const Aws::String &value) { m_policyIdHasBeenSet = true; m_policyId = value; }
  inline void SetPolicyId(Aws::String &&value) { m_policyIdHasBeenSet = true; m_policyId = std::move(value); }
  inline void SetPolicyId(const char *value) { m_policyIdHasBeenSet = true; m_policyId.assign(value); }
  inline Policy &WithPolicyId(const Aws::String &value) { SetPolicyId(value); return *this; }
  inline Policy &WithPolicyId(Aws::String &&value) { SetPolicyId(std::move(value)); return *this; }
  inline Policy &WithPolicyId(const char *value) { SetPolicyId(value); return *this; }
  inline const Aws::String &GetArn() const { return m_arn; }
  inline bool ArnHasBeenSet() const { return m_arnHasBeenSet; }
  inline void SetArn(const Aws::String &value) { m_arnHasBeenSet = true; m_arn = value; }
  inline void SetArn(Aws::String &&value) { m_arnHasBeenSet = true; m_arn = std::move(value); }
  inline void SetArn(const char *value) { m_arnHasBeenSet = true; m_arn.assign(value); }
  inline Policy &WithArn(const Aws::String &value) { SetArn(value); return *this; }
  inline Policy &WithArn(Aws::String &&value) { SetArn(std::move(value)); return *this; }
  inline Policy &WithArn(const char *value) { SetArn(value); return *this; }
  inline const Aws::String &GetPath() const { return m_path; }
  inline bool PathHasBeenSet() const { return m_pathHasBeenSet; }
  inline void SetPath(const Aws::String &value) { m_pathHasBeenSet = true; m_path = value; }
  inline void SetPath(Aws::String &&value) { m_pathHasBeenSet = true; m_path = std::move(value); }
  inline void SetPath(const char *value) { m_pathHasBeenSet = true; m_path.assign(value); }
  inline Policy &WithPath(const Aws::String &value) { SetPath(value); return *this; }
  inline Policy &WithPath(Aws::String &&value) { SetPath(std::move(value)); return *this; }
  inline Policy &WithPath(const char *value) { SetPath(value); return *this; }
  inline const Aws::String &GetDefaultVersionId() const { return m_defaultVersionId; }
  inline bool DefaultVersionIdHasBeenSet() const { return m_defaultVersionIdHasBeenSet; }
  inline void SetDefaultVersionId(const Aws::String &value) { m_defaultVersionIdHasBeenSet = true; m_defaultVersionId = value; }
  inline void SetDefaultVersionId(Aws::String &&value) { m_defaultVersionIdHasBeenSet = true; m_defaultVersionId = std::move(value); }
  inline void SetDefaultVersionId(const char *value) { m_defaultVersionIdHasBeenSet = true; m_defaultVersionId.assign(value); }
  inline Policy &WithDefaultVersionId(const Aws::String &value) { SetDefaultVersionId(value); return *this; }
  inline Policy &WithDefaultVersionId(Aws::String &&value) { SetDefaultVersionId(std::move(value)); return *this; }
  inline Policy &WithDefaultVersionId(const char *value) { SetDefaultVersionId(value); return *this; }
  inline const Aws::String &GetDescription() const { return m_description; }
  inline bool DescriptionHasBeenSet() const { return m_descriptionHasBeenSet; }
  inline void SetDescription(const Aws::String &value) { m_descriptionHasBeenSet = true; m_description = value; }
  inline void SetDescription(Aws::String &&value) { m_descriptionHasBeenSet = true; m_description = std::move(value); }
  inline void SetDescription(const char *value) { m_descriptionHasBeenSet = true; m_description.assign(value); }
  inline Policy &WithDescription(const Aws::String &value) { SetDescription(value); return *this; }
  inline Policy &WithDescription(Aws::String &&value) { SetDescription(std::move(value)); return *this; }
  inline Policy &WithDescription(const char *value) { SetDescription(value); return *this; }

private:
  Aws::String m_policyName;
  bool m_policyNameHasBeenSet = false;
  Aws::String m_policyId;
  bool m_policyIdHasBeenSet = false;
  Aws::String m_arn;
  bool m_arnHasBeenSet = false;
  Aws::String m_path;
  bool m_pathHasBeenSet = false;
  Aws::String m_defaultVersionId;
  bool m_defaultVersionIdHasBeenSet = false;
  Aws::String m_description;
  bool m_descriptionHasBeenSet = false;
};
} // namespace Model
} // namespace IAM
} // namespace Aws
