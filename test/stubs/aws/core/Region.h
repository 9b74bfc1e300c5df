// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
#include <aws/core/utils/memory/stl/AWSString.h>

namespace Aws {
namespace Region {
static const char AWS_GLOBAL[] = "aws-global";
static const char US_EAST_1[] = "us-east-1";
static const char US_EAST_2[] = "us-east-2";
static const char US_WEST_1[] = "us-west-1";
static const char US_WEST_2[] = "us-west-2";
static const char EU_WEST_1[] = "eu-west-1";
static const char EU_CENTRAL_1[] = "eu-central-1";
static const char AP_NORTHEAST_1[] = "ap-northeast-1";
static const char AP_SOUTHEAST_1[] = "ap-southeast-1";

Aws::String ComputeSignerRegion(const Aws::String &region);
bool IsFipsRegion(const Aws::String &region);
} // namespace Region
} // namespace Aws
