// distlint test stub: the declarations and routing macros of Drogon's drogon/HttpController.h
// that distlint's lit tests use, written from the framework's public header; not the framework.
#ifndef DISTLINT_STUB_DROGON_HTTPCONTROLLER_H
#define DISTLINT_STUB_DROGON_HTTPCONTROLLER_H

#include <drogon/HttpAppFramework.h>
#include <string>
#include <vector>

#define METHOD_LIST_BEGIN                                                                          \
  static void initPathRouting() {
#define METHOD_ADD(method, pattern, ...)                                                           \
  registerMethod(&method, pattern, {__VA_ARGS__}, true, #method)
#define ADD_METHOD_TO(method, path_pattern, ...)                                                   \
  registerMethod(&method, path_pattern, {__VA_ARGS__}, false, #method)
#define METHOD_LIST_END                                                                            \
  return;                                                                                          \
  }

namespace drogon {

class HttpControllerBase {};

template <typename T, bool AutoCreation = true> class HttpController : public HttpControllerBase {
protected:
  template <typename FUNCTION>
  static void registerMethod(FUNCTION &&function, const std::string &pattern,
                             const std::vector<internal::HttpConstraint> &constraints = {},
                             bool classNameInPath = true, const std::string &handlerName = "");
};

} // namespace drogon

#endif
