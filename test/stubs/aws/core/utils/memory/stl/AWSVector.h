// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
#include <vector>

namespace Aws {
template <typename T> using Vector = std::vector<T>;
} // namespace Aws
