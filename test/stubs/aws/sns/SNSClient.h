// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
#include <aws/core/client/ClientConfiguration.h>
#include <aws/sns/SNSServiceClientModel.h>

namespace Aws {
namespace SNS {
class SNSClient {
public:
  explicit SNSClient(const Aws::Client::ClientConfiguration &clientConfiguration =
                        Aws::Client::ClientConfiguration());
  virtual ~SNSClient();

  virtual Model::PublishOutcome Publish(const Model::PublishRequest &request) const;
};
} // namespace SNS
} // namespace Aws
