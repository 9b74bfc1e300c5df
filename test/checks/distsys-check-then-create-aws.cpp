// RUN: %check_distlint %s distsys-check-then-create %t -- -std=c++17 -isystem %stubs
#include <aws/dynamodb/DynamoDBClient.h>
#include <aws/dynamodb/model/CreateTableRequest.h>
#include <aws/dynamodb/model/DescribeTableRequest.h>
#include <aws/dynamodb/model/GetItemRequest.h>
#include <aws/dynamodb/model/PutItemRequest.h>
#include <aws/s3/S3Client.h>
#include <aws/s3/model/CreateBucketRequest.h>
#include <aws/s3/model/HeadBucketRequest.h>
#include <aws/s3/model/HeadObjectRequest.h>
#include <aws/s3/model/PutObjectRequest.h>
#include <aws/secretsmanager/SecretsManagerClient.h>
#include <aws/secretsmanager/model/CreateSecretRequest.h>
#include <aws/secretsmanager/model/DescribeSecretRequest.h>
#include <aws/secretsmanager/model/GetSecretValueRequest.h>
#include <aws/sqs/SQSClient.h>
#include <aws/sqs/model/CreateQueueRequest.h>
#include <aws/sqs/model/GetQueueUrlRequest.h>

using namespace Aws::SecretsManager;
namespace S3 = Aws::S3;
namespace Ddb = Aws::DynamoDB;
namespace Sqs = Aws::SQS;
const char *const kDbSecret = "prod/db/password";

// --- positives ---------------------------------------------------------------------------------

void bootstrapSecret(const SecretsManagerClient &client, const Aws::String &name) {
  Model::DescribeSecretRequest describe;
  describe.SetSecretId(name);
  auto outcome = client.DescribeSecret(describe);
  if (!outcome.IsSuccess()) {
    Model::CreateSecretRequest create;
    create.SetName(name);
    create.SetSecretString("generated");
    client.CreateSecret(create);
    // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'CreateSecret' of the secret checked by 'DescribeSecret' at line [[@LINE-6]] can race with another instance; call CreateSecret directly and treat ResourceExistsException as success [distsys-check-then-create]
    // CHECK-MESSAGES: :[[@LINE-7]]:25: note: 'DescribeSecret' checks the secret here
  }
}

bool secretThroughBool(const SecretsManagerClient &client) {
  Model::GetSecretValueRequest get;
  get.SetSecretId(kDbSecret);
  const bool exists = client.GetSecretValue(get).IsSuccess();
  if (exists)
    return true;
  Model::CreateSecretRequest create;
  create.SetName("prod/db/password");
  return client.CreateSecret(create).IsSuccess();
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: 'CreateSecret' of the secret checked by 'GetSecretValue' at line [[@LINE-6]] can race
  // CHECK-MESSAGES: :[[@LINE-7]]:30: note: 'GetSecretValue' checks the secret here
}

void builderChain(const SecretsManagerClient &client, const Aws::String &name) {
  if (!client.DescribeSecret(Model::DescribeSecretRequest().WithSecretId(name)).IsSuccess())
    client.CreateSecret(Model::CreateSecretRequest().WithName(name).WithSecretString("x"));
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'CreateSecret' of the secret checked by 'DescribeSecret' at line [[@LINE-2]] can race
  // CHECK-MESSAGES: :[[@LINE-3]]:15: note: 'DescribeSecret' checks the secret here
}

void headThenCreateBucket(const S3::S3Client &s3, const Aws::String &bucket) {
  S3::Model::HeadBucketRequest head;
  head.SetBucket(bucket);
  auto headOutcome = s3.HeadBucket(head);
  if (headOutcome.IsSuccess())
    return;
  S3::Model::CreateBucketRequest create;
  create.SetBucket(bucket);
  s3.CreateBucket(create);
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: 'CreateBucket' of the bucket checked by 'HeadBucket' at line [[@LINE-6]] can race with another instance; call CreateBucket directly and treat BucketAlreadyOwnedByYou as success
  // CHECK-MESSAGES: :[[@LINE-7]]:25: note: 'HeadBucket' checks the bucket here
}

