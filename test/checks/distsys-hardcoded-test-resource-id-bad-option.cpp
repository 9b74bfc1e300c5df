// A malformed user model file is a configuration error (exit 2), never a silent pass: a sink of
// methods must name its operation, for the message.
// RUN: echo "CheckOptions: {distsys-hardcoded-test-resource-id.ModelFiles: '%S/Inputs/hardcoded-test-resource-id-bad-models.json'}" > %t.clang-tidy
// RUN: not %distlint --checks=-*,distsys-hardcoded-test-resource-id --config-file=%t.clang-tidy %s -- -std=c++17 2>&1 | FileCheck %s
// CHECK: configuration error: distsys-hardcoded-test-resource-id: sink 'tenant id' of methods needs an operation
// The option ExtraIdentifierParameters is gone (a parameter's name is not enough): configurations
// that still set it get an error that says which options exist.
// RUN: echo "CheckOptions: {distsys-hardcoded-test-resource-id.ExtraIdentifierParameters: '^shard_key$'}" > %t-old.clang-tidy
// RUN: not %distlint --checks=-*,distsys-hardcoded-test-resource-id --config-file=%t-old.clang-tidy %s -- -std=c++17 2>&1 | FileCheck %s --check-prefix=OLD
// OLD: unknown option 'distsys-hardcoded-test-resource-id.ExtraIdentifierParameters' (distsys-hardcoded-test-resource-id has: ModelFiles, SummaryFile)
void createTenant(const char *tenant_id);
void f() { createTenant("t1"); }
