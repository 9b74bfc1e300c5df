// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
#include <aws/core/utils/logging/LogLevel.h>

#include <condition_variable>
#include <cstdarg>
#include <thread>

namespace Aws {
namespace Utils {
namespace Logging {
enum class LogLevel : int;

class CRTLogSystemInterface {
public:
  virtual ~CRTLogSystemInterface() = default;
  virtual LogLevel GetLogLevel() const = 0;
  virtual void SetLogLevel(LogLevel logLevel) = 0;
  virtual void Log(LogLevel logLevel, const char *subjectName, const char *formatStr, va_list args) = 0;
};

// Declared here as in the SDK releases the examples were written against (aws-sdk-cpp 1.11 before
// DefaultCRTLogSystem got a header of its own, which includes this one).
class DefaultCRTLogSystem : public CRTLogSystemInterface {
public:
  DefaultCRTLogSystem(LogLevel logLevel);
  virtual ~DefaultCRTLogSystem() override = default;
  DefaultCRTLogSystem(DefaultCRTLogSystem &&) = delete;
  DefaultCRTLogSystem(const DefaultCRTLogSystem &) = delete;
  LogLevel GetLogLevel() const override;
  void SetLogLevel(LogLevel logLevel) override;
  virtual void Log(LogLevel logLevel, const char *subjectName, const char *formatStr, va_list args) override;
};
} // namespace Logging
} // namespace Utils
} // namespace Aws
