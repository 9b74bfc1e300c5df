// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
#include <aws/core/utils/Outcome.h>
#include <aws/sqs/SQSErrors.h>
#include <aws/sqs/model/GetQueueUrlResult.h>
#include <aws/sqs/model/CreateQueueResult.h>
#include <aws/sqs/model/SendMessageResult.h>

namespace Aws {
namespace SQS {
namespace Model {
class GetQueueUrlRequest;
class CreateQueueRequest;
class SendMessageRequest;

typedef Aws::Utils::Outcome<GetQueueUrlResult, SQSError> GetQueueUrlOutcome;
typedef Aws::Utils::Outcome<CreateQueueResult, SQSError> CreateQueueOutcome;
typedef Aws::Utils::Outcome<SendMessageResult, SQSError> SendMessageOutcome;
} // namespace Model
} // namespace SQS
} // namespace Aws
