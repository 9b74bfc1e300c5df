// distlint test stub: the declarations of redis-plus-plus (sw/redis++/redis++.h) that distlint's
// lit tests use, written from the library's public headers (connection.h, redis.h,
// command_options.h); not the library. Debian 12 does not package redis-plus-plus.
#ifndef DISTLINT_STUB_SW_REDISPP_H
#define DISTLINT_STUB_SW_REDISPP_H

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace sw {
namespace redis {

enum class ConnectionType { TCP = 0, UNIX };

struct ConnectionOptions {
  ConnectionOptions() = default;
  explicit ConnectionOptions(const std::string &uri);
  ConnectionType type = ConnectionType::TCP;
  std::string host;
  int port = 6379;
  std::string path;
  std::string user = "default";
  std::string password;
  int db = 0;
  bool keep_alive = false;
  std::chrono::milliseconds connect_timeout{0};
  std::chrono::milliseconds socket_timeout{0};
};

struct ConnectionPoolOptions {
  std::size_t size = 1;
  std::chrono::milliseconds wait_timeout{0};
  std::chrono::milliseconds connection_lifetime{0};
  std::chrono::milliseconds connection_idle_time{0};
};

enum class UpdateType { EXIST, NOT_EXIST, ALWAYS };

// The C++17 build of the library (cxx17/sw/redis++/cxx_utils.h).
using StringView = std::string_view;
template <typename T> using Optional = std::optional<T>;
using OptionalString = Optional<std::string>;

class Redis {
public:
  explicit Redis(const ConnectionOptions &connection_opts,
                 const ConnectionPoolOptions &pool_opts = {});
  explicit Redis(const std::string &uri);
  Redis(const Redis &) = delete;
  Redis(Redis &&) = default;

  long long exists(const StringView &key);
  OptionalString get(const StringView &key);
  bool set(const StringView &key, const StringView &val,
           const std::chrono::milliseconds &ttl = std::chrono::milliseconds(0),
           UpdateType type = UpdateType::ALWAYS);
  bool set(const StringView &key, const StringView &val, bool keepttl,
           UpdateType type = UpdateType::ALWAYS);
  bool setnx(const StringView &key, const StringView &val);
  bool hexists(const StringView &key, const StringView &field);
  OptionalString hget(const StringView &key, const StringView &field);
  long long hset(const StringView &key, const StringView &field, const StringView &val);
  bool hsetnx(const StringView &key, const StringView &field, const StringView &val);
  long long publish(const StringView &channel, const StringView &message);
};

} // namespace redis
} // namespace sw

#endif
