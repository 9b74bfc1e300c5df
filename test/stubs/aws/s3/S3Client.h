// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
#include <aws/core/client/ClientConfiguration.h>
#include <aws/s3/S3ServiceClientModel.h>

namespace Aws {
namespace S3 {
class S3Client {
public:
  S3Client(const Aws::S3::S3ClientConfiguration &clientConfiguration = Aws::S3::S3ClientConfiguration(),
           std::shared_ptr<S3EndpointProviderBase> endpointProvider = nullptr);
  S3Client(const Aws::Auth::AWSCredentials &credentials, std::shared_ptr<S3EndpointProviderBase> endpointProvider = nullptr,
           const Aws::S3::S3ClientConfiguration &clientConfiguration = Aws::S3::S3ClientConfiguration());
  S3Client(const std::shared_ptr<Aws::Auth::AWSCredentialsProvider> &credentialsProvider,
           std::shared_ptr<S3EndpointProviderBase> endpointProvider = nullptr,
           const Aws::S3::S3ClientConfiguration &clientConfiguration = Aws::S3::S3ClientConfiguration());
  S3Client(const Aws::Client::ClientConfiguration &clientConfiguration,
           Aws::Client::AWSAuthV4Signer::PayloadSigningPolicy signPayloads, bool useVirtualAddressing,
           Aws::S3::US_EAST_1_REGIONAL_ENDPOINT_OPTION USEast1RegionalEndPointOption = Aws::S3::US_EAST_1_REGIONAL_ENDPOINT_OPTION::NOT_SET);
  S3Client(const Aws::Auth::AWSCredentials &credentials, const Aws::Client::ClientConfiguration &clientConfiguration,
           Aws::Client::AWSAuthV4Signer::PayloadSigningPolicy signPayloads, bool useVirtualAddressing,
           Aws::S3::US_EAST_1_REGIONAL_ENDPOINT_OPTION USEast1RegionalEndPointOption = Aws::S3::US_EAST_1_REGIONAL_ENDPOINT_OPTION::NOT_SET);
  virtual ~S3Client();

  virtual Model::CreateBucketOutcome CreateBucket(const Model::CreateBucketRequest &request) const;
  virtual Model::DeleteBucketOutcome DeleteBucket(const Model::DeleteBucketRequest &request) const;
  virtual Model::GetObjectOutcome GetObject(const Model::GetObjectRequest &request) const;
  virtual Model::HeadBucketOutcome HeadBucket(const Model::HeadBucketRequest &request) const;
  virtual Model::HeadObjectOutcome HeadObject(const Model::HeadObjectRequest &request) const;
  virtual Model::ListBucketsOutcome ListBuckets(const Model::ListBucketsRequest &request = {}) const;
  virtual Model::ListObjectsV2Outcome ListObjectsV2(const Model::ListObjectsV2Request &request) const;
  virtual Model::PutObjectOutcome PutObject(const Model::PutObjectRequest &request) const;
};
} // namespace S3
} // namespace Aws
