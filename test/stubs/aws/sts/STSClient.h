// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
#include <aws/core/client/ClientConfiguration.h>
#include <aws/sts/STSServiceClientModel.h>

namespace Aws {
namespace STS {
class STSClient {
public:
  STSClient(const Aws::Client::ClientConfiguration &clientConfiguration =
                        Aws::Client::ClientConfiguration());
  virtual ~STSClient();

  virtual Model::AssumeRoleOutcome AssumeRole(const Model::AssumeRoleRequest &request) const;
};
} // namespace STS
} // namespace Aws
