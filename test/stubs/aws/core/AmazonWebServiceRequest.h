// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
#include <aws/core/utils/memory/stl/AWSStreamFwd.h>

namespace Aws {
class AmazonWebServiceRequest {
public:
  AmazonWebServiceRequest();
  virtual ~AmazonWebServiceRequest() = default;
  virtual const char *GetServiceRequestName() const = 0;
};
} // namespace Aws
