// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once
#include <aws/core/utils/Outcome.h>
#include <aws/lambda/LambdaErrors.h>
#include <aws/lambda/model/CreateFunctionResult.h>
#include <aws/lambda/model/GetFunctionResult.h>

namespace Aws {
namespace Lambda {
namespace Model {
class CreateFunctionRequest;
class GetFunctionRequest;

typedef Aws::Utils::Outcome<CreateFunctionResult, LambdaError> CreateFunctionOutcome;
typedef Aws::Utils::Outcome<GetFunctionResult, LambdaError> GetFunctionOutcome;
} // namespace Model
} // namespace Lambda
} // namespace Aws
