//===--- TenantUnscopedArnCheck.h - distsys-tenant-unscoped-arn -----------===//
#ifndef DISTLINT_CHECKS_TENANTUNSCOPEDARNCHECK_H
#define DISTLINT_CHECKS_TENANTUNSCOPEDARNCHECK_H

#include "clang-tidy/ClangTidyCheck.h"
#include "llvm/ADT/DenseSet.h"
#include <memory>

namespace distlint::iam {
struct PolicyModels;
}

namespace clang::tidy::distsys {

/// Finds IAM policy statements, written as JSON text in string literals or built with
/// Aws::Utils::Json::JsonValue or nlohmann::json, that grant data-plane access to every tenant's
/// data: an Allow of s3:GetObject (and the like) on '*' or on an ARN whose object part is only a
/// wildcard, with no tenant in the resource path and no Condition on a tenant key.
///
/// For the user-facing documentation see docs/checks/distsys-tenant-unscoped-arn.md.
class TenantUnscopedArnCheck : public ClangTidyCheck {
public:
  TenantUnscopedArnCheck(StringRef Name, ClangTidyContext *Context);
  ~TenantUnscopedArnCheck() override;
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;
  void registerMatchers(ast_matchers::MatchFinder *Finder) override;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) override;
  void onEndOfTranslationUnit() override {
    Seen.clear();
    Reported.clear();
  }

private:
  void checkPolicyText(const StringLiteral &Literal, ASTContext &Context);
  void checkBuilder(const StringLiteral &Key, ASTContext &Context);
  void checkBuilderAt(const StringLiteral &Key, const Stmt &Parent, ASTContext &Context);

  const std::string ModelFiles;
  std::shared_ptr<const distlint::iam::PolicyModels> Models;
  llvm::DenseSet<const Stmt *> Seen;       // policy texts and statements already evaluated
  llvm::DenseSet<SourceLocation> Reported; // one warning per resource literal
};

} // namespace clang::tidy::distsys

#endif
