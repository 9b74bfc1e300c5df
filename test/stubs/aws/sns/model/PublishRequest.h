// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
#include <aws/core/utils/memory/stl/AWSMap.h>
#include <aws/core/utils/memory/stl/AWSString.h>
#include <aws/sns/SNSRequest.h>
#include <aws/sns/model/MessageAttributeValue.h>

#include <utility>

namespace Aws {
namespace SNS {
namespace Model {
class PublishRequest : public SNSRequest {
public:
  PublishRequest();
  inline const char *GetServiceRequestName() const override { return "Publish"; }

  inline const Aws::String &GetTopicArn() const { return m_topicArn; }
  inline void SetTopicArn(const Aws::String &value) { m_topicArnHasBeenSet = true; m_topicArn = value; }
  inline void SetTopicArn(Aws::String &&value) { m_topicArnHasBeenSet = true; m_topicArn = std::move(value); }
  inline void SetTopicArn(const char *value) { m_topicArnHasBeenSet = true; m_topicArn.assign(value); }
  inline PublishRequest &WithTopicArn(const Aws::String &value) { SetTopicArn(value); return *this; }
  inline PublishRequest &WithTopicArn(Aws::String &&value) { SetTopicArn(std::move(value)); return *this; }
  inline PublishRequest &WithTopicArn(const char *value) { SetTopicArn(value); return *this; }

  inline const Aws::String &GetMessage() const { return m_message; }
  inline void SetMessage(const Aws::String &value) { m_messageHasBeenSet = true; m_message = value; }
  inline void SetMessage(Aws::String &&value) { m_messageHasBeenSet = true; m_message = std::move(value); }
  inline void SetMessage(const char *value) { m_messageHasBeenSet = true; m_message.assign(value); }
  inline PublishRequest &WithMessage(const Aws::String &value) { SetMessage(value); return *this; }
  inline PublishRequest &WithMessage(Aws::String &&value) { SetMessage(std::move(value)); return *this; }
  inline PublishRequest &WithMessage(const char *value) { SetMessage(value); return *this; }

  inline const Aws::Map<Aws::String, MessageAttributeValue> &GetMessageAttributes() const { return m_messageAttributes; }
  inline void SetMessageAttributes(const Aws::Map<Aws::String, MessageAttributeValue> &value) { m_messageAttributesHasBeenSet = true; m_messageAttributes = value; }
  inline void SetMessageAttributes(Aws::Map<Aws::String, MessageAttributeValue> &&value) { m_messageAttributesHasBeenSet = true; m_messageAttributes = std::move(value); }
  inline PublishRequest &WithMessageAttributes(const Aws::Map<Aws::String, MessageAttributeValue> &value) { SetMessageAttributes(value); return *this; }
  inline PublishRequest &AddMessageAttributes(const Aws::String &key, const MessageAttributeValue &value) { m_messageAttributesHasBeenSet = true; m_messageAttributes.emplace(key, value); return *this; }
  inline PublishRequest &AddMessageAttributes(const char *key, const MessageAttributeValue &value) { m_messageAttributesHasBeenSet = true; m_messageAttributes.emplace(key, value); return *this; }

private:
  Aws::String m_topicArn;
  bool m_topicArnHasBeenSet = false;
  Aws::String m_message;
  bool m_messageHasBeenSet = false;
  Aws::Map<Aws::String, MessageAttributeValue> m_messageAttributes;
  bool m_messageAttributesHasBeenSet = false;
};
} // namespace Model
} // namespace SNS
} // namespace Aws
