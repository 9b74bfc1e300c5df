//===--- AstTestHelpers.h - small ASTs for the checks/utils unit tests ----===//
#ifndef DISTLINT_TEST_UNIT_ASTTESTHELPERS_H
#define DISTLINT_TEST_UNIT_ASTTESTHELPERS_H

#include "clang/AST/ASTContext.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/ASTMatchers/ASTMatchers.h"
#include "clang/Frontend/ASTUnit.h"
#include "clang/Tooling/Tooling.h"
#include <gtest/gtest.h>
#include <memory>
#include <string>

namespace distlint::testing {

/// A parsed C++17 snippet (no system headers: the snippets declare what they use).
inline std::unique_ptr<clang::ASTUnit> parse(const std::string &Code) {
  auto AST = clang::tooling::buildASTFromCodeWithArgs(Code, {"-std=c++17", "-w"}, "input.cc");
  EXPECT_TRUE(AST && !AST->getDiagnostics().hasErrorOccurred()) << Code;
  return AST;
}

/// The one node \p Matcher binds as "x" in \p AST, or nullptr (and a test failure) when there is
/// not exactly one.
template <typename NodeT, typename MatcherT>
const NodeT *only(clang::ASTUnit &AST, const MatcherT &Matcher) {
  auto Found = clang::ast_matchers::match(Matcher, AST.getASTContext());
  EXPECT_EQ(1u, Found.size());
  return Found.size() == 1 ? Found[0].template getNodeAs<NodeT>("x") : nullptr;
}

/// The initialiser of the variable named \p Name.
inline const clang::Expr *initOf(clang::ASTUnit &AST, const std::string &Name) {
  using namespace clang::ast_matchers;
  const auto *Var = only<clang::VarDecl>(AST, varDecl(hasName(Name)).bind("x"));
  return Var ? Var->getInit() : nullptr;
}

} // namespace distlint::testing

#endif
