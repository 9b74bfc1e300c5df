// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once

namespace Aws {
namespace Client {
class AWSAuthV4Signer {
public:
  enum class PayloadSigningPolicy { RequestDependent, Always, Never };
  virtual ~AWSAuthV4Signer();
};
} // namespace Client
} // namespace Aws
