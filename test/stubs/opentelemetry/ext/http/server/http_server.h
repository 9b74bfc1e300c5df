// distlint test stub: the request/response types and the handler interface of opentelemetry-cpp's
// ext/http/server/http_server.h (the small HTTP server its examples use), written from the
// project's header; not the project. As there, the namespace is HTTP_SERVER_NS, default testing.
#pragma once

#include <functional>
#include <map>
#include <string>

#ifndef HTTP_SERVER_NS
#define HTTP_SERVER_NS testing
#endif

namespace HTTP_SERVER_NS {

struct HttpRequest {
  std::string client;
  std::string method;
  std::string uri;
  std::string protocol;
  std::map<std::string, std::string> headers;
  std::string content;
};

struct HttpResponse {
  int code{0};
  std::string message;
  std::map<std::string, std::string> headers;
  std::string body;
};

using CallbackFunction = std::function<int(HttpRequest const &request, HttpResponse &response)>;

class HttpRequestCallback {
protected:
  CallbackFunction callback = nullptr;

public:
  HttpRequestCallback() {}
  virtual ~HttpRequestCallback() = default;
  HttpRequestCallback(CallbackFunction func) : callback(std::move(func)) {}
  virtual int onHttpRequest(HttpRequest const &request, HttpResponse &response) {
    return callback != nullptr ? callback(request, response) : 0;
  }
};

} // namespace HTTP_SERVER_NS
