// distsys-tenant-unscoped-arn: the session policy a multi-tenant upload service hands to a worker
// (for example as the Policy of an sts:AssumeRole request). Built with nlohmann::json, as the AWS
// SDK for C++ is not packaged in Debian; the Aws::Utils::Json::JsonValue builder is analysed the
// same way.
//
//   distlint examples/src/tenant_storage_policy.cpp -- -std=c++17
//
// reports the two unscoped statements in workerPolicyUnscoped(); workerPolicy() is the fix.
#include <nlohmann/json.hpp>

#include <iostream>
#include <string>

namespace {

constexpr const char *kBucket = "tenant-uploads";

// BAD: any worker may read and overwrite every tenant's uploads and order items.
nlohmann::json workerPolicyUnscoped() {
  nlohmann::json Objects = {{"Effect", "Allow"},
                            {"Action", {"s3:GetObject", "s3:PutObject"}},
                            {"Resource", std::string("arn:aws:s3:::") + kBucket + "/*"}};
  nlohmann::json Orders;
  Orders["Effect"] = "Allow";
  Orders["Action"] = {"dynamodb:GetItem", "dynamodb:Query"};
  Orders["Resource"] = "arn:aws:dynamodb:eu-west-1:111122223333:table/Orders";
  return {{"Version", "2012-10-17"}, {"Statement", {Objects, Orders}}};
}

// GOOD: the tenant is in the object key, and DynamoDB items are limited to the tenant's
// partition key.
nlohmann::json workerPolicy(const std::string &TenantId) {
  nlohmann::json Objects = {
      {"Effect", "Allow"},
      {"Action", {"s3:GetObject", "s3:PutObject"}},
      {"Resource", std::string("arn:aws:s3:::") + kBucket + "/" + TenantId + "/*"}};
  nlohmann::json Orders;
  Orders["Effect"] = "Allow";
  Orders["Action"] = {"dynamodb:GetItem", "dynamodb:Query"};
  Orders["Resource"] = "arn:aws:dynamodb:eu-west-1:111122223333:table/Orders";
  Orders["Condition"]["ForAllValues:StringEquals"]["dynamodb:LeadingKeys"] = {TenantId};
  // Listing the bucket is control-plane metadata, restricted to the tenant's prefix anyway.
  nlohmann::json List = {{"Effect", "Allow"},
                         {"Action", "s3:ListBucket"},
                         {"Resource", std::string("arn:aws:s3:::") + kBucket},
                         {"Condition", {{"StringLike", {{"s3:prefix", TenantId + "/*"}}}}}};
  return {{"Version", "2012-10-17"}, {"Statement", {Objects, Orders, List}}};
}

} // namespace

int main(int argc, char **argv) {
  std::string Tenant = argc > 1 ? argv[1] : "acme";
  std::cout << workerPolicy(Tenant).dump(2) << "\n";
  if (argc > 2)
    std::cout << workerPolicyUnscoped().dump(2) << "\n";
  return 0;
}
