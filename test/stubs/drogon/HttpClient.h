// distlint test stub: the declarations of Drogon's drogon/HttpClient.h that distlint's lit tests
// use, written from the framework's public header; not the framework. As there, a timeout of 0
// (the default) disables the timeout.
#ifndef DISTLINT_STUB_DROGON_HTTPCLIENT_H
#define DISTLINT_STUB_DROGON_HTTPCLIENT_H

#include <drogon/HttpRequest.h>
#include <drogon/HttpResponse.h>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <utility>

namespace trantor {
class EventLoop;
}

namespace drogon {

class HttpClient;
using HttpClientPtr = std::shared_ptr<HttpClient>;
using HttpReqCallback = std::function<void(ReqResult, const HttpResponsePtr &)>;

class HttpClient {
public:
  virtual void sendRequest(const HttpRequestPtr &req, const HttpReqCallback &callback,
                           double timeout = 0) = 0;
  virtual void sendRequest(const HttpRequestPtr &req, HttpReqCallback &&callback,
                           double timeout = 0) = 0;
  std::pair<ReqResult, HttpResponsePtr> sendRequest(const HttpRequestPtr &req,
                                                    double timeout = 0);
  virtual void setUserAgent(const std::string &userAgent) = 0;
  static HttpClientPtr newHttpClient(const std::string &ip, uint16_t port, bool useSSL = false,
                                     trantor::EventLoop *loop = nullptr, bool useOldTLS = false,
                                     bool validateCert = true);
  static HttpClientPtr newHttpClient(const std::string &hostString,
                                     trantor::EventLoop *loop = nullptr, bool useOldTLS = false,
                                     bool validateCert = true);
  virtual ~HttpClient() {}

protected:
  HttpClient() = default;
};

} // namespace drogon

#endif
