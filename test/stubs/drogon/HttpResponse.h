// distlint test stub: the declarations of Drogon's drogon/HttpResponse.h that distlint's lit tests
// use, written from the framework's public header; not the framework.
#ifndef DISTLINT_STUB_DROGON_HTTPRESPONSE_H
#define DISTLINT_STUB_DROGON_HTTPRESPONSE_H

#include <drogon/HttpTypes.h>
#include <memory>
#include <string>

namespace drogon {

class HttpResponse;
using HttpResponsePtr = std::shared_ptr<HttpResponse>;

class HttpResponse {
public:
  virtual ~HttpResponse();
  virtual HttpStatusCode getStatusCode() const = 0;
  virtual void setBody(const std::string &body) = 0;
  static HttpResponsePtr newHttpResponse();
};

} // namespace drogon

#endif
