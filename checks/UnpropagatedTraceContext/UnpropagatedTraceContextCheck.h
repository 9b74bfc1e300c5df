//===--- UnpropagatedTraceContextCheck.h - distsys-unpropagated-trace-context ---===//
#ifndef DISTLINT_CHECKS_UNPROPAGATEDTRACECONTEXTCHECK_H
#define DISTLINT_CHECKS_UNPROPAGATEDTRACECONTEXTCHECK_H

#include "clang-tidy/ClangTidyCheck.h"
#include "llvm/Support/Regex.h"
#include <memory>
#include <optional>
#include <vector>

namespace clang::tidy::distsys {

struct TraceModels;
class SummarySet;

/// Finds outgoing calls made while handling an incoming request that carry no trace context
/// derived from the incoming one.
///
/// For the user-facing documentation see docs/checks/distsys-unpropagated-trace-context.md.
class UnpropagatedTraceContextCheck : public ClangTidyCheck {
public:
  UnpropagatedTraceContextCheck(StringRef Name, ClangTidyContext *Context);
  ~UnpropagatedTraceContextCheck() override;
  bool isLanguageVersionSupported(const LangOptions &LangOpts) const override {
    return LangOpts.CPlusPlus;
  }
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;
  void registerMatchers(ast_matchers::MatchFinder *Finder) override;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) override;
  void onEndOfTranslationUnit() override;

private:
  const std::string ModelFiles;
  const std::string HandlerNamePattern;
  const std::string PropagationFunctions;
  const std::string SummaryFile;
  std::shared_ptr<const TraceModels> Models;
  std::shared_ptr<const SummarySet> LoadedSummaries; // from SummaryFile, when set
  std::optional<llvm::Regex> HandlerName;
  std::vector<std::string> ExtraPropagators;
  std::vector<const FunctionDecl *> Functions;
  ASTContext *AST = nullptr;
};

} // namespace clang::tidy::distsys

#endif
