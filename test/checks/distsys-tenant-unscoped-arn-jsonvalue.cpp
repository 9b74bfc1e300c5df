// RUN: %check_distlint %s distsys-tenant-unscoped-arn %t -- -std=c++17 -I%stubs
// Policies built with the AWS SDK's Aws::Utils::Json::JsonValue.
#include <aws/core/utils/json/JsonSerializer.h>

using Aws::Utils::Array;
using Aws::Utils::Json::JsonValue;

JsonValue policyOf(const JsonValue &Statement);
Aws::String tenantId();

// One chain on a local statement object.
JsonValue readReports() {
  JsonValue Statement;
  Statement.WithString("Effect", "Allow")
      .WithString("Action", "s3:GetObject")
      .WithString("Resource", "arn:aws:s3:::reports/*");
// CHECK-MESSAGES: :[[@LINE-1]]:31: warning: policy allows 's3:GetObject' on 'arn:aws:s3:::reports/*' to every tenant; put the tenant in the object key (bucket/${aws:PrincipalTag/tenant_id}/*) or add an s3:ExistingObjectTag/tenant_id condition [distsys-tenant-unscoped-arn]
  return policyOf(Statement);
}

// Members set by separate calls, actions in an Aws::Utils::Array.
JsonValue writeReports() {
  Array<Aws::String> Actions(2);
  Actions[0] = "s3:PutObject";
  Actions[1] = "s3:GetObject";
  JsonValue Statement;
  Statement.WithString("Effect", "Allow");
  Statement.WithArray("Action", Actions);
  Statement.WithString("Resource", "arn:aws:s3:::reports/*");
// CHECK-MESSAGES: :[[@LINE-1]]:36: warning: policy allows 's3:PutObject' on 'arn:aws:s3:::reports/*' to every tenant; put the tenant in the object key (bucket/${aws:PrincipalTag/tenant_id}/*) or add an s3:ExistingObjectTag/tenant_id condition [distsys-tenant-unscoped-arn]
  return policyOf(Statement);
}

// The tenant in the key: fine.
JsonValue readOwnReports() {
  JsonValue Statement;
  Statement.WithString("Effect", "Allow")
      .WithString("Action", "s3:GetObject")
      .WithString("Resource", "arn:aws:s3:::reports/" + tenantId() + "/*");
  return policyOf(Statement);
}

// A tenant condition built as nested objects: fine.
JsonValue readTaggedReports() {
  JsonValue Equals;
  Equals.WithString("s3:ExistingObjectTag/tenant_id", "${aws:PrincipalTag/tenant_id}");
  JsonValue Condition;
  Condition.WithObject("StringEquals", Equals);
  JsonValue Statement;
  Statement.WithString("Effect", "Allow")
      .WithString("Action", "s3:GetObject")
      .WithString("Resource", "arn:aws:s3:::reports/*")
      .WithObject("Condition", Condition);
  return policyOf(Statement);
}

// A temporary statement on DynamoDB, without and with dynamodb:LeadingKeys.
JsonValue orders() {
  Array<JsonValue> Statements(2);
  Statements[0] = JsonValue()
                      .WithString("Effect", "Allow")
                      .WithString("Action", "dynamodb:Query")
                      .WithString("Resource", "arn:aws:dynamodb:eu-west-1:111122223333:table/Orders");
// CHECK-MESSAGES: :[[@LINE-1]]:47: warning: policy allows 'dynamodb:Query' on 'arn:aws:dynamodb:eu-west-1:111122223333:table/Orders' to every tenant; add a dynamodb:LeadingKeys condition on ${aws:PrincipalTag/tenant_id} [distsys-tenant-unscoped-arn]
  Statements[1] = JsonValue()
                      .WithString("Effect", "Allow")
                      .WithString("Action", "dynamodb:GetItem")
                      .WithString("Resource", "arn:aws:dynamodb:eu-west-1:111122223333:table/Orders")
                      .WithObject("Condition", JsonValue().WithObject(
                          "ForAllValues:StringEquals",
                          JsonValue().WithString("dynamodb:LeadingKeys", "${aws:PrincipalTag/tenant_id}")));
  return JsonValue().WithString("Version", "2012-10-17").WithArray("Statement", Statements);
}

// Deny, and control-plane actions: fine.
JsonValue guardrails() {
  JsonValue Deny;
  Deny.WithString("Effect", "Deny").WithString("Action", "s3:*").WithString("Resource", "*");
  JsonValue Metadata;
  Metadata.WithString("Effect", "Allow")
      .WithString("Action", "s3:GetBucketLocation")
      .WithString("Resource", "arn:aws:s3:::reports");
  return policyOf(Deny);
}

// An action only known at run time: not judged.
JsonValue dynamicAction(const Aws::String &Action) {
  JsonValue Statement;
  Statement.WithString("Effect", "Allow").WithString("Action", Action).WithString("Resource", "*");
  return policyOf(Statement);
}

// Resources in an Aws::Utils::Array: each element is judged on its own.
JsonValue severalResources(const Aws::String &TenantId) {
  Array<Aws::String> Resources(3);
  Resources[0] = "arn:aws:s3:::reports/" + TenantId + "/*";
  Resources[1] = "arn:aws:s3:::reports/*";
// CHECK-MESSAGES: :[[@LINE-1]]:18: warning: policy allows 's3:*' on 'arn:aws:s3:::reports/*' to every tenant; put the tenant in the object key (bucket/${aws:PrincipalTag/tenant_id}/*) or add an s3:ExistingObjectTag/tenant_id condition [distsys-tenant-unscoped-arn]
  Resources[2] = "arn:aws:s3:::reports";
  JsonValue Statement;
  Statement.WithString("Effect", "Allow").WithString("Action", "s3:*").WithArray("Resource", Resources);
  return policyOf(Statement);
}

// A statement object passed in from elsewhere: its effect is not visible here.
void addResource(JsonValue &Statement) { Statement.WithString("Resource", "arn:aws:s3:::reports/*"); }
