//===--- HandleTracking.h - follow a local handle through a function ------===//
//
// Several checks ask the same question of a local resource handle (a curl handle, a gRPC
// ClientContext, a Redis context): inside the function that owns it, was it configured in a given
// way, or did it escape to code we cannot see? Precision first: anything we cannot follow counts
// as an escape, and the checks stay silent on escapes. A handle may be held by a smart pointer
// (`p.get()`, `*p`, `p->`) or live in a class member, configured by any method of the class.
//
//===----------------------------------------------------------------------===//
#ifndef DISTLINT_CHECKS_HANDLETRACKING_H
#define DISTLINT_CHECKS_HANDLETRACKING_H

#include "clang/AST/ASTContext.h"
#include "clang/AST/Expr.h"
#include "clang/AST/ParentMap.h"
#include "llvm/ADT/STLFunctionalExtras.h"

namespace clang::tidy::distsys {

enum class HandleFate { Unconfigured, Configured, Escapes };

/// \p Into combined with the fate of one more use or path: one that configures wins, then one
/// that escapes.
inline void combineFates(HandleFate &Into, HandleFate Path) {
  if (Into == HandleFate::Configured || Path == HandleFate::Configured)
    Into = HandleFate::Configured;
  else if (Path == HandleFate::Escapes)
    Into = HandleFate::Escapes;
}

/// How one check reads calls that involve the handle.
struct HandleUsePolicy {
  /// \p Call configures the handle, which appears as argument \p ArgIndex, or as the object of a
  /// member call when \p ArgIndex is -1. \p Parents are those of the body being traced, for a
  /// call that configures only with the expression around it (`get_lowest_layer(s).expires_after`):
  /// the ASTContext's parent map does not reach a helper defined in a header (the driver limits
  /// its traversal scope to the main file).
  llvm::function_ref<bool(const CallExpr *Call, int ArgIndex, const ParentMap &Parents)> Configures;
  /// \p Call belongs to the handle's own library: it neither configures nor leaks the handle.
  llvm::function_ref<bool(const CallExpr *Call)> IsLibraryCall;
  /// What \p Callee, which has no body here, does to the handle passed as argument \p ArgIndex
  /// (a summary from another translation unit); without this, such a call is an escape.
  llvm::function_ref<HandleFate(const FunctionDecl &Callee, unsigned ArgIndex)> External = nullptr;
  /// The handle is followed in a factory that makes and returns it: returning it hands it to the
  /// caller, where it is followed further, rather than letting it escape.
  bool ReturnIsUse = false;
};

/// Follows every use of \p Handle inside \p Scope (normally the owning function's body), into the
/// bodies of helpers it is passed to, up to \p Depth calls deep.
HandleFate traceHandle(const ValueDecl *Handle, const Stmt *Scope, const HandleUsePolicy &Policy,
                       unsigned Depth = 3);

/// Follows every use of the member \p Field in the bodies of its class's methods (constructors
/// included) and of their lambdas. Configured if some method configures it; Escapes if some use
/// escapes, the member is public, or a method of the class has no body in this translation unit
/// (it may configure the member where we cannot see).
HandleFate traceMember(const FieldDecl *Field, const HandleUsePolicy &Policy, unsigned Depth = 3);

/// Whether \p T is a std::unique_ptr, std::shared_ptr or std::optional.
bool isOwningWrapper(QualType T);

/// The class an object of type \p T is, or for a std::unique_ptr, std::shared_ptr or
/// std::optional, the class it holds; nullptr otherwise. References are not objects.
const CXXRecordDecl *heldRecord(QualType T);

/// \p E without a std::unique_ptr/std::shared_ptr construction around it: the raw handle a smart
/// pointer is made to own (`std::unique_ptr<CURL, D> h(curl_easy_init(), ...)`).
const Expr *ownedValue(const Expr *E);

/// Whether \p E makes a new object here: `new T` or std::make_unique/make_shared/make_optional,
/// possibly given to a smart pointer's constructor. A smart pointer from anywhere else (a factory
/// such as gRPC's ClientContext::FromServerContext) holds an object that may be configured.
bool isFreshObject(const Expr *E);

/// Every expression inside \p Scope that names \p Target (a DeclRefExpr or MemberExpr), in
/// source order.
llvm::SmallVector<const Expr *, 8> referencesTo(const ValueDecl *Target, const Stmt &Scope);

/// The declaration a handle expression names: `h`, `&h`, `h.get()`, `*h`, `handles[i]` (the
/// array), through casts and parens.
const ValueDecl *handleDecl(const Expr *E);

/// The body of the function (or lambda) that encloses \p S.
const Stmt *enclosingFunctionBody(const Stmt &S, ASTContext &Context);

/// The statement directly inside a compound statement that contains \p S, if any.
const Stmt *enclosingFullStatement(const Stmt &S, ASTContext &Context);

} // namespace clang::tidy::distsys

#endif
