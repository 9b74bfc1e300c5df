//===--- Calls.cpp --------------------------------------------------------===//
#include "Calls.h"

#include "clang/AST/ExprCXX.h"
#include "llvm/ADT/SmallVector.h"
#include <algorithm>

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

std::vector<const Expr *> callsIn(const Stmt *Body) {
  std::vector<const Expr *> Calls;
  llvm::SmallVector<const Stmt *, 64> Work{Body};
  while (!Work.empty()) {
    const Stmt *S = Work.pop_back_val();
    if (!S)
      continue;
    if (isa<CallExpr, CXXConstructExpr>(S))
      Calls.push_back(cast<Expr>(S));
    size_t First = Work.size();
    Work.append(S->child_begin(), S->child_end());
    std::reverse(Work.begin() + First, Work.end());
  }
  return Calls;
}

} // namespace clang::tidy::distsys
