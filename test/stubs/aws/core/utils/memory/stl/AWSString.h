// Minimal stub of the AWS SDK for C++ header of the same path.
#pragma once
#include <aws/core/utils/memory/stl/AWSAllocator.h>
#include <string>

namespace Aws {
using String = std::basic_string<char, std::char_traits<char>, Aws::Allocator<char>>;
} // namespace Aws
