//===--- MissingTimeoutCheck.h - distsys-missing-timeout ------------------===//
#ifndef DISTLINT_CHECKS_MISSINGTIMEOUTCHECK_H
#define DISTLINT_CHECKS_MISSINGTIMEOUTCHECK_H

#include "HandleTracking.h"
#include "clang-tidy/ClangTidyCheck.h"
#include "llvm/ADT/DenseMap.h"
#include <memory>

namespace clang::tidy::distsys {

struct TimeoutModels;

/// Finds network or blocking calls that can wait forever because nothing on the object they use
/// set a timeout or deadline.
///
/// For the user-facing documentation see docs/checks/distsys-missing-timeout.md.
class MissingTimeoutCheck : public ClangTidyCheck {
public:
  MissingTimeoutCheck(StringRef Name, ClangTidyContext *Context);
  ~MissingTimeoutCheck() override;
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;
  void registerMatchers(ast_matchers::MatchFinder *Finder) override;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) override;
  void onEndOfTranslationUnit() override { HandleFates.clear(); }

private:
  const std::string ModelFiles;
  std::shared_ptr<const TimeoutModels> Models;
  llvm::DenseMap<const ValueDecl *, HandleFate> HandleFates;
};

} // namespace clang::tidy::distsys

#endif
