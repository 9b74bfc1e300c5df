// Test stub of the AWS SDK for C++ (aws-cpp-sdk-core): aws/core/utils/Array.h, declarations only.
#pragma once

#include <aws/core/utils/memory/AWSMemory.h>
#include <aws/core/utils/memory/stl/AWSString.h>

#include <cstddef>

namespace Aws {
namespace Utils {
template <typename T> class Array {
public:
  Array(size_t arraySize = 0);
  Array(const T *arrayToCopy, size_t arraySize);
  Array(const Array &other);
  Array(Array &&other);
  Array &operator=(const Array &other);
  T &operator[](size_t index);
  const T &GetItem(size_t index) const;
  size_t GetLength() const;
  T *GetUnderlyingData() const;
};

typedef Array<unsigned char> ByteBuffer;
} // namespace Utils
} // namespace Aws
