// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
#include <aws/core/utils/memory/stl/AWSString.h>
#include <aws/sqs/SQSRequest.h>

#include <utility>

namespace Aws {
namespace SQS {
namespace Model {
class CreateQueueRequest : public SQSRequest {
public:
  CreateQueueRequest();
  inline const char *GetServiceRequestName() const override { return "CreateQueue"; }

  inline const Aws::String &GetQueueName() const { return m_queueName; }
  inline bool QueueNameHasBeenSet() const { return m_queueNameHasBeenSet; }
  inline void SetQueueName(const Aws::String &value) { m_queueNameHasBeenSet = true; m_queueName = value; }
  inline void SetQueueName(Aws::String &&value) { m_queueNameHasBeenSet = true; m_queueName = std::move(value); }
  inline void SetQueueName(const char *value) { m_queueNameHasBeenSet = true; m_queueName.assign(value); }
  inline CreateQueueRequest &WithQueueName(const Aws::String &value) { SetQueueName(value); return *this; }
  inline CreateQueueRequest &WithQueueName(Aws::String &&value) { SetQueueName(std::move(value)); return *this; }
  inline CreateQueueRequest &WithQueueName(const char *value) { SetQueueName(value); return *this; }

private:
  Aws::String m_queueName;
  bool m_queueNameHasBeenSet = false;
};
} // namespace Model
} // namespace SQS
} // namespace Aws
