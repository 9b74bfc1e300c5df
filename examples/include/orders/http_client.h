// The team's small HTTP client for internal services, a thin layer over libcurl. Like libcurl,
// a Request without setTimeout() waits forever; distlint learns that from distlint-models.json
// (see the ModelFiles option in .clang-tidy).
#pragma once

#include <chrono>
#include <string>
#include <vector>

namespace orders::http {

struct Response {
  long status = 0; // 0: the transfer failed
  std::string body;
};

class Request {
public:
  Request(std::string method, std::string url)
      : method_(std::move(method)), url_(std::move(url)) {}

  Request &header(std::string line) {
    headers_.push_back(std::move(line));
    return *this;
  }
  Request &body(std::string text) {
    body_ = std::move(text);
    return *this;
  }
  /// Bounds the whole exchange; without it the request may wait forever.
  void setTimeout(std::chrono::milliseconds timeout) { timeout_ = timeout; }

  const std::string &method() const { return method_; }
  const std::string &url() const { return url_; }
  const std::vector<std::string> &headers() const { return headers_; }
  const std::string &body() const { return body_; }
  std::chrono::milliseconds timeout() const { return timeout_; }

private:
  std::string method_, url_, body_;
  std::vector<std::string> headers_;
  std::chrono::milliseconds timeout_{0}; // 0: no timeout
};

class Client {
public:
  /// Performs \p request and waits for the response (or the request's timeout).
  Response send(const Request &request);
};

} // namespace orders::http
