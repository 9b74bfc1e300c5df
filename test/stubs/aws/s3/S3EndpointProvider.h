// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
// The real S3EndpointProviderBase is an alias of Aws::Endpoint::EndpointProviderBase<S3ClientConfiguration,
// S3BuiltInParameters, S3ClientContextParameters>, and S3EndpointProvider derives from the matching
// DefaultEndpointProvider; here both are plain classes of the same names.
#include <aws/s3/S3ClientConfiguration.h>

namespace Aws {
namespace S3 {
namespace Endpoint {
class S3EndpointProviderBase {
public:
  virtual ~S3EndpointProviderBase() = default;
  virtual void InitBuiltInParameters(const S3ClientConfiguration &config) = 0;
};

class S3EndpointProvider : public S3EndpointProviderBase {
public:
  S3EndpointProvider();
  void InitBuiltInParameters(const S3ClientConfiguration &config) override;
};
} // namespace Endpoint
} // namespace S3
} // namespace Aws
