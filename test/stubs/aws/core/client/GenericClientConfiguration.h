// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
#include <aws/core/client/ClientConfiguration.h>

namespace Aws {
namespace Client {
struct GenericClientConfiguration : public ClientConfiguration {
  GenericClientConfiguration(const ClientConfigurationInitValues &configuration = {});
  GenericClientConfiguration(const char *profileName, bool shouldDisableIMDS = false);
  GenericClientConfiguration(bool useSmartDefaults, const char *defaultMode = "legacy", bool shouldDisableIMDS = false);
  GenericClientConfiguration(const ClientConfiguration &config);
};
} // namespace Client
} // namespace Aws
