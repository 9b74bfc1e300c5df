// Test stub of the AWS SDK for C++ (aws-cpp-sdk-core): aws/core/utils/memory/stl/AWSStreamFwd.h.
#pragma once

#include <functional>
#include <iostream>

namespace Aws {
using IFStream = std::basic_ifstream<char, std::char_traits<char>>;
using OFStream = std::basic_ofstream<char, std::char_traits<char>>;
using FStream = std::basic_fstream<char, std::char_traits<char>>;
using IStream = std::basic_istream<char, std::char_traits<char>>;
using OStream = std::basic_ostream<char, std::char_traits<char>>;
using IOStream = std::basic_iostream<char, std::char_traits<char>>;
using IOStreamFactory = std::function<Aws::IOStream *(void)>;
} // namespace Aws
