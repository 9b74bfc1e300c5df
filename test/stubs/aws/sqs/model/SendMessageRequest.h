// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
#include <aws/core/utils/memory/stl/AWSMap.h>
#include <aws/core/utils/memory/stl/AWSString.h>
#include <aws/sqs/SQSRequest.h>
#include <aws/sqs/model/MessageAttributeValue.h>

#include <utility>

namespace Aws {
namespace SQS {
namespace Model {
class SendMessageRequest : public SQSRequest {
public:
  SendMessageRequest();
  inline const char *GetServiceRequestName() const override { return "SendMessage"; }

  inline const Aws::String &GetQueueUrl() const { return m_queueUrl; }
  inline void SetQueueUrl(const Aws::String &value) { m_queueUrlHasBeenSet = true; m_queueUrl = value; }
  inline void SetQueueUrl(Aws::String &&value) { m_queueUrlHasBeenSet = true; m_queueUrl = std::move(value); }
  inline void SetQueueUrl(const char *value) { m_queueUrlHasBeenSet = true; m_queueUrl.assign(value); }
  inline SendMessageRequest &WithQueueUrl(const Aws::String &value) { SetQueueUrl(value); return *this; }
  inline SendMessageRequest &WithQueueUrl(Aws::String &&value) { SetQueueUrl(std::move(value)); return *this; }
  inline SendMessageRequest &WithQueueUrl(const char *value) { SetQueueUrl(value); return *this; }

  inline const Aws::String &GetMessageBody() const { return m_messageBody; }
  inline void SetMessageBody(const Aws::String &value) { m_messageBodyHasBeenSet = true; m_messageBody = value; }
  inline void SetMessageBody(Aws::String &&value) { m_messageBodyHasBeenSet = true; m_messageBody = std::move(value); }
  inline void SetMessageBody(const char *value) { m_messageBodyHasBeenSet = true; m_messageBody.assign(value); }
  inline SendMessageRequest &WithMessageBody(const Aws::String &value) { SetMessageBody(value); return *this; }
  inline SendMessageRequest &WithMessageBody(Aws::String &&value) { SetMessageBody(std::move(value)); return *this; }
  inline SendMessageRequest &WithMessageBody(const char *value) { SetMessageBody(value); return *this; }

  inline const Aws::Map<Aws::String, MessageAttributeValue> &GetMessageAttributes() const { return m_messageAttributes; }
  inline void SetMessageAttributes(const Aws::Map<Aws::String, MessageAttributeValue> &value) { m_messageAttributesHasBeenSet = true; m_messageAttributes = value; }
  inline void SetMessageAttributes(Aws::Map<Aws::String, MessageAttributeValue> &&value) { m_messageAttributesHasBeenSet = true; m_messageAttributes = std::move(value); }
  inline SendMessageRequest &WithMessageAttributes(const Aws::Map<Aws::String, MessageAttributeValue> &value) { SetMessageAttributes(value); return *this; }
  inline SendMessageRequest &AddMessageAttributes(const Aws::String &key, const MessageAttributeValue &value) { m_messageAttributesHasBeenSet = true; m_messageAttributes.emplace(key, value); return *this; }
  inline SendMessageRequest &AddMessageAttributes(const char *key, const MessageAttributeValue &value) { m_messageAttributesHasBeenSet = true; m_messageAttributes.emplace(key, value); return *this; }

private:
  Aws::String m_queueUrl;
  bool m_queueUrlHasBeenSet = false;
  Aws::String m_messageBody;
  bool m_messageBodyHasBeenSet = false;
  Aws::Map<Aws::String, MessageAttributeValue> m_messageAttributes;
  bool m_messageAttributesHasBeenSet = false;
};
} // namespace Model
} // namespace SQS
} // namespace Aws
