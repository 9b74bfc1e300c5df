//===--- TenantUnscopedArnAnalysis.h - private helpers of the check ------===//
//
// Private header of checks/TenantUnscopedArn: reading the strings a policy is made of out of the
// AST (StringValues.cpp), shared by the check's two families, policy text in literals
// (PolicyText.cpp) and JsonValue / nlohmann::json builders (JsonBuilders.cpp).
//
//===----------------------------------------------------------------------===//
#ifndef DISTLINT_CHECKS_TENANTUNSCOPEDARNANALYSIS_H
#define DISTLINT_CHECKS_TENANTUNSCOPEDARNANALYSIS_H

#include "IamPolicy.h"
#include "utils/ValueWrappers.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/Expr.h"
#include "clang/AST/ExprCXX.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/Support/Regex.h"
#include <string>
#include <vector>

namespace clang::tidy::distsys::tenant_arn {

namespace iam = distlint::iam;

/// A string value with, for each piece, the literal it came from (null for run-time parts).
struct LocatedValue {
  iam::Value V;
  std::vector<const StringLiteral *> Literals;
  void append(iam::Piece P, const StringLiteral *L) {
    V.Pieces.push_back(std::move(P));
    Literals.push_back(L);
  }
  const StringLiteral *firstLiteral() const {
    for (const StringLiteral *L : Literals)
      if (L)
        return L;
    return nullptr;
  }
};

/// The conversions and temporaries between a value and where it is used, and the
/// initializer_list a braced list of statements or resources becomes.
const ValueWrappers &policyWrappers();

/// \p E without the wrappers of policyWrappers().
const Expr *strip(const Expr *E);

/// \p E when it is a "+" of two operands (string concatenation), else null.
const CXXOperatorCallExpr *asPlus(const Expr *E);

/// The source text of \p E, or "value" when there is none (for run-time parts).
std::string spelling(const Expr *E, const ASTContext &Context);

/// The function \p S belongs to.
const FunctionDecl *enclosingFunction(const Stmt &S, ASTContext &Context);

/// The parent of \p S, looking through conversions and temporaries. A node shared by a template
/// and its instantiations has one parent in each; \p Alternative picks one.
const Stmt *parentThroughWrappers(const Stmt &S, ASTContext &Context, unsigned Alternative = 0);

/// Whether \p E is inside a test assertion (EXPECT_EQ(...)) or compared with ==/!=: an
/// expected value, not a policy.
bool isExpectedValue(const Expr &E, ASTContext &Context, const llvm::Regex *Macros);

/// Reads string values out of the AST of one function: the pieces of a string expression, and
/// every string under a builder expression.
class Reader {
public:
  Reader(ASTContext &Context, const FunctionDecl *Function)
      : Context(Context), Body(Function ? Function->getBody() : nullptr) {}

  /// A string expression as pieces: literals, "+" concatenations, variables initialised from
  /// them; anything else is a run-time part.
  void value(const Expr *E, LocatedValue &Out, unsigned Depth = 0);

  /// Every string under \p E: elements of initializer lists and arrays, arguments of builder
  /// calls, and what a local container variable is filled with in this function.
  void leaves(const Expr *E, std::vector<LocatedValue> &Out, unsigned Depth = 0);

private:
  /// A variable whose initialiser stands for it: a constant, or a local.
  const VarDecl *followable(const Expr *E) const;

  /// Strings stored into the local container \p Var: v.push_back(x), v[i] = x, v.With*(k, x).
  void uses(const VarDecl &Var, std::vector<LocatedValue> &Out, unsigned Depth);

  ASTContext &Context;
  const Stmt *Body;
  llvm::DenseSet<const VarDecl *> Visited;
};

} // namespace clang::tidy::distsys::tenant_arn

#endif
