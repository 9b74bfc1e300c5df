// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
#include <aws/core/Region.h>
#include <aws/core/utils/Array.h>
#include <aws/core/utils/memory/stl/AWSString.h>

#include <memory>

namespace Aws {
namespace Client {
struct ClientConfigurationInitValues {
  bool shouldDisableIMDS = false;
};

struct ClientConfiguration {
  ClientConfiguration();
  ClientConfiguration(const ClientConfigurationInitValues &configuration);
  ClientConfiguration(const char *profileName, bool shouldDisableIMDS = false);
  explicit ClientConfiguration(bool useSmartDefaults, const char *defaultMode = "legacy", bool shouldDisableIMDS = false);
  virtual ~ClientConfiguration() = default;
  Aws::String region;
  // As in the SDK: 0 here, set to 3000 by the constructors; 0 turns off curl's low-speed limit.
  long httpRequestTimeoutMs = 0;
  long requestTimeoutMs = 0;
  long connectTimeoutMs = 1000;
  unsigned long lowSpeedLimit = 1;
};
} // namespace Client
} // namespace Aws
