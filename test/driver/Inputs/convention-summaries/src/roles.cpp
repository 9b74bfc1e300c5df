#include "roles.h"
#include <aws/iam/model/CreateRoleRequest.h>
#include <aws/iam/model/GetRoleRequest.h>

bool roleExists(const Aws::IAM::IAMClient &iam, const Aws::String &name) {
  return iam.GetRole(Aws::IAM::Model::GetRoleRequest().WithRoleName(name)).IsSuccess();
}

void createRole(const Aws::IAM::IAMClient &iam, const Aws::String &name) {
  iam.CreateRole(Aws::IAM::Model::CreateRoleRequest().WithRoleName(name));
}

void createRoleOrAdopt(const Aws::IAM::IAMClient &iam, const Aws::String &name) {
  auto created = iam.CreateRole(Aws::IAM::Model::CreateRoleRequest().WithRoleName(name));
  if (!created.IsSuccess() &&
      created.GetError().GetErrorType() == Aws::IAM::IAMErrors::ENTITY_ALREADY_EXISTS)
    return;
}
