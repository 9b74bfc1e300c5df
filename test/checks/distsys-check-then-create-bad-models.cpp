// A malformed user model file is a configuration error (exit 2, not a pass) that names the rule and the fault,
// never a silent pass.
// RUN: echo "CheckOptions: {distsys-check-then-create.ModelFiles: '%S/Inputs/check-then-create-bad-models.json'}" > %t.clang-tidy
// RUN: not %distlint --config-file=%t.clang-tidy --checks=-*,distsys-check-then-create %s -- -std=c++17 2>&1 | FileCheck %s
// CHECK: configuration error: distsys-check-then-create: family 'broken': a call needs keyArg, or requestArg with keySetters
int make_thing(const char *name);
