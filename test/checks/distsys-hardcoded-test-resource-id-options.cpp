// RUN: %check_distlint %s distsys-hardcoded-test-resource-id %t -- -std=c++17
// RUN: %check_distlint --check-suffix=EXTRA --config-file=%S/Inputs/hardcoded-test-resource-id-extra.clang-tidy %s distsys-hardcoded-test-resource-id %t-extra -- -std=c++17
#include <gtest/gtest.h>
#include <string>

// In-house names for identifiers the built-in pattern does not know.
void writeShard(const std::string &shard_key, const std::string &payload);
void createOrg(const std::string &orgId);
void createTenant(const std::string &tenant_id);
// Near misses: not whole-name matches of the extra patterns.
void lookup(const std::string &shard_key_hint);
void rename(const std::string &organisation);
// Words that name an identifier only with a suffix: a secret's value, a JSON schema, a workflow
// definition.
void sign(const std::string &secret);
void validate(const std::string &schema);
void run(const std::string &workflow);
void rotate(const std::string &secret_name);

TEST(Options, ExtraIdentifierParameters) {
  writeShard("shard-7", "payload");
  // CHECK-MESSAGES-EXTRA: :[[@LINE-1]]:14: warning: shard_key "shard-7" is fixed; tests running in parallel will collide
  createOrg("acme");
  // CHECK-MESSAGES-EXTRA: :[[@LINE-1]]:13: warning: orgId "acme" is fixed
  createTenant("t1");
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: tenant_id "t1" is fixed
  // CHECK-MESSAGES-EXTRA: :[[@LINE-2]]:16: warning: tenant_id "t1" is fixed
  lookup("shard-7-hint");
  rename("acme-corp");
  sign("s3cr3t");
  validate("{\"type\": \"object\"}");
  run("steps: [build, test]");
  rotate("db-password");
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: secret_name "db-password" is fixed
  // CHECK-MESSAGES-EXTRA: :[[@LINE-2]]:10: warning: secret_name "db-password" is fixed
}
