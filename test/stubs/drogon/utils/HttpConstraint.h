// distlint test stub: the declarations of Drogon's drogon/utils/HttpConstraint.h that distlint's
// lit tests use, written from the framework's public header; not the framework.
#ifndef DISTLINT_STUB_DROGON_HTTPCONSTRAINT_H
#define DISTLINT_STUB_DROGON_HTTPCONSTRAINT_H

#include <drogon/HttpTypes.h>
#include <string>

namespace drogon {
namespace internal {

class HttpConstraint {
public:
  HttpConstraint(HttpMethod method);
  HttpConstraint(std::string middlewareName);
  HttpConstraint(const char *middlewareName);
};

} // namespace internal
} // namespace drogon

#endif
