// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
#include <aws/core/client/ClientConfiguration.h>
#include <aws/lambda/LambdaServiceClientModel.h>

namespace Aws {
namespace Lambda {
class LambdaClient {
public:
  explicit LambdaClient(const Aws::Client::ClientConfiguration &clientConfiguration =
                        Aws::Client::ClientConfiguration());
  virtual ~LambdaClient();

  virtual Model::CreateFunctionOutcome CreateFunction(const Model::CreateFunctionRequest &request) const;
  virtual Model::GetFunctionOutcome GetFunction(const Model::GetFunctionRequest &request) const;
};
} // namespace Lambda
} // namespace Aws
