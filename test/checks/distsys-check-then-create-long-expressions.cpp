// RUN: %check_distlint %s distsys-check-then-create %t -- -std=c++17
//
// The same file with every `/*MORE*/` grown into 20,000 more `+ a` terms: the check must stay
// linear in the size of an expression (it was quadratic: minutes) and must not recurse once per
// level of one (it overflowed the stack), and still report what it reports on the short file.
// RUN: %python -c "import sys; t = open(sys.argv[1]).read(); open(sys.argv[2], 'w').write(t.replace('/*' + 'MORE*/', ' + a' * 20000))" %s %t-long.cpp
// RUN: timeout 60 %distlint --checks=-*,distsys-check-then-create --fail-on=none %t-long.cpp -- -std=c++17 > %t-long.out 2>&1
// RUN: FileCheck %s --check-prefix=LONG --input-file=%t-long.out
// LONG: long.cpp:[[# @LINE + 18]]:12: warning: 'open' of the file checked by 'access' at line [[# @LINE + 17]] can race
// LONG: long.cpp:[[# @LINE + 28]]:12: warning: 'open' of the file checked by 'access' at line [[# @LINE + 26]] can race
// LONG: long.cpp:[[# @LINE + 36]]:12: warning: 'open' of the file checked by 'access' at line [[# @LINE + 35]] can race
// LONG: 1 file(s) analysed, 3 finding(s)
#include <fcntl.h>
#include <string>
#include <unistd.h>

// Every operator+ is a call the check's matchers see, nested one level deeper than the last.
std::string longChain(const std::string &a) {
  std::string s = a + a /*MORE*/;
  return s;
}

// A create in the same function as a long expression: the body is indexed, without recursion.
int nextToLongExpression(const char *path, const std::string &a) {
  std::string s = a + a /*MORE*/;
  if (access(path, F_OK) != 0)
    return open(path, O_CREAT | O_WRONLY, 0600);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'open' of the file checked by 'access' at line [[@LINE-2]] can race
  // CHECK-MESSAGES: :[[@LINE-3]]:7: note: 'access' checks the file here
  return static_cast<int>(s.size());
}

// The guard reads a variable initialised by a long expression: the initialiser is searched for
// checks, without recursion.
int checkThroughLongInitialiser(const char *path, const std::string &a) {
  bool missing = access(path, F_OK) != 0 && (a + a /*MORE*/).empty();
  if (missing)
    return open(path, O_CREAT | O_WRONLY, 0600);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'open' of the file checked by 'access' at line [[@LINE-3]] can race
  // CHECK-MESSAGES: :[[@LINE-4]]:18: note: 'access' checks the file here
  return -1;
}

// A long expression in the guard itself, after the check.
int longGuard(const char *path, const std::string &a) {
  if (access(path, F_OK) != 0 && !(a + a /*MORE*/).empty())
    return open(path, O_CREAT | O_WRONLY, 0600);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'open' of the file checked by 'access' at line [[@LINE-2]] can race
  // CHECK-MESSAGES: :[[@LINE-3]]:7: note: 'access' checks the file here
  return -1;
}

// Negative: the long expression sits next to an atomic create.
int atomicNextToLongExpression(const char *path, const std::string &a) {
  std::string s = a + a /*MORE*/;
  if (access(path, F_OK) != 0)
    return open(path, O_CREAT | O_EXCL | O_WRONLY, 0600);
  return static_cast<int>(s.size());
}

// Long, not reported: a path spelled as a 20,000-term expression is not compared (its structural key would
// take a recursion as deep as the expression); short, it is the same path as the check's.
int longPath(const std::string &a) {
  if (access((a + a /*MORE*/).c_str(), F_OK) != 0)
    return open((a + a /*MORE*/).c_str(), O_CREAT | O_WRONLY, 0600);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'open' of the file checked by 'access' at line [[@LINE-2]] can race
  // CHECK-MESSAGES: :[[@LINE-3]]:7: note: 'access' checks the file here
  return -1;
}
