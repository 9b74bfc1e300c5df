// RUN: %check_distlint %s distsys-check-then-create %t -- -std=c++17
// The only fix-its are the mechanical ones: O_EXCL next to O_CREAT and "x" in a "w" fopen mode.
// Adding them changes nothing when the check said "absent" and turns the race into EEXIST.
#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

#define CREATE_FLAGS (O_WRONLY | O_CREAT)

int openFix(const char *path) {
  if (access(path, F_OK) != 0)
    return open(path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'open' of the file checked by 'access'
  // CHECK-MESSAGES: :[[@LINE-3]]:7: note: 'access' checks
  // CHECK-FIXES: {{^}}    return open(path, O_WRONLY | O_CREAT | O_EXCL | O_TRUNC, 0600);{{$}}
  return -1;
}

FILE *fopenFix(const char *path) {
  if (access(path, F_OK) == 0)
    return nullptr;
  return fopen(path, "wb");
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: 'fopen' of the file checked by 'access'
  // CHECK-MESSAGES: :[[@LINE-4]]:7: note: 'access' checks
  // CHECK-FIXES: {{^}}  return fopen(path, "wbx");{{$}}
}

FILE *appendHasNoFix(const char *path) {
  if (access(path, F_OK) != 0)
    return fopen(path, "a");
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'fopen' of the file checked by 'access'
  // CHECK-MESSAGES: :[[@LINE-3]]:7: note: 'access' checks
  // CHECK-FIXES: {{^}}    return fopen(path, "a");{{$}}
  return nullptr;
}

int flagsInMacroHaveNoFix(const char *path) {
  if (access(path, F_OK) != 0)
    return open(path, CREATE_FLAGS, 0600);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'open' of the file checked by 'access'
  // CHECK-MESSAGES: :[[@LINE-3]]:7: note: 'access' checks
  // CHECK-FIXES: {{^}}    return open(path, CREATE_FLAGS, 0600);{{$}}
  return -1;
}

int flagsInVariableHaveNoFix(const char *path) {
  int flags = O_WRONLY | O_CREAT;
  if (access(path, F_OK) != 0)
    return open(path, flags, 0600);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'open' of the file checked by 'access'
  // CHECK-MESSAGES: :[[@LINE-3]]:7: note: 'access' checks
  // CHECK-FIXES: {{^}}    return open(path, flags, 0600);{{$}}
  return -1;
}
