// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
#include <aws/core/client/ClientConfiguration.h>
#include <aws/secretsmanager/SecretsManagerServiceClientModel.h>

namespace Aws {
namespace SecretsManager {
class SecretsManagerClient {
public:
  explicit SecretsManagerClient(const Aws::Client::ClientConfiguration &clientConfiguration =
                        Aws::Client::ClientConfiguration());
  virtual ~SecretsManagerClient();

  virtual Model::CreateSecretOutcome CreateSecret(const Model::CreateSecretRequest &request) const;
  virtual Model::DescribeSecretOutcome DescribeSecret(const Model::DescribeSecretRequest &request) const;
  virtual Model::GetSecretValueOutcome GetSecretValue(const Model::GetSecretValueRequest &request) const;
  virtual Model::PutSecretValueOutcome PutSecretValue(const Model::PutSecretValueRequest &request) const;
};
} // namespace SecretsManager
} // namespace Aws
