// RUN: %check_distlint %s distsys-check-then-create %t -- -std=c++17 \
// RUN:   -isystem %S/Inputs/aws-sdk-before-conditional-writes -isystem %stubs
// The advice follows the SDK in use: an AWS SDK for C++ from before S3's conditional writes has no
// PutObjectRequest::SetIfNoneMatch, so the finding says so and offers what works without it.
// (With a newer SDK: distsys-check-then-create-aws.cpp.)
#include <aws/s3/S3Client.h>
#include <aws/s3/model/HeadObjectRequest.h>
#include <aws/s3/model/PutObjectRequest.h>

namespace S3 = Aws::S3;

void headThenPutObject(const S3::S3Client &s3, const Aws::String &bucket, const Aws::String &key) {
  S3::Model::HeadObjectRequest head;
  head.SetBucket(bucket);
  head.SetKey(key);
  if (!s3.HeadObject(head).IsSuccess()) {
    S3::Model::PutObjectRequest put;
    put.SetBucket(bucket);
    put.SetKey(key);
    s3.PutObject(put);
    // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: 'PutObject' of the object checked by 'HeadObject' at line [[@LINE-5]] can race with another instance; the AWS SDK in use has no PutObjectRequest::SetIfNoneMatch (S3 conditional writes, 2024): upgrade the SDK and put it with SetIfNoneMatch("*"), or claim the key first with a conditional write elsewhere (a DynamoDB PutItem with attribute_not_exists) [distsys-check-then-create]
    // CHECK-MESSAGES: :[[@LINE-6]]:11: note: 'HeadObject' checks the object here
  }
}

// Writing only where the object was found is an overwrite, not a create: nothing to report.
void refreshExisting(const S3::S3Client &s3, const Aws::String &bucket, const Aws::String &key) {
  S3::Model::HeadObjectRequest head;
  head.SetBucket(bucket);
  head.SetKey(key);
  if (s3.HeadObject(head).IsSuccess()) {
    S3::Model::PutObjectRequest put;
    put.SetBucket(bucket);
    put.SetKey(key);
    s3.PutObject(put);
  }
}
