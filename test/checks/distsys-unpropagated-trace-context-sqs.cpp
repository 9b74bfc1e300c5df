// RUN: %check_distlint %s distsys-unpropagated-trace-context %t -- -std=c++17 -isystem %stubs
// Messages sent to SQS from a handler: the trace continues only through a 'traceparent' message
// attribute (or context injected into the attributes).
#include <aws/sqs/SQSClient.h>
#include <aws/sqs/model/SendMessageRequest.h>
#include <httplib.h>

namespace Sqs = Aws::SQS;
Sqs::SQSClient *queue;

void enqueueOrder(const httplib::Request &req, httplib::Response &res) {
  Sqs::Model::SendMessageRequest send;
  send.SetQueueUrl("https://sqs.eu-west-1.amazonaws.com/123456789012/orders");
  send.SetMessageBody(req.body);
  queue->SendMessage(send);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: message sent by 'Aws::SQS::SQSClient::SendMessage' in handler 'enqueueOrder' does not propagate trace context; add a 'traceparent' message attribute (AddMessageAttributes) or inject the current context into the message attributes [distsys-unpropagated-trace-context]
  // CHECK-MESSAGES: :[[@LINE-6]]:43: note: the incoming request's trace context arrives here
}

// Only a correlation attribute: not the trace context.
void enqueueWithCorrelation(const httplib::Request &req, httplib::Response &res) {
  Sqs::Model::MessageAttributeValue id;
  id.SetDataType("String");
  id.SetStringValue(req.get_header_value("x-request-id"));
  queue->SendMessage(
      Sqs::Model::SendMessageRequest().WithMessageBody(req.body).AddMessageAttributes("request-id", id));
  // CHECK-MESSAGES: :[[@LINE-2]]:10: warning: message sent by 'Aws::SQS::SQSClient::SendMessage' in handler 'enqueueWithCorrelation'
  // CHECK-MESSAGES: :[[@LINE-7]]:53: note: the incoming request's trace context arrives here
}

// --- correct look-alikes -----------------------------------------------------------------------

void enqueueTraced(const httplib::Request &req, httplib::Response &res) {
  Sqs::Model::MessageAttributeValue parent;
  parent.SetDataType("String");
  parent.SetStringValue(req.get_header_value("traceparent"));
  Sqs::Model::SendMessageRequest send;
  send.SetMessageBody(req.body);
  send.AddMessageAttributes("traceparent", parent);
  queue->SendMessage(send);
}

// Not in a handler: nothing to propagate.
void nightlyReport(const std::string &body) {
  queue->SendMessage(Sqs::Model::SendMessageRequest().WithMessageBody(body));
}
