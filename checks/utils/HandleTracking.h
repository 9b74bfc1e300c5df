//===--- HandleTracking.h - follow a local handle through a function ------===//
//
// Several checks ask the same question of a local resource handle (a curl handle, a gRPC
// ClientContext, a Redis context): inside the function that owns it, was it configured in a given
// way, or did it escape to code we cannot see? Precision first: anything we cannot follow counts
// as an escape, and the checks stay silent on escapes.
//
//===----------------------------------------------------------------------===//
#ifndef DISTLINT_CHECKS_HANDLETRACKING_H
#define DISTLINT_CHECKS_HANDLETRACKING_H

#include "clang/AST/ASTContext.h"
#include "clang/AST/Expr.h"
#include "llvm/ADT/STLFunctionalExtras.h"

namespace clang::tidy::distsys {

enum class HandleFate { Unconfigured, Configured, Escapes };

/// How one check reads calls that involve the handle.
struct HandleUsePolicy {
  /// \p Call configures the handle, which appears as argument \p ArgIndex, or as the object of a
  /// member call when \p ArgIndex is -1.
  llvm::function_ref<bool(const CallExpr *Call, int ArgIndex)> Configures;
  /// \p Call belongs to the handle's own library: it neither configures nor leaks the handle.
  llvm::function_ref<bool(const CallExpr *Call)> IsLibraryCall;
};

/// Follows every use of \p Handle inside \p Scope (normally the owning function's body), into the
/// bodies of helpers it is passed to, up to \p Depth calls deep.
HandleFate traceHandle(const ValueDecl *Handle, const Stmt *Scope, ASTContext &Context,
                       const HandleUsePolicy &Policy, unsigned Depth = 3);

/// Every expression inside \p Scope that names \p Target (a DeclRefExpr or MemberExpr), in
/// source order.
llvm::SmallVector<const Expr *, 8> referencesTo(const ValueDecl *Target, const Stmt &Scope);

/// The declaration a handle expression names: `h`, `&h`, `h.get()`, `*h`, through casts and parens.
const ValueDecl *handleDecl(const Expr *E);

/// The body of the function (or lambda) that encloses \p S.
const Stmt *enclosingFunctionBody(const Stmt &S, ASTContext &Context);

/// The statement directly inside a compound statement that contains \p S, if any.
const Stmt *enclosingFullStatement(const Stmt &S, ASTContext &Context);

} // namespace clang::tidy::distsys

#endif
