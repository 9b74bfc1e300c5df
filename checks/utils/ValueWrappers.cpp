//===--- ValueWrappers.cpp ------------------------------------------------===//
#include "ValueWrappers.h"

#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "llvm/ADT/STLExtras.h"

namespace clang::tidy::distsys {
namespace {

const Expr *unwrapOnce(const Expr *E, const ValueWrappers &Kinds) {
  if (const auto *M = dyn_cast<MaterializeTemporaryExpr>(E))
    return M->getSubExpr();
  if (const auto *B = dyn_cast<CXXBindTemporaryExpr>(E))
    return B->getSubExpr();
  if (const auto *C = dyn_cast<ExprWithCleanups>(E))
    return C->getSubExpr();
  if (const auto *Cast = dyn_cast<ExplicitCastExpr>(E))
    return Kinds.ExplicitCasts == ValueWrappers::Casts::All || isa<CXXFunctionalCastExpr>(Cast)
               ? Cast->getSubExpr()
               : E;
  if (const auto *List = dyn_cast<CXXStdInitializerListExpr>(E))
    return Kinds.InitializerLists ? List->getSubExpr() : E;
  if (const auto *Construct = dyn_cast<CXXConstructExpr>(E)) {
    bool OneValue = Construct->getNumArgs() >= 1 &&
                    llvm::all_of(llvm::drop_begin(Construct->arguments()),
                                 [](const Expr *A) { return isa<CXXDefaultArgExpr>(A); });
    bool Copy = Construct->getConstructor()->isCopyOrMoveConstructor();
    return Kinds.ConvertingConstructors && OneValue && (Kinds.CopyConstructors || !Copy)
               ? Construct->getArg(0)
               : E;
  }
  if (const auto *Member = dyn_cast<CXXMemberCallExpr>(E)) {
    const CXXMethodDecl *Method = Member->getMethodDecl();
    if (!Method || Member->getNumArgs() != 0)
      return E;
    bool Conversion = Kinds.ConversionOperators && isa<CXXConversionDecl>(Method);
    bool Accessor =
        Method->getIdentifier() && llvm::is_contained(Kinds.Accessors, Method->getName());
    return Conversion || Accessor ? Member->getImplicitObjectArgument() : E;
  }
  return E;
}

} // namespace

const Expr *stripValueWrappers(const Expr *E, const ValueWrappers &Kinds) {
  // Each step moves to a strict sub-expression, so this ends.
  while (E) {
    const Expr *Inner = unwrapOnce(E->IgnoreParenImpCasts(), Kinds);
    if (Inner == E)
      return E;
    E = Inner;
  }
  return E;
}

bool isValueWrapper(const Stmt &S, const ValueWrappers &Kinds) {
  const auto *E = dyn_cast<Expr>(&S);
  return E && (E->IgnoreParenImpCasts() != E || unwrapOnce(E, Kinds) != E);
}

} // namespace clang::tidy::distsys