void headThenPutObject(const S3::S3Client &s3, const Aws::String &bucket, const Aws::String &key) {
  S3::Model::HeadObjectRequest head;
  head.SetBucket(bucket);
  head.SetKey(key);
  if (!s3.HeadObject(head).IsSuccess()) {
    S3::Model::PutObjectRequest put;
    put.SetBucket(bucket);
    put.SetKey(key);
    s3.PutObject(put);
    // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: 'PutObject' of the object checked by 'HeadObject' at line [[@LINE-5]] can race with another instance; put it with SetIfNoneMatch("*") and treat PreconditionFailed as 'already exists'
    // CHECK-MESSAGES: :[[@LINE-6]]:11: note: 'HeadObject' checks the object here
  }
}

void describeThenCreateTable(const Ddb::DynamoDBClient &db) {
  Ddb::Model::DescribeTableRequest describe;
  describe.SetTableName("sessions");
  auto described = db.DescribeTable(describe);
  if (!described.IsSuccess() &&
      described.GetError().GetErrorType() == Ddb::DynamoDBErrors::RESOURCE_NOT_FOUND) {
    Ddb::Model::CreateTableRequest create;
    create.SetTableName("sessions");
    db.CreateTable(create);
    // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: 'CreateTable' of the table checked by 'DescribeTable' at line [[@LINE-6]] can race with another instance; call CreateTable directly and treat ResourceInUseException as success
    // CHECK-MESSAGES: :[[@LINE-7]]:23: note: 'DescribeTable' checks the table here
  }
}

void getThenPutItem(const Ddb::DynamoDBClient &db, const Aws::String &table) {
  Ddb::Model::GetItemRequest get;
  get.SetTableName(table);
  auto got = db.GetItem(get);
  if (got.IsSuccess()) {
    Ddb::Model::PutItemRequest put;
    put.SetTableName(table);
    db.PutItem(put);
    // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: 'PutItem' of the item checked by 'GetItem' at line [[@LINE-5]] can race with another instance; put it with SetConditionExpression("attribute_not_exists(<key>)")
    // CHECK-MESSAGES: :[[@LINE-6]]:17: note: 'GetItem' checks the item here
  }
}

Aws::String queueUrl(const Sqs::SQSClient &sqs, const Aws::String &name) {
  Sqs::Model::GetQueueUrlRequest get;
  get.SetQueueName(name);
  auto url = sqs.GetQueueUrl(get);
  if (url.IsSuccess())
    return url.GetResult().GetQueueUrl();
  Sqs::Model::CreateQueueRequest create;
  create.SetQueueName(name);
  return sqs.CreateQueue(create).GetResult().GetQueueUrl();
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: 'CreateQueue' of the queue checked by 'GetQueueUrl' at line [[@LINE-6]] can race
  // CHECK-MESSAGES: :[[@LINE-7]]:18: note: 'GetQueueUrl' checks the queue here
}

// --- negatives ---------------------------------------------------------------------------------

void createAndTreatExistsAsSuccess(const SecretsManagerClient &client, const Aws::String &name) {
  Model::CreateSecretRequest create;
  create.SetName(name);
  auto outcome = client.CreateSecret(create);
  if (!outcome.IsSuccess() &&
      outcome.GetError().GetErrorType() != SecretsManagerErrors::RESOURCE_EXISTS)
    throw 1;
}

void checkedButHandlesExists(const SecretsManagerClient &client, const Aws::String &name) {
  Model::DescribeSecretRequest describe;
  describe.SetSecretId(name);
  if (client.DescribeSecret(describe).IsSuccess())
    return;
  Model::CreateSecretRequest create;
  create.SetName(name);
  auto created = client.CreateSecret(create);
  if (!created.IsSuccess() &&
      created.GetError().GetErrorType() == SecretsManagerErrors::RESOURCE_EXISTS)
    return; // another instance won: fine
}

void idempotencyToken(const SecretsManagerClient &client, const Aws::String &name,
                      const Aws::String &token) {
  Model::DescribeSecretRequest describe;
  describe.SetSecretId(name);
  if (!client.DescribeSecret(describe).IsSuccess()) {
    Model::CreateSecretRequest create;
    create.SetName(name);
    create.SetClientRequestToken(token);
    client.CreateSecret(create);
  }
}

