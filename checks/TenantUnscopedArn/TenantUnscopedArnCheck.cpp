//===--- TenantUnscopedArnCheck.cpp - distsys-tenant-unscoped-arn ---------===//
//
// The check: options, model loading, the string-literal matcher, and the dispatch of a literal to
// its family: a "Resource" key to the builders (JsonBuilders.cpp), JSON text with a "Statement"
// to the policy text (PolicyText.cpp).
//
//===----------------------------------------------------------------------===//
#include "TenantUnscopedArnCheck.h"
#include "IamPolicy.h"
#include "utils/ModelCache.h"

#include "clang/AST/ASTContext.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"

using namespace clang::ast_matchers;
namespace iam = distlint::iam;

namespace clang::tidy::distsys {
namespace {

constexpr llvm::StringLiteral RuleId = "distsys-tenant-unscoped-arn";

} // namespace

TenantUnscopedArnCheck::TenantUnscopedArnCheck(StringRef Name, ClangTidyContext *Context)
    : ClangTidyCheck(Name, Context), ModelFiles(Options.getLocalOrGlobal("ModelFiles", "")) {
  Models = loadModels<iam::PolicyModels>(
      RuleId, ModelFiles, getCurrentMainFile(),
      [this](llvm::StringRef Error) { configurationDiag("%0: %1") << RuleId << Error; });
}

TenantUnscopedArnCheck::~TenantUnscopedArnCheck() = default;

void TenantUnscopedArnCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  Options.store(Opts, "ModelFiles", ModelFiles);
}

void TenantUnscopedArnCheck::registerMatchers(MatchFinder *Finder) {
  Finder->addMatcher(stringLiteral(unless(isExpansionInSystemHeader())).bind("literal"), this);
}

void TenantUnscopedArnCheck::check(const MatchFinder::MatchResult &Result) {
  const auto *Literal = Result.Nodes.getNodeAs<StringLiteral>("literal");
  if (!Literal->isOrdinary() && !Literal->isUTF8())
    return;
  llvm::StringRef Text = Literal->getString();
  if (Text == "Resource")
    checkBuilder(*Literal, *Result.Context);
  else if (Text.contains("\"Statement\""))
    checkPolicyText(*Literal, *Result.Context);
}

} // namespace clang::tidy::distsys
