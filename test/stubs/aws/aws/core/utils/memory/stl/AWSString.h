// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
#include <string>

namespace Aws {
using String = std::basic_string<char, std::char_traits<char>, std::allocator<char>>;
} // namespace Aws
