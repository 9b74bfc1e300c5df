// RUN: %check_distlint %s distsys-check-then-create %t -- -std=c++17 -isystem %S/Inputs/ctc-system
// Code in system headers is never reported, not even a system macro expanded in our code: only
// the library's author can fix its body.
#include <vendor_lock.h>

int useVendor(const char *path) { return vendorAcquire(path); }

int expandVendorMacro(const char *path) { return VENDOR_ENSURE(path); }
// CHECK-MESSAGES-NOT: warning:
