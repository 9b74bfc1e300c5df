// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
#include <aws/core/utils/memory/stl/AWSString.h>
#include <aws/lambda/LambdaRequest.h>

#include <utility>

namespace Aws {
namespace Lambda {
namespace Model {
class GetFunctionRequest : public LambdaRequest {
public:
  GetFunctionRequest();
  inline const char *GetServiceRequestName() const override { return "GetFunction"; }

  inline const Aws::String &GetFunctionName() const { return m_functionName; }
  inline bool FunctionNameHasBeenSet() const { return m_functionNameHasBeenSet; }
  inline void SetFunctionName(const Aws::String &value) { m_functionNameHasBeenSet = true; m_functionName = value; }
  inline void SetFunctionName(Aws::String &&value) { m_functionNameHasBeenSet = true; m_functionName = std::move(value); }
  inline void SetFunctionName(const char *value) { m_functionNameHasBeenSet = true; m_functionName.assign(value); }
  inline GetFunctionRequest &WithFunctionName(const Aws::String &value) { SetFunctionName(value); return *this; }
  inline GetFunctionRequest &WithFunctionName(Aws::String &&value) { SetFunctionName(std::move(value)); return *this; }
  inline GetFunctionRequest &WithFunctionName(const char *value) { SetFunctionName(value); return *this; }
  inline const Aws::String &GetQualifier() const { return m_qualifier; }
  inline bool QualifierHasBeenSet() const { return m_qualifierHasBeenSet; }
  inline void SetQualifier(const Aws::String &value) { m_qualifierHasBeenSet = true; m_qualifier = value; }
  inline void SetQualifier(Aws::String &&value) { m_qualifierHasBeenSet = true; m_qualifier = std::move(value); }
  inline void SetQualifier(const char *value) { m_qualifierHasBeenSet = true; m_qualifier.assign(value); }
  inline GetFunctionRequest &WithQualifier(const Aws::String &value) { SetQualifier(value); return *this; }
  inline GetFunctionRequest &WithQualifier(Aws::String &&value) { SetQualifier(std::move(value)); return *this; }
  inline GetFunctionRequest &WithQualifier(const char *value) { SetQualifier(value); return *this; }

private:
  Aws::String m_functionName;
  bool m_functionNameHasBeenSet = false;
  Aws::String m_qualifier;
  bool m_qualifierHasBeenSet = false;
};
} // namespace Model
} // namespace Lambda
} // namespace Aws
