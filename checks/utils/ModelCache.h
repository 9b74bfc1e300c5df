//===--- ModelCache.h - parse each rule's API models once per process -----===//
#ifndef DISTLINT_CHECKS_MODELCACHE_H
#define DISTLINT_CHECKS_MODELCACHE_H

#include "RuleCatalog.h"
#include "llvm/Support/Path.h"
#include <map>
#include <memory>
#include <mutex>

namespace clang::tidy::distsys {

/// The typed models of \p RuleId (built-in plus \p ModelFiles), parsed by \p ModelsT::parse the
/// first time a check instance asks for them and shared by every later translation unit. On a bad
/// model file, passes the error to \p ReportError and returns empty models.
template <typename ModelsT>
std::shared_ptr<const ModelsT> loadModels(llvm::StringRef RuleId, llvm::StringRef ModelFiles,
                                          llvm::StringRef MainFile,
                                          llvm::function_ref<void(llvm::StringRef)> ReportError) {
  static std::mutex Mutex;
  static std::map<const nlohmann::json *, std::shared_ptr<const ModelsT>> Parsed;
  auto Empty = [] { return std::make_shared<const ModelsT>(); };

  auto Json = distlint::modelsFor(RuleId, ModelFiles, llvm::sys::path::parent_path(MainFile));
  if (!Json) {
    ReportError(llvm::toString(Json.takeError()));
    return Empty();
  }
  std::lock_guard<std::mutex> Lock(Mutex);
  if (auto It = Parsed.find(*Json); It != Parsed.end())
    return It->second;
  auto Models = ModelsT::parse(**Json);
  if (!Models) {
    ReportError(llvm::toString(Models.takeError()));
    return Empty();
  }
  return Parsed.emplace(*Json, *Models).first->second;
}

} // namespace clang::tidy::distsys

#endif
