// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
#include <aws/core/utils/memory/stl/AWSString.h>
#include <aws/lambda/model/Runtime.h>

#include <utility>

namespace Aws {
namespace Lambda {
namespace Model {
class FunctionConfiguration {
public:
  FunctionConfiguration();

  inline const Aws::String &GetFunctionName() const { return m_functionName; }
  inline bool FunctionNameHasBeenSet() const { return m_functionNameHasBeenSet; }
  inline void SetFunctionName(const Aws::String &value) { m_functionNameHasBeenSet = true; m_functionName = value; }
  inline void SetFunctionName(Aws::String &&value) { m_functionNameHasBeenSet = true; m_functionName = std::move(value); }
  inline void SetFunctionName(const char *value) { m_functionNameHasBeenSet = true; m_functionName.assign(value); }
  inline FunctionConfiguration &WithFunctionName(const Aws::String &value) { SetFunctionName(value); return *this; }
  inline FunctionConfiguration &WithFunctionName(Aws::String &&value) { SetFunctionName(std::move(value)); return *this; }
  inline FunctionConfiguration &WithFunctionName(const char *value) { SetFunctionName(value); return *this; }
  inline const Aws::String &GetFunctionArn() const { return m_functionArn; }
  inline bool FunctionArnHasBeenSet() const { return m_functionArnHasBeenSet; }
  inline void SetFunctionArn(const Aws::String &value) { m_functionArnHasBeenSet = true; m_functionArn = value; }
  inline void SetFunctionArn(Aws::String &&value) { m_functionArnHasBeenSet = true; m_functionArn = std::move(value); }
  inline void SetFunctionArn(const char *value) { m_functionArnHasBeenSet = true; m_functionArn.assign(value); }
  inline FunctionConfiguration &WithFunctionArn(const Aws::String &value) { SetFunctionArn(value); return *this; }
  inline FunctionConfiguration &WithFunctionArn(Aws::String &&value) { SetFunctionArn(std::move(value)); return *this; }
  inline FunctionConfiguration &WithFunctionArn(const char *value) { SetFunctionArn(value); return *this; }
  inline const Runtime &GetRuntime() const { return m_runtime; }
  inline bool RuntimeHasBeenSet() const { return m_runtimeHasBeenSet; }
  inline void SetRuntime(const Runtime &value) { m_runtimeHasBeenSet = true; m_runtime = value; }
  inline void SetRuntime(Runtime &&value) { m_runtimeHasBeenSet = true; m_runtime = std::move(value); }
  inline FunctionConfiguration &WithRuntime(const Runtime &value) { SetRuntime(value); return *this; }
  inline FunctionConfiguration &WithRuntime(Runtime &&value) { SetRuntime(std::move(value)); return *this; }
  inline const Aws::String &GetRole() const { return m_role; }
  inline bool RoleHasBeenSet() const { return m_roleHasBeenSet; }
  inline void SetRole(const Aws::String &value) { m_roleHasBeenSet = true; m_role = value; }
  inline void SetRole(Aws::String &&value) { m_roleHasBeenSet = true; m_role = std::move(value); }
  inline void SetRole(const char *value) { m_roleHasBeenSet = true; m_role.assign(value); }
  inline FunctionConfiguration &WithRole(const Aws::String &value) { SetRole(value); return *this; }
  inline FunctionConfiguration &WithRole(Aws::String &&value) { SetRole(std::move(value)); return *this; }
  inline FunctionConfiguration &WithRole(const char *value) { SetRole(value); return *this; }
  inline const Aws::String &GetHandler() const { return m_handler; }
  inline bool HandlerHasBeenSet() const { return m_handlerHasBeenSet; }
  inline void SetHandler(const Aws::String &value) { m_handlerHasBeenSet = true; m_handler = value; }
  inline void SetHandler(Aws::String &&value) { m_handlerHasBeenSet = true; m_handler = std::move(value); }
  inline void SetHandler(const char *value) { m_handlerHasBeenSet = true; m_handler.assign(value); }
  inline FunctionConfiguration &WithHandler(const Aws::String &value) { SetHandler(value); return *this; }
  inline FunctionConfiguration &WithHandler(Aws::String &&value) { SetHandler(std::move(value)); return *this; }
  inline FunctionConfiguration &WithHandler(const char *value) { SetHandler(value); return *this; }

private:
  Aws::String m_functionName;
  bool m_functionNameHasBeenSet = false;
  Aws::String m_functionArn;
  bool m_functionArnHasBeenSet = false;
  Runtime m_runtime = Runtime::NOT_SET;
  bool m_runtimeHasBeenSet = false;
  Aws::String m_role;
  bool m_roleHasBeenSet = false;
  Aws::String m_handler;
  bool m_handlerHasBeenSet = false;
};
} // namespace Model
} // namespace Lambda
} // namespace Aws
