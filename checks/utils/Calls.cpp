//===--- Calls.cpp --------------------------------------------------------===//
#include "Calls.h"

#include "clang/AST/ExprCXX.h"

namespace clang::tidy::distsys {

const FunctionDecl *calleeOf(const Expr *E) {
  if (const auto *Call = dyn_cast_or_null<CallExpr>(E))
    return Call->getDirectCallee();
  if (const auto *Construct = dyn_cast_or_null<CXXConstructExpr>(E))
    return Construct->getConstructor();
  return nullptr;
}

llvm::ArrayRef<const Expr *> callArguments(const Expr *E) {
  if (const auto *Call = dyn_cast_or_null<CallExpr>(E))
    return {Call->getArgs(), Call->getNumArgs()};
  if (const auto *Construct = dyn_cast_or_null<CXXConstructExpr>(E))
    return {Construct->getArgs(), Construct->getNumArgs()};
  return {};
}

const Expr *argumentAt(const Expr *E, int Index) {
  llvm::ArrayRef<const Expr *> Args = callArguments(E);
  return Index >= 0 && static_cast<size_t>(Index) < Args.size() ? Args[Index] : nullptr;
}

} // namespace clang::tidy::distsys
