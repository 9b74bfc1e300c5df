// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
#include <aws/core/utils/memory/stl/AWSString.h>
#include <aws/sqs/SQSRequest.h>

#include <utility>

namespace Aws {
namespace SQS {
namespace Model {
class GetQueueUrlRequest : public SQSRequest {
public:
  GetQueueUrlRequest();
  inline const char *GetServiceRequestName() const override { return "GetQueueUrl"; }

  inline const Aws::String &GetQueueName() const { return m_queueName; }
  inline bool QueueNameHasBeenSet() const { return m_queueNameHasBeenSet; }
  inline void SetQueueName(const Aws::String &value) { m_queueNameHasBeenSet = true; m_queueName = value; }
  inline void SetQueueName(Aws::String &&value) { m_queueNameHasBeenSet = true; m_queueName = std::move(value); }
  inline void SetQueueName(const char *value) { m_queueNameHasBeenSet = true; m_queueName.assign(value); }
  inline GetQueueUrlRequest &WithQueueName(const Aws::String &value) { SetQueueName(value); return *this; }
  inline GetQueueUrlRequest &WithQueueName(Aws::String &&value) { SetQueueName(std::move(value)); return *this; }
  inline GetQueueUrlRequest &WithQueueName(const char *value) { SetQueueName(value); return *this; }
  inline const Aws::String &GetQueueOwnerAWSAccountId() const { return m_queueOwnerAWSAccountId; }
  inline bool QueueOwnerAWSAccountIdHasBeenSet() const { return m_queueOwnerAWSAccountIdHasBeenSet; }
  inline void SetQueueOwnerAWSAccountId(const Aws::String &value) { m_queueOwnerAWSAccountIdHasBeenSet = true; m_queueOwnerAWSAccountId = value; }
  inline void SetQueueOwnerAWSAccountId(Aws::String &&value) { m_queueOwnerAWSAccountIdHasBeenSet = true; m_queueOwnerAWSAccountId = std::move(value); }
  inline void SetQueueOwnerAWSAccountId(const char *value) { m_queueOwnerAWSAccountIdHasBeenSet = true; m_queueOwnerAWSAccountId.assign(value); }
  inline GetQueueUrlRequest &WithQueueOwnerAWSAccountId(const Aws::String &value) { SetQueueOwnerAWSAccountId(value); return *this; }
  inline GetQueueUrlRequest &WithQueueOwnerAWSAccountId(Aws::String &&value) { SetQueueOwnerAWSAccountId(std::move(value)); return *this; }
  inline GetQueueUrlRequest &WithQueueOwnerAWSAccountId(const char *value) { SetQueueOwnerAWSAccountId(value); return *this; }

private:
  Aws::String m_queueName;
  bool m_queueNameHasBeenSet = false;
  Aws::String m_queueOwnerAWSAccountId;
  bool m_queueOwnerAWSAccountIdHasBeenSet = false;
};
} // namespace Model
} // namespace SQS
} // namespace Aws
