// An invalid ExtraIdentifierParameters pattern is a configuration error (exit 2), not a silent no-op.
// RUN: not %distlint --checks=-*,distsys-hardcoded-test-resource-id --config-file=%S/Inputs/hardcoded-test-resource-id-bad.clang-tidy %s -- -std=c++17 2>&1 | FileCheck %s
// CHECK: configuration error: distsys-hardcoded-test-resource-id: ExtraIdentifierParameters: '(unclosed' is not a valid regex
// A back-reference makes llvm::Regex backtrack (seconds to minutes on one name): refused too.
// RUN: echo "CheckOptions: {distsys-hardcoded-test-resource-id.ExtraIdentifierParameters: '^(a*)(a*)\\2\\1b'}" > %t.clang-tidy
// RUN: not %distlint --checks=-*,distsys-hardcoded-test-resource-id --config-file=%t.clang-tidy %s -- -std=c++17 2>&1 | FileCheck %s --check-prefix=BACKREF
// BACKREF: configuration error: distsys-hardcoded-test-resource-id: ExtraIdentifierParameters: '^(a*)(a*)\2\1b' is not a valid regex: back-references such as '\2' are not supported
void createTenant(const char *tenant_id);
void f() { createTenant("t1"); }
