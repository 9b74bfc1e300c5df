// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
#include <aws/core/client/AWSError.h>

namespace Aws {
namespace SNS {
// The common errors only (the service-specific ones start after SERVICE_EXTENSION_START_RANGE).
enum class SNSErrors {
  INCOMPLETE_SIGNATURE = 0,
  INTERNAL_FAILURE = 1,
  INVALID_ACTION = 2,
  INVALID_CLIENT_TOKEN_ID = 3,
  INVALID_PARAMETER_COMBINATION = 4,
  INVALID_QUERY_PARAMETER = 5,
  INVALID_PARAMETER_VALUE = 6,
  MISSING_ACTION = 7,
  MISSING_AUTHENTICATION_TOKEN = 8,
  MISSING_PARAMETER = 9,
  OPT_IN_REQUIRED = 10,
  REQUEST_EXPIRED = 11,
  SERVICE_UNAVAILABLE = 12,
  THROTTLING = 13,
  VALIDATION = 14,
  ACCESS_DENIED = 15,
  RESOURCE_NOT_FOUND = 16,
  UNRECOGNIZED_CLIENT = 17,
  MALFORMED_QUERY_STRING = 18,
  SLOW_DOWN = 19,
  REQUEST_TIME_TOO_SKEWED = 20,
  INVALID_SIGNATURE = 21,
  SIGNATURE_DOES_NOT_MATCH = 22,
  INVALID_ACCESS_KEY_ID = 23,
  REQUEST_TIMEOUT = 24,
  NETWORK_CONNECTION = 99,

  UNKNOWN = 100,

  SERVICE_EXTENSION_START_RANGE = 128
};

class SNSError : public Aws::Client::AWSError<SNSErrors> {
public:
  SNSError() {}
  SNSError(const Aws::Client::AWSError<SNSErrors> &rhs) : Aws::Client::AWSError<SNSErrors>(rhs) {}
};
} // namespace SNS
} // namespace Aws
