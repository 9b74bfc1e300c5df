// A test program without a framework: main() calls its test_* functions. A model file says which
// functions are tests (testBodies.functions, a name pattern); without it nothing here is a test.
// RUN: echo "CheckOptions: {distsys-hardcoded-test-resource-id.ModelFiles: '%S/Inputs/hardcoded-test-resource-id-c-harness-models.json'}" > %t.clang-tidy
// RUN: %check_distlint --config-file=%t.clang-tidy %s distsys-hardcoded-test-resource-id %t -- -std=c++17
// RUN: %distlint --checks=-*,distsys-hardcoded-test-resource-id %s -- -std=c++17 2>&1 \
// RUN:   | FileCheck --check-prefix=BUILTIN --implicit-check-not=warning: %s
// BUILTIN: 1 file(s) analysed, 0 finding(s)
#include <hiredis/hiredis.h>

redisContext *connect_to_server();

static void test_blocking_commands(redisContext *c) {
  redisCommand(c, "SET foo bar");
  // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: redis key "foo" is fixed and SET writes to it
  redisCommand(c, "GET foo");
}

// Not a test by its name; called from main only.
static void seed_production_cache(redisContext *c) { redisCommand(c, "SET cache:version 3"); }

int main() {
  redisContext *c = connect_to_server();
  test_blocking_commands(c);
  seed_production_cache(c);
  return 0;
}
