// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
#include <aws/core/utils/logging/CRTLogSystem.h>
#include <aws/core/utils/logging/LogLevel.h>
#include <aws/core/utils/logging/LogSystemInterface.h>
#include <aws/core/utils/memory/stl/AWSString.h>

#include <functional>
#include <memory>

namespace Aws {
static const char *DEFAULT_LOG_PREFIX = "aws_sdk_";

struct LoggingOptions {
  LoggingOptions() : logLevel(Aws::Utils::Logging::LogLevel::Off), defaultLogPrefix(DEFAULT_LOG_PREFIX) {}
  Aws::Utils::Logging::LogLevel logLevel;
  const char *defaultLogPrefix;
  std::function<std::shared_ptr<Aws::Utils::Logging::LogSystemInterface>()> logger_create_fn;
  std::function<std::shared_ptr<Aws::Utils::Logging::CRTLogSystemInterface>()> crt_logger_create_fn;
};

struct SDKOptions {
  LoggingOptions loggingOptions;
};

void InitAPI(const SDKOptions &options);
void ShutdownAPI(const SDKOptions &options);
} // namespace Aws
