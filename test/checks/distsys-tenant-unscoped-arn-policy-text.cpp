// RUN: %check_distlint %s distsys-tenant-unscoped-arn %t -- -std=c++17
// JSON policy text in string literals: plain, raw, adjacent and "+"-concatenated.
#include <string>

namespace Aws::IAM::Model {
struct PutRolePolicyRequest {
  PutRolePolicyRequest &WithPolicyDocument(const std::string &Document);
};
} // namespace Aws::IAM::Model

void log(const std::string &Message);
std::string tenantOf();

// A raw string literal: one warning per unscoped resource, at the resource.
const char *const kReadAll = R"({
  "Version": "2012-10-17",
  "Statement": [{
    "Effect": "Allow",
    "Action": ["s3:GetObject", "s3:ListBucket"],
    "Resource": ["arn:aws:s3:::reports", "arn:aws:s3:::reports/*"]
  }]
})";
// CHECK-MESSAGES: :[[@LINE-3]]:43: warning: policy allows 's3:GetObject' on 'arn:aws:s3:::reports/*' to every tenant; put the tenant in the object key (bucket/${aws:PrincipalTag/tenant_id}/*) or add an s3:ExistingObjectTag/tenant_id condition [distsys-tenant-unscoped-arn]

// Tenant in the object key: fine.
const char *const kTenantPrefix = R"({"Statement": [{"Effect": "Allow", "Action": "s3:GetObject",
  "Resource": "arn:aws:s3:::reports/${aws:PrincipalTag/tenant_id}/*"}]})";

// A Condition on a tenant key: fine.
const char *const kObjectTag = R"({"Statement": [{"Effect": "Allow", "Action": "s3:GetObject",
  "Resource": "arn:aws:s3:::reports/*",
  "Condition": {"StringEquals": {"s3:ExistingObjectTag/tenant_id": "${aws:PrincipalTag/tenant_id}"}}}]})";

// A Condition that says nothing about tenants does not scope anything.
const char *const kSourceIp = R"({"Statement": [{"Effect": "Allow", "Action": "s3:PutObject",
  "Resource": "arn:aws:s3:::reports/*", "Condition": {"IpAddress": {"aws:SourceIp": "10.0.0.0/8"}}}]})";
// CHECK-MESSAGES: :[[@LINE-1]]:16: warning: policy allows 's3:PutObject' on 'arn:aws:s3:::reports/*' to every tenant; put the tenant in the object key (bucket/${aws:PrincipalTag/tenant_id}/*) or add an s3:ExistingObjectTag/tenant_id condition [distsys-tenant-unscoped-arn]

// Deny statements and metadata-only actions: fine.
const char *const kDenyAndMetadata = R"({"Statement": [
  {"Effect": "Deny", "Action": "s3:*", "Resource": "arn:aws:s3:::reports/*"},
  {"Effect": "Allow", "Action": ["s3:ListAllMyBuckets", "s3:GetBucketLocation"], "Resource": "*"}]})";

// Data actions on '*', through a wildcard action.
const char *const kEverything = R"({"Statement": {"Effect": "Allow", "Action": "*", "Resource": "*"}})";
// CHECK-MESSAGES: :[[@LINE-1]]:98: warning: policy allows '*' on '*' to every tenant; name the tenant's own resources instead of '*' [distsys-tenant-unscoped-arn]

// An ordinary literal with escapes, split over adjacent literals.
const char *const kEscaped = "{\"Statement\": [{\"Effect\": \"Allow\", "
                             "\"Action\": \"dynamodb:GetItem\", "
                             "\"Resource\": \"arn:aws:dynamodb:us-east-1:111122223333:table/Orders\"}]}";
// CHECK-MESSAGES: :[[@LINE-1]]:47: warning: policy allows 'dynamodb:GetItem' on 'arn:aws:dynamodb:us-east-1:111122223333:table/Orders' to every tenant; add a dynamodb:LeadingKeys condition on ${aws:PrincipalTag/tenant_id} [distsys-tenant-unscoped-arn]