void differentSecrets(const SecretsManagerClient &client, const Aws::String &a,
                      const Aws::String &b) {
  Model::DescribeSecretRequest describe;
  describe.SetSecretId(a);
  if (!client.DescribeSecret(describe).IsSuccess()) {
    Model::CreateSecretRequest create;
    create.SetName(b);
    client.CreateSecret(create);
  }
}

void checkDoesNotGuard(const SecretsManagerClient &client, const Aws::String &name) {
  Model::DescribeSecretRequest describe;
  describe.SetSecretId(name);
  auto outcome = client.DescribeSecret(describe);
  (void)outcome;
  Model::CreateSecretRequest create;
  create.SetName(name);
  client.CreateSecret(create);
}

void conditionalPutObject(const S3::S3Client &s3, const Aws::String &bucket, const Aws::String &key) {
  S3::Model::HeadObjectRequest head;
  head.SetBucket(bucket);
  head.SetKey(key);
  if (!s3.HeadObject(head).IsSuccess()) {
    S3::Model::PutObjectRequest put;
    put.SetBucket(bucket);
    put.SetKey(key);
    put.SetIfNoneMatch("*");
    s3.PutObject(put);
  }
}

void otherObjectKey(const S3::S3Client &s3, const Aws::String &bucket) {
  S3::Model::HeadObjectRequest head;
  head.SetBucket(bucket);
  head.SetKey("manifest.json");
  if (!s3.HeadObject(head).IsSuccess()) {
    S3::Model::PutObjectRequest put;
    put.SetBucket(bucket);
    put.SetKey("data/part-0000");
    s3.PutObject(put);
  }
}

void conditionalPutItem(const Ddb::DynamoDBClient &db, const Aws::String &table) {
  Ddb::Model::GetItemRequest get;
  get.SetTableName(table);
  if (!db.GetItem(get).IsSuccess()) {
    Ddb::Model::PutItemRequest put;
    put.SetTableName(table);
    put.SetConditionExpression("attribute_not_exists(pk)");
    db.PutItem(put);
  }
}

void createBucketHandlesOwned(const S3::S3Client &s3, const Aws::String &bucket) {
  S3::Model::HeadBucketRequest head;
  head.SetBucket(bucket);
  if (!s3.HeadBucket(head).IsSuccess()) {
    S3::Model::CreateBucketRequest create;
    create.SetBucket(bucket);
    auto created = s3.CreateBucket(create);
    if (!created.IsSuccess() &&
        created.GetError().GetErrorType() != S3::S3Errors::BUCKET_ALREADY_OWNED_BY_YOU)
      throw 1;
  }
}

template <typename Client, typename Request> void dependent(const Client &c, const Request &r) {
  if (!c.DescribeSecret(r).IsSuccess())
    c.CreateSecret(r);
}

// --- a check inside a helper the guard calls ---------------------------------------------------

bool secretExists(const SecretsManagerClient &client, const Aws::String &id) {
  Model::DescribeSecretRequest describe;
  describe.SetSecretId(id);
  return client.DescribeSecret(describe).IsSuccess();
}

void bootstrapThroughHelper(const SecretsManagerClient &client, const Aws::String &name) {
  if (secretExists(client, name))
    return;
  Model::CreateSecretRequest create;
  create.SetName(name);
  client.CreateSecret(create);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: 'CreateSecret' of the secret checked by 'secretExists' at line [[@LINE-5]] can race with another instance; call CreateSecret directly and treat ResourceExistsException as success
  // CHECK-MESSAGES: :[[@LINE-6]]:7: note: 'secretExists' checks the secret here
  // CHECK-MESSAGES: :[[@LINE-11]]:17: note: 'DescribeSecret' checks the secret here
}

void helperOnOtherSecret(const SecretsManagerClient &client, const Aws::String &name,
                         const Aws::String &other) {
  if (secretExists(client, other))
    return;
  Model::CreateSecretRequest create;
  create.SetName(name);
  client.CreateSecret(create);
}
