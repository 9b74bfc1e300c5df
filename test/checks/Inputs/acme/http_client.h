// An in-house HTTP client wrapper, as a service codebase might have one.
#pragma once
#include <chrono>
#include <string>

namespace acme {
struct Response {
  int status = 0;
  std::string body;
};

class HttpClient {
public:
  explicit HttpClient(std::string baseUrl);
  void setDeadline(std::chrono::milliseconds timeout);
  void setHeader(const std::string &name, const std::string &value);
  Response get(const std::string &path);
  Response post(const std::string &path, const std::string &body);
};
} // namespace acme
