// distlint test stub: the declarations of Drogon's drogon/HttpAppFramework.h that distlint's lit
// tests use, written from the framework's public header; not the framework.
#ifndef DISTLINT_STUB_DROGON_HTTPAPPFRAMEWORK_H
#define DISTLINT_STUB_DROGON_HTTPAPPFRAMEWORK_H

#include <drogon/HttpRequest.h>
#include <drogon/HttpResponse.h>
#include <drogon/utils/HttpConstraint.h>
#include <cstdint>
#include <string>
#include <vector>

namespace drogon {

class HttpAppFramework {
public:
  virtual ~HttpAppFramework();
  template <typename FUNCTION>
  HttpAppFramework &registerHandler(const std::string &pathPattern, FUNCTION &&function,
                                    const std::vector<internal::HttpConstraint> &constraints = {},
                                    const std::string &handlerName = "") {
    return *this; // Drogon binds the handler and registers its route here
  }
  virtual HttpAppFramework &addListener(const std::string &ip, uint16_t port) = 0;
  virtual void run() = 0;
};

HttpAppFramework &app();

} // namespace drogon

#endif
