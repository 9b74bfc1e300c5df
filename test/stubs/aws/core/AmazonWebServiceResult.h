// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
// Aws::NoResult lives in aws/core/NoResult.h in the real SDK; kept reachable from here for the
// stubs' earlier users.
#include <aws/core/NoResult.h>
