// distlint test stub: the declarations of Drogon's drogon/orm/DbClient.h that distlint's lit tests
// use, written from the framework's public header; not the framework. As there, a client has no
// SQL timeout until setTimeout is called (the default, -1, means none).
#ifndef DISTLINT_STUB_DROGON_ORM_DBCLIENT_H
#define DISTLINT_STUB_DROGON_ORM_DBCLIENT_H

#include <cstddef>
#include <future>
#include <memory>
#include <string>

namespace drogon {
namespace orm {

class Result {
public:
  std::size_t size() const noexcept;
};

class DbClient {
public:
  virtual ~DbClient();
  static std::shared_ptr<DbClient> newPgClient(const std::string &connInfo, std::size_t connNum,
                                               bool autoBatch = false);
  static std::shared_ptr<DbClient> newMysqlClient(const std::string &connInfo,
                                                  std::size_t connNum);
  static std::shared_ptr<DbClient> newSqlite3Client(const std::string &connInfo,
                                                    std::size_t connNum);
  template <typename FUNCTION1, typename FUNCTION2, typename... Arguments>
  void execSqlAsync(const std::string &sql, FUNCTION1 &&rCallback, FUNCTION2 &&exceptCallback,
                    Arguments &&...args) noexcept;
  template <typename... Arguments>
  std::future<Result> execSqlAsyncFuture(const std::string &sql, Arguments &&...args) noexcept;
  template <typename... Arguments>
  Result execSqlSync(const std::string &sql, Arguments &&...args) noexcept(false);
  virtual void setTimeout(double timeout) = 0;
};

using DbClientPtr = std::shared_ptr<DbClient>;

} // namespace orm
} // namespace drogon

#endif
