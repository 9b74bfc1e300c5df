// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
#include <aws/core/utils/Outcome.h>
#include <aws/s3-crt/S3CrtErrors.h>
#include <aws/s3-crt/model/GetBucketLocationResult.h>
#include <aws/s3-crt/model/CreateBucketResult.h>
#include <aws/s3-crt/model/ListBucketsResult.h>
#include <aws/s3-crt/model/PutObjectResult.h>
#include <aws/s3-crt/model/GetObjectResult.h>
#include <aws/s3-crt/model/DeleteObjectResult.h>
#include <aws/core/NoResult.h>
#include <aws/s3-crt/model/ListBucketsRequest.h>

#include <functional>
#include <future>

namespace Aws {
namespace S3Crt {
namespace Model {
class GetBucketLocationRequest;
class CreateBucketRequest;
class DeleteBucketRequest;
class ListBucketsRequest;
class PutObjectRequest;
class GetObjectRequest;
class DeleteObjectRequest;

typedef Aws::Utils::Outcome<GetBucketLocationResult, S3CrtError> GetBucketLocationOutcome;
typedef Aws::Utils::Outcome<CreateBucketResult, S3CrtError> CreateBucketOutcome;
typedef Aws::Utils::Outcome<Aws::NoResult, S3CrtError> DeleteBucketOutcome;
typedef Aws::Utils::Outcome<ListBucketsResult, S3CrtError> ListBucketsOutcome;
typedef Aws::Utils::Outcome<PutObjectResult, S3CrtError> PutObjectOutcome;
typedef Aws::Utils::Outcome<GetObjectResult, S3CrtError> GetObjectOutcome;
typedef Aws::Utils::Outcome<DeleteObjectResult, S3CrtError> DeleteObjectOutcome;
} // namespace Model
} // namespace S3Crt
} // namespace Aws
