#pragma once
#include <aws/iam/IAMClient.h>

bool roleExists(const Aws::IAM::IAMClient &iam, const Aws::String &name);
void createRole(const Aws::IAM::IAMClient &iam, const Aws::String &name);
void createRoleOrAdopt(const Aws::IAM::IAMClient &iam, const Aws::String &name);
