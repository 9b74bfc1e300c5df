// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
#include <aws/core/auth/signer/AWSAuthV4Signer.h>
#include <aws/core/client/GenericClientConfiguration.h>

namespace Aws {
namespace S3 {
enum class US_EAST_1_REGIONAL_ENDPOINT_OPTION { NOT_SET, LEGACY, REGIONAL };

struct S3ClientConfiguration : public Aws::Client::GenericClientConfiguration {
  using BaseClientConfigClass = Aws::Client::GenericClientConfiguration;
  S3ClientConfiguration(const Client::ClientConfigurationInitValues &configuration = {});
  S3ClientConfiguration(const char *profileName, bool shouldDisableIMDS = false);
  S3ClientConfiguration(bool useSmartDefaults, const char *defaultMode = "legacy", bool shouldDisableIMDS = false);
  S3ClientConfiguration(const Client::ClientConfiguration &config,
                        Client::AWSAuthV4Signer::PayloadSigningPolicy iPayloadSigningPolicy = Client::AWSAuthV4Signer::PayloadSigningPolicy::Never,
                        bool iUseVirtualAddressing = true,
                        US_EAST_1_REGIONAL_ENDPOINT_OPTION iUseUSEast1RegionalEndPointOption = US_EAST_1_REGIONAL_ENDPOINT_OPTION::NOT_SET);

  bool useVirtualAddressing = true;
  US_EAST_1_REGIONAL_ENDPOINT_OPTION useUSEast1RegionalEndPointOption = US_EAST_1_REGIONAL_ENDPOINT_OPTION::NOT_SET;
  bool disableMultiRegionAccessPoints = false;
  bool useArnRegion = false;
  Client::AWSAuthV4Signer::PayloadSigningPolicy payloadSigningPolicy = Client::AWSAuthV4Signer::PayloadSigningPolicy::RequestDependent;
  bool disableS3ExpressAuth = false;
};
} // namespace S3
} // namespace Aws
