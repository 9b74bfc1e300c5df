// An invalid ExtraIdentifierParameters pattern is a configuration error (exit 2), not a silent no-op.
// RUN: not %distlint --checks=-*,distsys-hardcoded-test-resource-id --config-file=%S/Inputs/hardcoded-test-resource-id-bad.clang-tidy %s -- -std=c++17 2>&1 | FileCheck %s
// CHECK: configuration error: distsys-hardcoded-test-resource-id: ExtraIdentifierParameters: '(unclosed' is not a valid regex
void createTenant(const char *tenant_id);
void f() { createTenant("t1"); }
