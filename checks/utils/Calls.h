//===--- Calls.h - calls and constructions alike --------------------------===//
//
// An API operation is a function call, a method call or a construction (`std::ofstream f(p)`,
// `pqxx::connection c(s)`); the checks read all three the same way.
//
//===----------------------------------------------------------------------===//
#ifndef DISTLINT_CHECKS_UTILS_CALLS_H
#define DISTLINT_CHECKS_UTILS_CALLS_H

#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"
#include "llvm/ADT/ArrayRef.h"
#include <vector>

namespace clang::tidy::distsys {

/// The direct callee of a call, or the constructor of a construction; nullptr otherwise.
const FunctionDecl *calleeOf(const Expr *E);

/// The arguments of a call or a construction; none for anything else.
llvm::ArrayRef<const Expr *> callArguments(const Expr *E);

/// Argument \p Index of a call or construction, or nullptr when there is none (also for a
/// negative index, which models use for "not this kind of argument").
const Expr *argumentAt(const Expr *E, int Index);

/// The calls and constructions in \p Body, lambdas included, in source order.
std::vector<const Expr *> callsIn(const Stmt *Body);

} // namespace clang::tidy::distsys

#endif
