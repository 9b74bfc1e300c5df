// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
#include <aws/core/utils/memory/stl/AWSString.h>

namespace Aws {
namespace Client {
struct ClientConfiguration {
  ClientConfiguration();
  Aws::String region;
  long requestTimeoutMs = 3000;
  long connectTimeoutMs = 1000;
};
} // namespace Client
} // namespace Aws
