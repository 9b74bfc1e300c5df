// distlint test stub: the declarations of cpr (C++ Requests, cpr/cpr.h) that distlint's lit tests
// use, written from the library's public headers (api.h, session.h, timeout.h, connect_timeout.h,
// low_speed.h, cprtypes.h, response.h); not the library. Debian 12 does not package cpr.
#ifndef DISTLINT_STUB_CPR_H
#define DISTLINT_STUB_CPR_H

#include <chrono>
#include <cstdint>
#include <future>
#include <map>
#include <memory>
#include <string>

namespace cpr {

template <class T> class StringHolder {
public:
  StringHolder() = default;
  explicit StringHolder(std::string str) : str_(std::move(str)) {}
  explicit StringHolder(const char *str) : str_(str) {}
  virtual ~StringHolder() = default;
  const std::string &str() const { return str_; }

protected:
  std::string str_{};
};

class Url : public StringHolder<Url> {
public:
  Url() = default;
  Url(std::string url) : StringHolder<Url>(std::move(url)) {}
  Url(const char *url) : StringHolder<Url>(url) {}
};

class Body : public StringHolder<Body> {
public:
  Body() = default;
  Body(std::string body) : StringHolder<Body>(std::move(body)) {}
  Body(const char *body) : StringHolder<Body>(body) {}
};

struct CaseInsensitiveCompare {
  bool operator()(const std::string &a, const std::string &b) const noexcept;
};
using Header = std::map<std::string, std::string, CaseInsensitiveCompare>;

class Timeout {
public:
  template <typename Rep, typename Period>
  Timeout(const std::chrono::duration<Rep, Period> &duration)
      : ms{std::chrono::duration_cast<std::chrono::milliseconds>(duration)} {}
  Timeout(const std::int32_t &milliseconds) : Timeout{std::chrono::milliseconds(milliseconds)} {}
  long Milliseconds() const;
  std::chrono::milliseconds ms;
};

class ConnectTimeout : public Timeout {
public:
  ConnectTimeout(const std::chrono::milliseconds &duration) : Timeout{duration} {}
  ConnectTimeout(const std::int32_t &milliseconds) : Timeout{milliseconds} {}
};

class LowSpeed {
public:
  LowSpeed(const std::int32_t p_limit, const std::int32_t p_time);
  std::int32_t limit;
  std::chrono::seconds time;
};

class Response {
public:
  long status_code{};
  std::string text;
  Header header;
};

// cpr's AsyncWrapper<Response>; a future here.
using AsyncResponse = std::future<Response>;

class Session : public std::enable_shared_from_this<Session> {
public:
  Session();
  Session(const Session &other) = delete;
  void SetUrl(const Url &url);
  void SetHeader(const Header &header);
  void SetTimeout(const Timeout &timeout);
  void SetConnectTimeout(const ConnectTimeout &timeout);
  void SetLowSpeed(const LowSpeed &low_speed);
  void SetBody(const Body &body);
  void SetOption(const Url &url);
  void SetOption(const Header &header);
  void SetOption(const Timeout &timeout);
  void SetOption(const ConnectTimeout &timeout);
  void SetOption(const Body &body);
  Response Delete();
  Response Get();
  Response Head();
  Response Options();
  Response Patch();
  Response Post();
  Response Put();
  AsyncResponse GetAsync();
  AsyncResponse PostAsync();
};

template <typename... Ts> Response Get(Ts &&...ts);
template <typename... Ts> AsyncResponse GetAsync(Ts... ts);
// cpr returns an AsyncWrapper of the callback's result; a future of it here.
template <typename Then, typename... Ts> auto GetCallback(Then then, Ts... ts) {
  return std::async(std::launch::async, [then, ts...] { return then(Get(ts...)); });
}
template <typename... Ts> Response Post(Ts &&...ts);
template <typename... Ts> AsyncResponse PostAsync(Ts... ts);
template <typename... Ts> Response Put(Ts &&...ts);
template <typename... Ts> Response Head(Ts &&...ts);
template <typename... Ts> Response Delete(Ts &&...ts);
template <typename... Ts> Response Options(Ts &&...ts);
template <typename... Ts> Response Patch(Ts &&...ts);

} // namespace cpr

#endif
