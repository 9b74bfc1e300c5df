// RUN: %check_distlint %s distsys-tenant-unscoped-arn %t -- -std=c++17 -I%stubs
// Policies built with the AWS SDK's Aws::Utils::Document, the builder its own IAM examples use
// (the same With* setters as JsonValue).
#include <aws/core/utils/Document.h>

using Aws::Utils::Array;
using Aws::Utils::Document;

Document policyOf(const Document &Statement);
Aws::String tenantId();

Document readReports() {
  Document Statement;
  Statement.WithString("Effect", "Allow")
      .WithString("Action", "s3:GetObject")
      .WithString("Resource", "arn:aws:s3:::reports/*");
// CHECK-MESSAGES: :[[@LINE-1]]:31: warning: policy allows 's3:GetObject' on 'arn:aws:s3:::reports/*' to every tenant; put the tenant in the object key (bucket/${aws:PrincipalTag/tenant_id}/*) or add an s3:ExistingObjectTag/tenant_id condition [distsys-tenant-unscoped-arn]
  return policyOf(Statement);
}

Document writeReports() {
  Array<Aws::String> Actions(2);
  Actions[0] = "s3:PutObject";
  Actions[1] = "s3:GetObject";
  Document Statement;
  Statement.WithString("Effect", "Allow");
  Statement.WithArray("Action", Actions);
  Statement.WithString("Resource", "arn:aws:s3:::reports/*");
// CHECK-MESSAGES: :[[@LINE-1]]:36: warning: policy allows 's3:PutObject' on 'arn:aws:s3:::reports/*' to every tenant
  return policyOf(Statement);
}

// The tenant in the key, or a tenant condition: fine.
Document readOwnReports() {
  Document Statement;
  Statement.WithString("Effect", "Allow")
      .WithString("Action", "s3:GetObject")
      .WithString("Resource", "arn:aws:s3:::reports/" + tenantId() + "/*");
  return policyOf(Statement);
}

Document readTaggedReports() {
  Document Equals;
  Equals.WithString("s3:ExistingObjectTag/tenant_id", "${aws:PrincipalTag/tenant_id}");
  Document Condition;
  Condition.WithObject("StringEquals", Equals);
  Document Statement;
  Statement.WithString("Effect", "Allow")
      .WithString("Action", "s3:GetObject")
      .WithString("Resource", "arn:aws:s3:::reports/*")
      .WithObject("Condition", Condition);
  return policyOf(Statement);
}

// Not a policy: a document with a "Resource" key but no Effect/Action.
Document inventoryEntry() {
  Document Entry;
  Entry.WithString("Resource", "arn:aws:s3:::reports/*").WithString("Owner", "ops");
  return Entry;
}
