// RUN: %check_distlint %s distsys-tenant-unscoped-arn %t -- -std=c++17
// Policies built with nlohmann::json (the real Debian header).
#include <nlohmann/json.hpp>
#include <string>

using nlohmann::json;

std::string currentTenant();

json initializerLists(const std::string &Bucket, const std::string &TenantId) {
  json Unscoped = {{"Effect", "Allow"},
                   {"Action", {"s3:GetObject", "s3:PutObject"}},
                   {"Resource", {"arn:aws:s3:::" + Bucket, "arn:aws:s3:::" + Bucket + "/*"}}};
// CHECK-MESSAGES: :[[@LINE-1]]:60: warning: policy allows 's3:GetObject' on 'arn:aws:s3:::<Bucket>/*' to every tenant; put the tenant in the object key (bucket/${aws:PrincipalTag/tenant_id}/*) or add an s3:ExistingObjectTag/tenant_id condition [distsys-tenant-unscoped-arn]
  json Scoped = {{"Effect", "Allow"},
                 {"Action", {"s3:GetObject", "s3:PutObject"}},
                 {"Resource", "arn:aws:s3:::" + Bucket + "/" + TenantId + "/*"}};
  json Deny = {{"Effect", "Deny"}, {"Action", "s3:*"}, {"Resource", "arn:aws:s3:::uploads/*"}};
  return {{"Version", "2012-10-17"}, {"Statement", {Unscoped, Scoped, Deny}}};
}

json subscripts() {
  json Statement;
  Statement["Effect"] = "Allow";
  Statement["Action"] = json::array({"sqs:ReceiveMessage", "sqs:DeleteMessage"});
  Statement["Resource"] = "arn:aws:sqs:us-east-1:111122223333:*";
// CHECK-MESSAGES: :[[@LINE-1]]:27: warning: policy allows 'sqs:ReceiveMessage' on 'arn:aws:sqs:us-east-1:111122223333:*' to every tenant; name the tenant's own queue (orders-${aws:PrincipalTag/tenant_id}) [distsys-tenant-unscoped-arn]

  json PerTenant;
  PerTenant["Effect"] = "Allow";
  PerTenant["Action"] = "sqs:ReceiveMessage";
  PerTenant["Resource"] = "arn:aws:sqs:us-east-1:111122223333:jobs-" + currentTenant();

  json Conditioned;
  Conditioned["Effect"] = "Allow";
  Conditioned["Action"] = "s3:GetObject";
  Conditioned["Resource"] = "arn:aws:s3:::uploads/*";
  Conditioned["Condition"]["StringLike"]["s3:prefix"] = "${aws:PrincipalTag/tenant_id}/*";

  json Policy;
  Policy["Statement"] = {Statement, PerTenant, Conditioned};
  return Policy;
}

// A constant ARN placed into a statement is reported at the constant's literal.
constexpr const char *kUploads = "arn:aws:s3:::uploads/*";
// CHECK-MESSAGES: :[[@LINE-1]]:34: warning: policy allows 's3:DeleteObject' on 'arn:aws:s3:::uploads/*' to every tenant; put the tenant in the object key (bucket/${aws:PrincipalTag/tenant_id}/*) or add an s3:ExistingObjectTag/tenant_id condition [distsys-tenant-unscoped-arn]
json fromConstant() {
  return {{"Effect", "Allow"}, {"Action", "s3:DeleteObject"}, {"Resource", kUploads}};
}

// Parsed policy text is policy text.
json parsed() {
  return json::parse(R"({"Statement": [{"Effect": "Allow", "Action": "s3:GetObject*", "Resource": "*"}]})");
// CHECK-MESSAGES: :[[@LINE-1]]:100: warning: policy allows 's3:GetObject*' on '*' to every tenant; name the tenant's own resources instead of '*' [distsys-tenant-unscoped-arn]
}

// Not statements: a "Resource" key in other JSON, a log line.
json notPolicies() {
  json Event = {{"Resource", "arn:aws:s3:::uploads/*"}, {"Action", "s3:GetObject"}};
  return Event;
}
