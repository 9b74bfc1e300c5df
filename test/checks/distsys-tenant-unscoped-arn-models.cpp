// RUN: %check_distlint %s distsys-tenant-unscoped-arn %t -- -std=c++17
// RUN: echo "CheckOptions: {distsys-tenant-unscoped-arn.ModelFiles: '%S/Inputs/tenant-arn-models.json'}" > %t.clang-tidy
// RUN: %check_distlint --check-suffix=MODELS --config-file=%t.clang-tidy %s distsys-tenant-unscoped-arn %t -- -std=c++17
// ModelFiles adds services and tenant names: SSM parameters, "workspace" as a tenant.
#include <string>

const char *const kParameters = R"({"Statement": [{"Effect": "Allow", "Action": "ssm:GetParameter",
  "Resource": "arn:aws:ssm:us-east-1:111122223333:parameter/*"}]})";
// CHECK-MESSAGES-MODELS: :[[@LINE-1]]:16: warning: policy allows 'ssm:GetParameter' on 'arn:aws:ssm:us-east-1:111122223333:parameter/*' to every tenant; name the tenant's own parameters [distsys-tenant-unscoped-arn]

std::string perWorkspace(const std::string &Workspace) {
  return "{\"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"s3:GetObject\", \"Resource\": \"arn:aws:s3:::" +
         Workspace + "-files/*\"}]}";
}
// CHECK-MESSAGES: :[[@LINE-3]]:98: warning: policy allows 's3:GetObject' on 'arn:aws:s3:::<Workspace>-files/*' to every tenant; put the tenant in the object key (bucket/${aws:PrincipalTag/tenant_id}/*) or add an s3:ExistingObjectTag/tenant_id condition [distsys-tenant-unscoped-arn]
