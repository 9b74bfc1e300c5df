// Minimal stub of the AWS SDK for C++ header of the same path: the request's name setters.
#pragma once
#include <aws/core/utils/memory/stl/AWSString.h>
#include <utility>

namespace Aws {
namespace SQS {
namespace Model {

class CreateQueueRequest {
public:
  inline const Aws::String &GetQueueName() const { return m_queueName; }
  inline void SetQueueName(const Aws::String &value) { m_queueName = value; }
  inline void SetQueueName(Aws::String &&value) { m_queueName = std::move(value); }
  inline void SetQueueName(const char *value) { m_queueName.assign(value); }
  inline CreateQueueRequest &WithQueueName(const Aws::String &value) { SetQueueName(value); return *this; }
  inline CreateQueueRequest &WithQueueName(Aws::String &&value) { SetQueueName(std::move(value)); return *this; }
  inline CreateQueueRequest &WithQueueName(const char *value) { SetQueueName(value); return *this; }

private:
  Aws::String m_queueName;
};

} // namespace Model
} // namespace SQS
} // namespace Aws
