// A user model file (CheckOptions ModelFiles) declares the project's own operations on shared
// resources, for functions whose bodies distlint does not see (a library, another repository).
// RUN: echo "CheckOptions: {distsys-hardcoded-test-resource-id.ModelFiles: '%S/Inputs/hardcoded-test-resource-id-acme-models.json'}" > %t.clang-tidy
// RUN: %check_distlint --config-file=%t.clang-tidy %s distsys-hardcoded-test-resource-id %t -- -std=c++17
// Without the model file the functions are unknown and their parameter names say nothing.
// RUN: %distlint --checks=-*,distsys-hardcoded-test-resource-id %s -- -std=c++17 2>&1 \
// RUN:   | FileCheck --check-prefix=BUILTIN --implicit-check-not=warning: %s
// BUILTIN: 1 file(s) analysed, 0 finding(s)
#include <gtest/gtest.h>
#include <string>

namespace acme {
void writeShard(const std::string &shard_key, const std::string &payload);
void readShard(const std::string &shard_key);
struct TenantAdmin {
  void provision(const std::string &tenant_id);
  void describe(const std::string &tenant_id);
};
} // namespace acme
std::string uniqueSuffix();

TEST(Options, UserSinks) {
  acme::writeShard("shard-7", "payload");
  // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: shard key "shard-7" is fixed and acme::writeShard writes to it; tests running in parallel will collide — derive it from the test name and a random suffix
  acme::TenantAdmin admin;
  admin.provision("acme");
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: tenant id "acme" is fixed and TenantAdmin::provision creates it; tests running in parallel will collide — provision a tenant named after the test with a random suffix
  // Look-alikes: reads of the same resources, and a unique name.
  acme::readShard("shard-7");
  admin.describe("acme");
  admin.provision("acme-" + uniqueSuffix());
}
