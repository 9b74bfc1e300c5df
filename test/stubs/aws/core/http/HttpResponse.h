// Test stub of the AWS SDK for C++ (Debian has no package): the public names, namespaces and
// signatures distlint's checks look at, faithful to the real headers, without implementation.
#pragma once

namespace Aws {
namespace Http {
enum class HttpResponseCode { REQUEST_NOT_MADE = -1, OK = 200, NOT_FOUND = 404, CONFLICT = 409, PRECONDITION_FAILED = 412 };
} // namespace Http
} // namespace Aws
