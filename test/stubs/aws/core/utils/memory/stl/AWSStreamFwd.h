// Test stub of the AWS SDK for C++ (aws-cpp-sdk-core): aws/core/utils/memory/stl/AWSStreamFwd.h.
#pragma once

#include <istream>
#include <ostream>

namespace Aws {
using IStream = std::basic_istream<char, std::char_traits<char>>;
using OStream = std::basic_ostream<char, std::char_traits<char>>;
} // namespace Aws
