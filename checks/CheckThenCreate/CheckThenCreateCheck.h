//===--- CheckThenCreateCheck.h - distsys-check-then-create ---------------===//
#ifndef DISTLINT_CHECKS_CHECKTHENCREATECHECK_H
#define DISTLINT_CHECKS_CHECKTHENCREATECHECK_H

#include "clang-tidy/ClangTidyCheck.h"
#include "llvm/ADT/DenseMap.h"
#include <memory>
#include <vector>

namespace clang::tidy::distsys {

struct CheckThenCreateModels;

/// Finds a non-atomic create of a resource guarded by an existence check of the same resource,
/// a check-then-act race between service instances.
///
/// For the user-facing documentation see docs/checks/distsys-check-then-create.md.
class CheckThenCreateCheck : public ClangTidyCheck {
public:
  CheckThenCreateCheck(StringRef Name, ClangTidyContext *Context);
  ~CheckThenCreateCheck() override;
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;
  void registerMatchers(ast_matchers::MatchFinder *Finder) override;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) override;
  void onEndOfTranslationUnit() override { Bodies.clear(); }

  /// Every call and assignment of one function body, collected once.
  struct BodyIndex {
    std::vector<const Expr *> Calls; // CallExpr and CXXConstructExpr, in source order
    std::vector<const BinaryOperator *> Assignments;
  };

private:
  const std::string ModelFiles;
  std::shared_ptr<const CheckThenCreateModels> Models;
  llvm::DenseMap<const Stmt *, std::unique_ptr<BodyIndex>> Bodies;
};

} // namespace clang::tidy::distsys

#endif
