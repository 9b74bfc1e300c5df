// RUN: %check_distlint %s distsys-unpropagated-trace-context %t -- -std=c++17 -isystem %stubs
// Messages published to SNS from a handler: subscribers (SQS queues, Lambda functions) continue
// the trace only through a 'traceparent' message attribute (or context injected into them).
#include <aws/sns/SNSClient.h>
#include <aws/sns/model/PublishRequest.h>
#include <httplib.h>

namespace Sns = Aws::SNS;
Sns::SNSClient *topic;

void announceOrder(const httplib::Request &req, httplib::Response &res) {
  Sns::Model::PublishRequest publish;
  publish.SetTopicArn("arn:aws:sns:eu-west-1:123456789012:orders");
  publish.SetMessage(req.body);
  topic->Publish(publish);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: message published by 'Aws::SNS::SNSClient::Publish' in handler 'announceOrder' does not propagate trace context; add a 'traceparent' message attribute (AddMessageAttributes) or inject the current context into the message attributes [distsys-unpropagated-trace-context]
  // CHECK-MESSAGES: :[[@LINE-6]]:44: note: the incoming request's trace context arrives here
}

// Only a correlation attribute: not the trace context.
void announceWithCorrelation(const httplib::Request &req, httplib::Response &res) {
  Sns::Model::MessageAttributeValue id;
  id.SetDataType("String");
  id.SetStringValue(req.get_header_value("x-request-id"));
  topic->Publish(Sns::Model::PublishRequest().WithMessage(req.body).AddMessageAttributes("request-id", id));
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: message published by 'Aws::SNS::SNSClient::Publish' in handler 'announceWithCorrelation'
  // CHECK-MESSAGES: :[[@LINE-6]]:54: note: the incoming request's trace context arrives here
}

// --- correct look-alikes -----------------------------------------------------------------------

void announceTraced(const httplib::Request &req, httplib::Response &res) {
  Sns::Model::MessageAttributeValue parent;
  parent.SetDataType("String");
  parent.SetStringValue(req.get_header_value("traceparent"));
  Sns::Model::PublishRequest publish;
  publish.SetMessage(req.body);
  publish.AddMessageAttributes("traceparent", parent);
  topic->Publish(publish);
}

// Not in a handler: nothing to propagate.
void nightlyDigest(const std::string &body) {
  topic->Publish(Sns::Model::PublishRequest().WithMessage(body));
}
