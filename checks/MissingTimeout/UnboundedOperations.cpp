//===--- UnboundedOperations.cpp - operations that can never time out -----===//
//
// distsys-missing-timeout's unbounded-operation family: calls that block with no timeout of their
// own on an object of a modelled type (synchronous Boost.Asio/Beast I/O and socket members; with
// FlagUnboundedWaits, std::future and std::condition_variable waits), unless a bounding call
// (wait_for, non_blocking) was made on the same object first. Models: "unboundedOperations",
// "unboundedWaits".
//
//===----------------------------------------------------------------------===//
#include "MissingTimeoutCheck.h"
#include "MissingTimeoutFamilies.h"
#include "MissingTimeoutModels.h"
#include "utils/MessageTemplates.h"

#include "clang/AST/ExprCXX.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"

using namespace clang::ast_matchers;

namespace clang::tidy::distsys {
using namespace missing_timeout;
namespace {

/// The name of the object in \p E for messages: the variable or member it names, else its text.
std::string objectName(const Expr *E, const ASTContext &Context) {
  if (const ValueDecl *D = handleDecl(E))
    return D->getName().str();
  std::string Text = sourceText(E, Context);
  return Text.empty() ? "the object" : Text;
}

} // namespace

void MissingTimeoutCheck::checkUnboundedOperation(const MatchFinder::MatchResult &Result,
                                                  const CallExpr *Call) {
  ASTContext &Context = *Result.Context;
  const FunctionDecl *Callee = Call->getDirectCallee();
  if (!Callee)
    return;
  const auto *Member = dyn_cast<CXXMemberCallExpr>(Call);
  for (const UnboundedOperationModel &M : Models->UnboundedOperations) {
    if (M.OptIn && !FlagUnboundedWaits)
      continue;
    const Expr *Object = nullptr;
    if (Member && llvm::is_contained(M.Methods, Callee->getName()))
      Object = Member->getImplicitObjectArgument();
    else if (!Member && anyNameMatches(*Callee, M.Functions) &&
             static_cast<unsigned>(M.ObjectArg) < Call->getNumArgs())
      Object = Call->getArg(M.ObjectArg);
    const CXXRecordDecl *Record = Object ? recordOf(Object) : nullptr;
    if (!Record || !anyNameMatches(*Record, M.ObjectTypes))
      continue;
    // future.wait_for(...) before future.get(): the caller already bounded the wait. A member
    // may be bounded by any method of its class (socket_.non_blocking(true) in a constructor).
    const ValueDecl *Decl = handleDecl(Object);
    static const std::vector<std::string> NoAccessors;
    if (const auto *Field = dyn_cast_or_null<FieldDecl>(Decl);
        Field && !M.BoundedBy.empty() && memberHasCall(Field, M.BoundedBy, NoAccessors, Context))
      return;
    const Stmt *Body = enclosingFunctionBody(*Call, Context);
    if (const Stmt *Owner = owningBody(Decl))
      Body = Owner;
    if (calledBefore(Decl, M.BoundedBy, Body, Call->getBeginLoc(), Context, handleDecl))
      return;
    std::string Message = substitute(M.Message, "{callee}", calleeName(Call, Record));
    diag(Call->getExprLoc(), "%0") << substitute(Message, "{object}", objectName(Object, Context));
    return;
  }
}

} // namespace clang::tidy::distsys
