// RUN: %check_distlint %s distsys-tenant-unscoped-arn %t -- -std=c++17
// RUN: echo "CheckOptions: {distsys-tenant-unscoped-arn.ModelFiles: '%S/Inputs/tenant-arn-models.json'}" > %t.clang-tidy
// RUN: %check_distlint --check-suffix=MODELS --config-file=%t.clang-tidy %s distsys-tenant-unscoped-arn %t -- -std=c++17
// ModelFiles adds services and tenant names: Kinesis streams, "workspace" as a tenant.
#include <string>

const char *const kStreams = R"({"Statement": [{"Effect": "Allow", "Action": "kinesis:GetRecords",
  "Resource": "arn:aws:kinesis:us-east-1:111122223333:stream/*"}]})";
// CHECK-MESSAGES-MODELS: :[[@LINE-1]]:16: warning: policy allows 'kinesis:GetRecords' on 'arn:aws:kinesis:us-east-1:111122223333:stream/*' to every tenant; name the tenant's own stream [distsys-tenant-unscoped-arn]

std::string perWorkspace(const std::string &Workspace) {
  return "{\"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"s3:GetObject\", \"Resource\": \"arn:aws:s3:::" +
         Workspace + "-files/*\"}]}";
}
// CHECK-MESSAGES: :[[@LINE-3]]:98: warning: policy allows 's3:GetObject' on 'arn:aws:s3:::<Workspace>-files/*' to every tenant; put the tenant in the object key (bucket/${aws:PrincipalTag/tenant_id}/*) or add an s3:ExistingObjectTag/tenant_id condition [distsys-tenant-unscoped-arn]
