// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
#include <aws/core/utils/memory/stl/AWSAllocator.h>

#include <sstream>

namespace Aws {
typedef std::basic_stringstream<char, std::char_traits<char>, Aws::Allocator<char>> StringStream;
typedef std::basic_istringstream<char, std::char_traits<char>, Aws::Allocator<char>> IStringStream;
typedef std::basic_ostringstream<char, std::char_traits<char>, Aws::Allocator<char>> OStringStream;
typedef std::basic_stringbuf<char, std::char_traits<char>, Aws::Allocator<char>> StringBuf;
} // namespace Aws
