// A malformed user model file is a configuration error (exit 2, not a pass) that names the rule and the fault,
// never a silent pass.
// RUN: echo "CheckOptions: {distsys-check-then-create.ModelFiles: '%S/Inputs/check-then-create-bad-models.json'}" > %t.clang-tidy
// RUN: not %distlint --config-file=%t.clang-tidy --checks=-*,distsys-check-then-create %s -- -std=c++17 2>&1 | FileCheck %s
// CHECK: configuration error: distsys-check-then-create: family 'broken': a call needs keyArg (or keyArgs), or requestArg with keySetters
int make_thing(const char *name);

// A result sense the check cannot read, and a naming convention missing what it needs.
// RUN: echo "CheckOptions: {distsys-check-then-create.ModelFiles: '%S/Inputs/check-then-create-bad-found.json'}" > %t.found.clang-tidy
// RUN: not %distlint --config-file=%t.found.clang-tidy --checks=-*,distsys-check-then-create %s -- -std=c++17 2>&1 | FileCheck %s --check-prefix=FOUND
// FOUND: configuration error: distsys-check-then-create: family 'acme-store': foundWhen is "nonzero", "zero" or "success" (with successMethod), not 'sometimes'
// RUN: echo "CheckOptions: {distsys-check-then-create.ModelFiles: '%S/Inputs/check-then-create-bad-convention.json'}" > %t.convention.clang-tidy
// RUN: not %distlint --config-file=%t.convention.clang-tidy --checks=-*,distsys-check-then-create %s -- -std=c++17 2>&1 | FileCheck %s --check-prefix=CONVENTION
// CONVENTION: configuration error: distsys-check-then-create: family 'acme-cloud': a naming convention needs clientNamespace, clientSuffix, checkVerbs, createVerbs, setterPrefixes, identifierSuffixes and safe
