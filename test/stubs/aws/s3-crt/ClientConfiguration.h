// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
#include <aws/core/Region.h>
#include <aws/core/client/ClientConfiguration.h>
#include <aws/core/utils/memory/stl/AWSString.h>

#include <cstddef>
#include <functional>
#include <memory>

namespace Aws {
namespace Crt {
namespace Io {
class ClientBootstrap;
class TlsConnectionOptions;
} // namespace Io
} // namespace Crt

namespace S3Crt {
struct ClientConfiguration : Aws::Client::ClientConfiguration {
  ClientConfiguration() : Aws::Client::ClientConfiguration(), partSize(5 * 1024 * 1024), throughputTargetGbps(2.0) {}
  std::shared_ptr<Aws::Crt::Io::ClientBootstrap> clientBootstrap;
  size_t partSize;
  std::shared_ptr<Aws::Crt::Io::TlsConnectionOptions> tlsConnectionOptions;
  double throughputTargetGbps;
  std::function<void(void *)> clientShutdownCallback;
  void *shutdownCallbackUserData = nullptr;
};
} // namespace S3Crt
} // namespace Aws
