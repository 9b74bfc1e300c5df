// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
#include <aws/core/utils/memory/stl/AWSString.h>
#include <aws/lambda/model/Runtime.h>

namespace Aws {
namespace Lambda {
namespace Model {
class CreateFunctionResult {
public:
  CreateFunctionResult();
  inline const Aws::String &GetFunctionName() const { return m_functionName; }
  inline const Aws::String &GetFunctionArn() const { return m_functionArn; }
  inline const Runtime &GetRuntime() const { return m_runtime; }
  inline const Aws::String &GetRole() const { return m_role; }
  inline const Aws::String &GetHandler() const { return m_handler; }

private:
  Aws::String m_functionName;
  Aws::String m_functionArn;
  Runtime m_runtime = Runtime::NOT_SET;
  Aws::String m_role;
  Aws::String m_handler;
};
} // namespace Model
} // namespace Lambda
} // namespace Aws
