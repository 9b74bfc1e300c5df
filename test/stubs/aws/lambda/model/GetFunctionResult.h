// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
#include <aws/lambda/model/FunctionConfiguration.h>

namespace Aws {
namespace Lambda {
namespace Model {
class GetFunctionResult {
public:
  GetFunctionResult();
  inline const FunctionConfiguration &GetConfiguration() const { return m_configuration; }

private:
  FunctionConfiguration m_configuration;
};
} // namespace Model
} // namespace Lambda
} // namespace Aws
