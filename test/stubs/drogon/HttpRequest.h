// distlint test stub: the declarations of Drogon's drogon/HttpRequest.h that distlint's lit tests
// use, written from the framework's public header; not the framework.
#ifndef DISTLINT_STUB_DROGON_HTTPREQUEST_H
#define DISTLINT_STUB_DROGON_HTTPREQUEST_H

#include <drogon/HttpTypes.h>
#include <memory>
#include <string>

namespace drogon {

class HttpRequest;
using HttpRequestPtr = std::shared_ptr<HttpRequest>;

class HttpRequest {
public:
  virtual ~HttpRequest();
  virtual const std::string &getHeader(std::string key) const = 0;
  virtual void addHeader(std::string field, const std::string &value) = 0;
  virtual void addHeader(std::string field, std::string &&value) = 0;
  virtual void setMethod(const HttpMethod method) = 0;
  virtual void setPath(const std::string &path) = 0;
  virtual void setBody(const std::string &body) = 0;
  static HttpRequestPtr newHttpRequest();
};

} // namespace drogon

#endif