// The same table with a leading-key condition: fine.
const char *const kLeadingKeys = "{\"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"dynamodb:Query\", "
    "\"Resource\": \"arn:aws:dynamodb:us-east-1:111122223333:table/Orders\", \"Condition\": "
    "{\"ForAllValues:StringEquals\": {\"dynamodb:LeadingKeys\": [\"${aws:PrincipalTag/tenant_id}\"]}}}]}";

std::string sessionPolicy(const std::string &Bucket, const std::string &TenantId) {
  // A run-time bucket with a wildcard key: every tenant's objects.
  std::string Unscoped = "{\"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"s3:GetObject\", "
                         "\"Resource\": \"arn:aws:s3:::" + Bucket + "/*\"}]}";
// CHECK-MESSAGES: :[[@LINE-1]]:43: warning: policy allows 's3:GetObject' on 'arn:aws:s3:::<Bucket>/*' to every tenant; put the tenant in the object key (bucket/${aws:PrincipalTag/tenant_id}/*) or add an s3:ExistingObjectTag/tenant_id condition [distsys-tenant-unscoped-arn]
  // The tenant concatenated into the key: fine.
  std::string Scoped = "{\"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"s3:GetObject\", "
                       "\"Resource\": \"arn:aws:s3:::" + Bucket + "/" + TenantId + "/*\"}]}";
  // A queue per tenant: fine; every queue: not.
  std::string Queues = std::string("{\"Statement\": [{\"Effect\": \"Allow\", \"Action\": [\"sqs:SendMessage\"], ") +
                       "\"Resource\": [\"arn:aws:sqs:us-east-1:111122223333:orders-" + tenantOf() + "\", " +
                       "\"arn:aws:sqs:us-east-1:111122223333:*\"]}]}";
// CHECK-MESSAGES: :[[@LINE-1]]:27: warning: policy allows 'sqs:SendMessage' on 'arn:aws:sqs:us-east-1:111122223333:*' to every tenant; name the tenant's own queue (orders-${aws:PrincipalTag/tenant_id}) [distsys-tenant-unscoped-arn]
  return Unscoped + Scoped + Queues;
}

void putPolicy(Aws::IAM::Model::PutRolePolicyRequest &Request) {
  Request.WithPolicyDocument(R"({"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
    "Action": "secretsmanager:GetSecretValue", "Resource": "arn:aws:secretsmanager:us-east-1:111122223333:secret:*"}]})");
// CHECK-MESSAGES: :[[@LINE-1]]:61: warning: policy allows 'secretsmanager:GetSecretValue' on 'arn:aws:secretsmanager:us-east-1:111122223333:secret:*' to every tenant; put the tenant in the secret name (secret:tenants/${aws:PrincipalTag/tenant_id}/*) or add a secretsmanager:ResourceTag/tenant_id condition [distsys-tenant-unscoped-arn]
  Request.WithPolicyDocument(R"({"Statement": [{"Effect": "Allow", "Action": "secretsmanager:GetSecretValue",
    "Resource": "arn:aws:secretsmanager:us-east-1:111122223333:secret:tenants/${aws:PrincipalTag/tenant_id}/*"}]})");
}

// ARNs in log messages, comments and non-JSON text are not policies.
void audit() {
  log("granted s3:GetObject on arn:aws:s3:::reports/* to the \"Statement\" reader");
  // {"Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}]}
}

// Expected values in tests are not policies either.
#define EXPECT_EQ(a, b) ((void)((a) == (b)))
void testExpected(const std::string &Built) {
  EXPECT_EQ(Built, R"({"Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}]})");
  bool Same = Built == R"({"Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}]})";
  (void)Same;
}

// In a template and in a macro: reported once, at the literal.
template <typename T> std::string templated() {
  return R"({"Statement": [{"Effect": "Allow", "Action": "s3:DeleteObject", "Resource": "arn:aws:s3:::reports/*"}]})";
// CHECK-MESSAGES: :[[@LINE-1]]:90: warning: policy allows 's3:DeleteObject' on 'arn:aws:s3:::reports/*' to every tenant; put the tenant in the object key (bucket/${aws:PrincipalTag/tenant_id}/*) or add an s3:ExistingObjectTag/tenant_id condition [distsys-tenant-unscoped-arn]
}
template std::string templated<int>();
template std::string templated<long>();
