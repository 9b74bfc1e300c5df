// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
#include <aws/core/client/ClientConfiguration.h>
#include <aws/sqs/SQSServiceClientModel.h>

namespace Aws {
namespace SQS {
class SQSClient {
public:
  explicit SQSClient(const Aws::Client::ClientConfiguration &clientConfiguration =
                        Aws::Client::ClientConfiguration());
  virtual ~SQSClient();

  virtual Model::GetQueueUrlOutcome GetQueueUrl(const Model::GetQueueUrlRequest &request) const;
  virtual Model::CreateQueueOutcome CreateQueue(const Model::CreateQueueRequest &request) const;
  virtual Model::SendMessageOutcome SendMessage(const Model::SendMessageRequest &request) const;
};
} // namespace SQS
} // namespace Aws
