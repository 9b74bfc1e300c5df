// RUN: %check_distlint %s distsys-check-then-create %t -- -std=c++17
// Odd code must neither crash the check nor make it guess: templates, macros, lambdas, loops,
// operators, missing bodies.
#include <fcntl.h>
#include <functional>
#include <string>
#include <sys/stat.h>
#include <unistd.h>

#define EXISTS(p) (access((p), F_OK) == 0)
#define CREATE(p) open((p), O_CREAT | O_WRONLY, 0600)

// Inside a template, only non-dependent calls are analysed, once (not per instantiation).
template <typename T> int inTemplate(const char *path, T extra) {
  if (access(path, F_OK) != 0)
    return open(path, O_CREAT | O_WRONLY, 0600) + extra;
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'open' of the file checked by 'access'
  // CHECK-MESSAGES: :[[@LINE-3]]:7: note: 'access' checks the file here
  return -1;
}
int useTemplates() { return inTemplate("/tmp/a", 1) + inTemplate("/tmp/a", 2L); }

// Macros expanding to the check and the create are still the same pattern.
int macros(const char *path) {
  if (!EXISTS(path))
    return CREATE(path);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'open' of the file checked by 'access'
  // CHECK-MESSAGES: :[[@LINE-3]]:8: note: 'access' checks the file here
  return -1;
}

// A lambda runs later: a check outside it does not guard a create inside it.
std::function<int()> deferred(const char *path) {
  if (access(path, F_OK) != 0)
    return [path] { return open(path, O_CREAT | O_WRONLY, 0600); };
  return nullptr;
}

// Inside the lambda, its own check and create are analysed.
auto inLambda = [](const char *path) {
  if (access(path, F_OK) != 0)
    return open(path, O_CREAT | O_WRONLY, 0600);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'open' of the file checked by 'access'
  // CHECK-MESSAGES: :[[@LINE-3]]:7: note: 'access' checks the file here
  return -1;
};

// A loop waiting for another process to create the file: the create is the loop's own.
void pollThenCreate(const char *path) {
  for (int i = 0; access(path, F_OK) != 0 && i < 3; ++i)
    close(open(path, O_CREAT | O_WRONLY, 0600));
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: 'open' of the file checked by 'access'
  // CHECK-MESSAGES: :[[@LINE-3]]:19: note: 'access' checks the file here
}

// The path changes between check and create: a different key.
int reassigned(std::string path) {
  if (access(path.c_str(), F_OK) == 0)
    return -1;
  return open((path + ".new").c_str(), O_CREAT | O_WRONLY, 0600);
}

// Declarations without bodies, calls through pointers, unknown modes.
int declared(const char *path);
int (*opener)(const char *, int, ...) = open;
int throughPointer(const char *path) {
  if (access(path, F_OK) != 0)
    return opener(path, O_CREAT | O_WRONLY);
  return -1;
}
FILE *unknownMode(const char *path, const char *mode) {
  if (access(path, F_OK) != 0)
    return fopen(path, mode);
  return nullptr;
}

// Recursion in the dependence chain between variables must terminate.
int cyclic(const char *path) {
  int a = 0, b = 0;
  a = b + access(path, F_OK);
  b = a;
  if (b)
    return open(path, O_CREAT | O_WRONLY, 0600);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'open' of the file checked by 'access'
  // CHECK-MESSAGES: :[[@LINE-5]]:11: note: 'access' checks the file here
  return -1;
}

// NOLINT silences a finding (the driver reports it as suppressed).
int suppressed(const char *path) {
  if (access(path, F_OK) != 0)
    return open(path, O_CREAT | O_WRONLY, 0600); // NOLINT(distsys-check-then-create)
  return -1;
}

// Checks inside helpers are followed (a few calls deep, recursion included) with the helper's
// parameters mapped to the caller's arguments.
bool fileExists(const std::string &p) {
  struct stat st;
  return stat(p.c_str(), &st) == 0;
}
int throughHelper(const std::string &path, const std::string &other) {
  if (fileExists(other))
    open(path.c_str(), O_CREAT | O_WRONLY, 0600); // a different file
  if (!fileExists(path))
    return open(path.c_str(), O_CREAT | O_WRONLY, 0600);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'open' of the file checked by 'fileExists' at line [[@LINE-2]] can race
  // CHECK-MESSAGES: :[[@LINE-3]]:8: note: 'fileExists' checks the file here
  // CHECK-MESSAGES: :[[@LINE-9]]:10: note: 'stat' checks the file here
  return -1;
}
bool recursiveExists(const char *p, int tries) {
  return tries > 0 ? recursiveExists(p, tries - 1) : access(p, F_OK) == 0;
}
int throughRecursion(const char *path) {
  if (recursiveExists(path, 3))
    return -1;
  return open(path, O_CREAT | O_WRONLY, 0600);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: 'open' of the file checked by 'recursiveExists' at line [[@LINE-3]] can race
  // CHECK-MESSAGES: :[[@LINE-4]]:7: note: 'recursiveExists' checks the file here
  // CHECK-MESSAGES: :[[@LINE-8]]:54: note: 'access' checks the file here
}
