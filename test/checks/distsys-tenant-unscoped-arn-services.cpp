// RUN: %check_distlint %s distsys-tenant-unscoped-arn %t -- -std=c++17
// ARNs of the services besides S3 and DynamoDB whose data a policy can share across tenants
// (standard format arn:partition:service:region:account:resource), each with the tenant scoping
// that service supports: a tenant in the resource name, or a condition on a tenant tag or key.

// SNS: publishing to (or subscribing to) every topic of the account.
const char *const kAllTopics = R"({"Statement": [{"Effect": "Allow", "Action": "sns:Publish",
  "Resource": "arn:aws:sns:eu-west-1:111122223333:*"}]})";
// CHECK-MESSAGES: :[[@LINE-1]]:16: warning: policy allows 'sns:Publish' on 'arn:aws:sns:eu-west-1:111122223333:*' to every tenant; name the tenant's own topic (orders-${aws:PrincipalTag/tenant_id}) or add an aws:ResourceTag/tenant_id condition [distsys-tenant-unscoped-arn]

// Kinesis: reading every stream.
const char *const kAllStreams = R"({"Statement": [{"Effect": "Allow",
  "Action": ["kinesis:GetShardIterator", "kinesis:GetRecords"],
  "Resource": "arn:aws:kinesis:eu-west-1:111122223333:stream/*"}]})";
// CHECK-MESSAGES: :[[@LINE-1]]:16: warning: policy allows 'kinesis:GetShardIterator' on 'arn:aws:kinesis:eu-west-1:111122223333:stream/*' to every tenant; name the tenant's own stream (stream/events-${aws:PrincipalTag/tenant_id}) or add an aws:ResourceTag/tenant_id condition

// CloudWatch Logs: every log group, with or without the stream part.
const char *const kAllLogGroups = R"({"Statement": [{"Effect": "Allow",
  "Action": ["logs:FilterLogEvents", "logs:GetLogEvents"],
  "Resource": ["arn:aws:logs:eu-west-1:111122223333:log-group:*",
               "arn:aws:logs:eu-west-1:111122223333:log-group:*:log-stream:*"]}]})";
// CHECK-MESSAGES: :[[@LINE-2]]:17: warning: policy allows 'logs:FilterLogEvents' on 'arn:aws:logs:eu-west-1:111122223333:log-group:*' to every tenant; name the tenant's own log group (log-group:/tenants/${aws:PrincipalTag/tenant_id}/*) or add an aws:ResourceTag/tenant_id condition
// CHECK-MESSAGES: :[[@LINE-2]]:17: warning: policy allows 'logs:FilterLogEvents' on 'arn:aws:logs:eu-west-1:111122223333:log-group:*:log-stream:*' to every tenant

// KMS: decrypting with any key.
const char *const kAnyKey = R"({"Statement": [{"Effect": "Allow", "Action": "kms:Decrypt",
  "Resource": "arn:aws:kms:eu-west-1:111122223333:key/*"}]})";
// CHECK-MESSAGES: :[[@LINE-1]]:16: warning: policy allows 'kms:Decrypt' on 'arn:aws:kms:eu-west-1:111122223333:key/*' to every tenant; use the tenant's own key (alias/tenant-${aws:PrincipalTag/tenant_id}) or add a kms:EncryptionContext:tenant_id condition

// --- negatives: the same grants, scoped to the caller's tenant, or not data access -------------

const char *const kTenantTopic = R"({"Statement": [{"Effect": "Allow", "Action": "sns:Publish",
  "Resource": "arn:aws:sns:eu-west-1:111122223333:orders-${aws:PrincipalTag/tenant_id}"}]})";

const char *const kOneTopic = R"({"Statement": [{"Effect": "Allow", "Action": "sns:Publish",
  "Resource": "arn:aws:sns:eu-west-1:111122223333:deploy-notifications"}]})";

const char *const kTaggedStreams = R"({"Statement": [{"Effect": "Allow", "Action": "kinesis:GetRecords",
  "Resource": "arn:aws:kinesis:eu-west-1:111122223333:stream/*",
  "Condition": {"StringEquals": {"aws:ResourceTag/tenant_id": "${aws:PrincipalTag/tenant_id}"}}}]})";

const char *const kTenantLogGroup = R"({"Statement": [{"Effect": "Allow", "Action": "logs:GetLogEvents",
  "Resource": "arn:aws:logs:eu-west-1:111122223333:log-group:/tenants/${aws:PrincipalTag/tenant_id}/*"}]})";

const char *const kEncryptionContext = R"({"Statement": [{"Effect": "Allow", "Action": "kms:Decrypt",
  "Resource": "arn:aws:kms:eu-west-1:111122223333:key/*",
  "Condition": {"StringEquals": {"kms:EncryptionContext:tenant_id": "${aws:PrincipalTag/tenant_id}"}}}]})";

const char *const kOneKey = R"({"Statement": [{"Effect": "Allow", "Action": "kms:Decrypt",
  "Resource": "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"}]})";

// Control-plane actions: describing every log group reads no tenant's data.
const char *const kDescribeOnly = R"({"Statement": [{"Effect": "Allow",
  "Action": ["logs:DescribeLogGroups", "kms:ListKeys", "sns:ListTopics"], "Resource": "*"}]})";
