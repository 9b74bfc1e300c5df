// distlint test stub: the declarations of Drogon's drogon/nosql/RedisClient.h that distlint's lit
// tests use, written from the framework's public header; not the framework. As there, commands
// have no timeout until setTimeout is called.
#ifndef DISTLINT_STUB_DROGON_NOSQL_REDISCLIENT_H
#define DISTLINT_STUB_DROGON_NOSQL_REDISCLIENT_H

#include <trantor/net/InetAddress.h>
#include <cstddef>
#include <exception>
#include <functional>
#include <memory>
#include <string>
#include <string_view>

namespace drogon {
namespace nosql {

class RedisResult {
public:
  std::string asString() const noexcept(false);
};

using RedisResultCallback = std::function<void(const RedisResult &)>;
using RedisExceptionCallback = std::function<void(const std::exception &)>;

class RedisClient {
public:
  static std::shared_ptr<RedisClient> newRedisClient(const trantor::InetAddress &serverAddress,
                                                     std::size_t numberOfConnections = 1,
                                                     const std::string &password = "",
                                                     unsigned int db = 0,
                                                     const std::string &username = "");
  virtual void execCommandAsync(RedisResultCallback &&resultCallback,
                                RedisExceptionCallback &&exceptionCallback,
                                std::string_view command, ...) noexcept = 0;
  virtual void setTimeout(double timeout) = 0;
  virtual ~RedisClient() = default;
};

using RedisClientPtr = std::shared_ptr<RedisClient>;

} // namespace nosql
} // namespace drogon

#endif
