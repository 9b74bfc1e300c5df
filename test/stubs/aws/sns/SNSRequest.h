// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
#include <aws/core/AmazonWebServiceRequest.h>

namespace Aws {
namespace SNS {
class SNSRequest : public Aws::AmazonWebServiceRequest {
public:
  virtual ~SNSRequest() {}
};
} // namespace SNS
} // namespace Aws
