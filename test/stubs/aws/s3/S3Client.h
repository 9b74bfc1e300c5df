// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
#include <aws/core/client/ClientConfiguration.h>
#include <aws/s3/S3ServiceClientModel.h>

namespace Aws {
namespace S3 {
class S3Client {
public:
  explicit S3Client(const Aws::Client::ClientConfiguration &clientConfiguration =
                        Aws::Client::ClientConfiguration());
  virtual ~S3Client();

  virtual Model::HeadBucketOutcome HeadBucket(const Model::HeadBucketRequest &request) const;
  virtual Model::CreateBucketOutcome CreateBucket(const Model::CreateBucketRequest &request) const;
  virtual Model::HeadObjectOutcome HeadObject(const Model::HeadObjectRequest &request) const;
  virtual Model::GetObjectOutcome GetObject(const Model::GetObjectRequest &request) const;
  virtual Model::PutObjectOutcome PutObject(const Model::PutObjectRequest &request) const;
};
} // namespace S3
} // namespace Aws
