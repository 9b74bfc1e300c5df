// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
#include <aws/core/utils/memory/stl/AWSString.h>
#include <aws/core/utils/memory/stl/AWSStringStream.h>

namespace Aws {
namespace Utils {
namespace Logging {
enum class LogLevel : int;

class LogSystemInterface {
public:
  virtual ~LogSystemInterface() = default;
  virtual LogLevel GetLogLevel(void) const = 0;
  virtual void Log(LogLevel logLevel, const char *tag, const char *formatStr, ...) = 0;
  virtual void LogStream(LogLevel logLevel, const char *tag, const Aws::OStringStream &messageStream) = 0;
  virtual void Flush() = 0;
  virtual void Stop() { return; };
};
} // namespace Logging
} // namespace Utils
} // namespace Aws
