// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
#include <aws/core/client/ClientConfiguration.h>
#include <aws/core/auth/signer/AWSAuthV4Signer.h>
#include <aws/s3-crt/ClientConfiguration.h>
#include <aws/s3-crt/S3CrtServiceClientModel.h>

namespace Aws {
namespace S3Crt {
class S3CrtClient {
public:
  S3CrtClient(const Aws::S3Crt::ClientConfiguration &clientConfiguration = Aws::S3Crt::ClientConfiguration(),
              Aws::Client::AWSAuthV4Signer::PayloadSigningPolicy signPayloads = Aws::Client::AWSAuthV4Signer::PayloadSigningPolicy::Never,
              bool useVirtualAddressing = true);
  virtual ~S3CrtClient();

  virtual Model::CreateBucketOutcome CreateBucket(const Model::CreateBucketRequest &request) const;
  virtual Model::DeleteBucketOutcome DeleteBucket(const Model::DeleteBucketRequest &request) const;
  virtual Model::DeleteObjectOutcome DeleteObject(const Model::DeleteObjectRequest &request) const;
  virtual Model::GetBucketLocationOutcome GetBucketLocation(const Model::GetBucketLocationRequest &request) const;
  virtual Model::GetObjectOutcome GetObject(const Model::GetObjectRequest &request) const;
  virtual Model::ListBucketsOutcome ListBuckets(const Model::ListBucketsRequest &request = {}) const;
  virtual Model::PutObjectOutcome PutObject(const Model::PutObjectRequest &request) const;
};
} // namespace S3Crt
} // namespace Aws
