// Minimal stub of the AWS SDK for C++ header of the same path (SDK built without custom memory
// management, as Linux distributions and vcpkg build it).
#pragma once
#include <memory>

namespace Aws {
template <typename T> using Allocator = std::allocator<T>;
} // namespace Aws
