// RUN: not %distlint --checks=-*,distsys-check-then-create --format=sarif %s -- -std=c++17 > %t.sarif
// RUN: %python %S/Inputs/check-then-create-sarif.py %t.sarif | FileCheck %s
// CHECK: check-then-create-sarif: ok
#include <fcntl.h>
#include <unistd.h>

int create(const char *path) {
  // The check (line 9) is a related location of the create (line 10).
  if (access(path, F_OK) != 0)
    return open(path, O_WRONLY | O_CREAT, 0600);
  return -1;
}
