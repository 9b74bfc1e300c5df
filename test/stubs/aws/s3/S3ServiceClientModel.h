// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
#include <aws/core/utils/Outcome.h>
#include <aws/s3/S3Errors.h>
#include <aws/s3/model/HeadBucketResult.h>
#include <aws/s3/model/CreateBucketResult.h>
#include <aws/s3/model/HeadObjectResult.h>
#include <aws/s3/model/GetObjectResult.h>
#include <aws/s3/model/PutObjectResult.h>

namespace Aws {
namespace S3 {
namespace Model {
class HeadBucketRequest;
class CreateBucketRequest;
class HeadObjectRequest;
class GetObjectRequest;
class PutObjectRequest;

typedef Aws::Utils::Outcome<HeadBucketResult, S3Error> HeadBucketOutcome;
typedef Aws::Utils::Outcome<CreateBucketResult, S3Error> CreateBucketOutcome;
typedef Aws::Utils::Outcome<HeadObjectResult, S3Error> HeadObjectOutcome;
typedef Aws::Utils::Outcome<GetObjectResult, S3Error> GetObjectOutcome;
typedef Aws::Utils::Outcome<PutObjectResult, S3Error> PutObjectOutcome;
} // namespace Model
} // namespace S3
} // namespace Aws
