//===--- CheckThenCreateCheck.h - distsys-check-then-create ---------------===//
#ifndef DISTLINT_CHECKS_CHECKTHENCREATECHECK_H
#define DISTLINT_CHECKS_CHECKTHENCREATECHECK_H

#include "clang-tidy/ClangTidyCheck.h"
#include <memory>
#include <string>

namespace clang::tidy::distsys {

struct CheckThenCreateModels;
namespace check_then_create {
class Analysis;
struct Operation;
struct TranslationUnitState;
} // namespace check_then_create

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
  void onEndOfTranslationUnit() override;

private:
  /// Reports the calls in \p A's body to project functions that create a resource their
  /// arguments name, when an existence check of the same resource guards them.
  void checkWrapperCalls(const check_then_create::Analysis &A);
  /// Reports \p Create when an existence check of the same resource guards it.
  void checkCreate(const check_then_create::Analysis &A,
                   const check_then_create::Operation &Create);

  const std::string ModelFiles;
  const std::string SummaryFile;
  std::shared_ptr<const CheckThenCreateModels> Models;
  std::unique_ptr<check_then_create::TranslationUnitState> State;
};

} // namespace clang::tidy::distsys

#endif
