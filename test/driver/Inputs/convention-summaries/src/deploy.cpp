#include "roles.h"
#include <aws/iam/model/CreateRoleRequest.h>
#include <aws/iam/model/GetRoleRequest.h>

void ensureRole(const Aws::IAM::IAMClient &iam, const Aws::String &name) {
  if (!roleExists(iam, name))
    iam.CreateRole(Aws::IAM::Model::CreateRoleRequest().WithRoleName(name));
}

void ensureRoleThroughBoth(const Aws::IAM::IAMClient &iam, const Aws::String &name) {
  if (!roleExists(iam, name))
    createRole(iam, name);
}

void ensureRoleModelledCheck(const Aws::IAM::IAMClient &iam, const Aws::String &name) {
  if (!iam.GetRole(Aws::IAM::Model::GetRoleRequest().WithRoleName(name)).IsSuccess())
    createRole(iam, name);
}

void ensureRoleAtomically(const Aws::IAM::IAMClient &iam, const Aws::String &name) {
  if (!roleExists(iam, name))
    createRoleOrAdopt(iam, name);
}
