// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
#include <aws/core/utils/Outcome.h>
#include <aws/sns/SNSErrors.h>
#include <aws/sns/model/PublishResult.h>

namespace Aws {
namespace SNS {
namespace Model {
class PublishRequest;

typedef Aws::Utils::Outcome<PublishResult, SNSError> PublishOutcome;
} // namespace Model
} // namespace SNS
} // namespace Aws
