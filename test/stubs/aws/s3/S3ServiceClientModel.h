// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
#include <aws/core/utils/Outcome.h>
#include <aws/s3/S3ClientConfiguration.h>
#include <aws/s3/S3EndpointProvider.h>
#include <aws/s3/S3Errors.h>
#include <aws/s3/model/HeadBucketResult.h>
#include <aws/s3/model/CreateBucketResult.h>
#include <aws/s3/model/HeadObjectResult.h>
#include <aws/s3/model/GetObjectResult.h>
#include <aws/s3/model/PutObjectResult.h>
#include <aws/s3/model/ListObjectsV2Result.h>
#include <aws/s3/model/ListBucketsResult.h>
#include <aws/core/NoResult.h>
#include <aws/s3/model/ListBucketsRequest.h>

#include <functional>
#include <future>

namespace Aws {
namespace Auth {
class AWSCredentials;
class AWSCredentialsProvider;
} // namespace Auth

namespace S3 {
using S3EndpointProviderBase = Aws::S3::Endpoint::S3EndpointProviderBase;
using S3EndpointProvider = Aws::S3::Endpoint::S3EndpointProvider;

namespace Model {
class HeadBucketRequest;
class CreateBucketRequest;
class HeadObjectRequest;
class GetObjectRequest;
class PutObjectRequest;
class ListObjectsV2Request;
class DeleteBucketRequest;
class ListBucketsRequest;

typedef Aws::Utils::Outcome<HeadBucketResult, S3Error> HeadBucketOutcome;
typedef Aws::Utils::Outcome<CreateBucketResult, S3Error> CreateBucketOutcome;
typedef Aws::Utils::Outcome<HeadObjectResult, S3Error> HeadObjectOutcome;
typedef Aws::Utils::Outcome<GetObjectResult, S3Error> GetObjectOutcome;
typedef Aws::Utils::Outcome<PutObjectResult, S3Error> PutObjectOutcome;
typedef Aws::Utils::Outcome<ListObjectsV2Result, S3Error> ListObjectsV2Outcome;
typedef Aws::Utils::Outcome<Aws::NoResult, S3Error> DeleteBucketOutcome;
typedef Aws::Utils::Outcome<ListBucketsResult, S3Error> ListBucketsOutcome;
} // namespace Model
} // namespace S3
} // namespace Aws
