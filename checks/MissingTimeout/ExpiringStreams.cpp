//===--- ExpiringStreams.cpp - streams that need an expiry first ----------===//
//
// distsys-missing-timeout's expiring-stream family: asynchronous operations on a stream that
// times out only once an expiry is set on it (boost::beast::basic_stream, possibly inside a
// wrapper such as ssl_stream), with no expires_after/expires_at on that stream before. The note
// offers the expiry statement. Models: "expiringStreams" in rules/distsys-missing-timeout.json.
//
//===----------------------------------------------------------------------===//
#include "MissingTimeoutCheck.h"
#include "MissingTimeoutFamilies.h"
#include "MissingTimeoutModels.h"
#include "utils/MessageTemplates.h"

#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ExprCXX.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"

using namespace clang::ast_matchers;

namespace clang::tidy::distsys {
using namespace missing_timeout;
namespace {

/// Whether \p Record is one of the model's streams (0), a wrapper around one (1), or neither (-1).
int streamKind(const CXXRecordDecl *Record, const ExpiringStreamModel &M, unsigned Depth = 0) {
  if (!Record || Depth > 4)
    return -1;
  if (anyNameMatches(*Record, M.StreamTypes))
    return 0;
  const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(Record);
  if (!Spec || !anyNameMatches(*Record, M.WrapperTypes) || Spec->getTemplateArgs().size() == 0)
    return -1;
  const TemplateArgument &First = Spec->getTemplateArgs()[0];
  if (First.getKind() != TemplateArgument::Type)
    return -1;
  return streamKind(First.getAsType()->getAsCXXRecordDecl(), M, Depth + 1) >= 0 ? 1 : -1;
}

} // namespace

void MissingTimeoutCheck::checkStreamOperation(const MatchFinder::MatchResult &Result,
                                               const CallExpr *Call) {
  ASTContext &Context = *Result.Context;
  const FunctionDecl *Callee = Call->getDirectCallee();
  if (!Callee)
    return;
  const auto *Member = dyn_cast<CXXMemberCallExpr>(Call);
  for (const ExpiringStreamModel &M : Models->ExpiringStreams) {
    const Expr *Stream = nullptr;
    if (Member && llvm::is_contained(M.Methods, Callee->getName()))
      Stream = Member->getImplicitObjectArgument();
    else if (!Member && anyNameMatches(*Callee, M.Functions) && Call->getNumArgs() > 0)
      Stream = Call->getArg(0);
    const CXXRecordDecl *Record = Stream ? recordOf(Stream) : nullptr;
    int Kind = streamKind(Record, M);
    if (Kind < 0)
      continue;
    const ValueDecl *Decl = streamDecl(Stream, M.LayerAccessors);
    auto DeclOf = [&](const Expr *E) { return streamDecl(E, M.LayerAccessors); };

    if (const auto *Field = dyn_cast_or_null<FieldDecl>(Decl)) {
      // A member stream may be armed by any method of its class: precision first.
      if (memberHasCall(Field, M.ExpirySetters, M.LayerAccessors, Context))
        return;
    } else if (const auto *Var = dyn_cast_or_null<VarDecl>(Decl)) {
      // Parameters, references and globals may have been armed by code we do not see.
      if (isa<ParmVarDecl>(Var) || !Var->hasLocalStorage() || Var->getType()->isReferenceType() ||
          Var->getType()->isPointerType())
        return;
      const Stmt *Body = owningBody(Var);
      if (!Body || calledBefore(Var, M.ExpirySetters, Body, Call->getBeginLoc(), Context, DeclOf))
        return;
      auto Cached = HandleFates.find(Var);
      HandleFate Fate;
      if (Cached != HandleFates.end()) {
        Fate = Cached->second.Fate;
      } else {
        auto Configures = [&](const CallExpr *C, int Arg, const ParentMap &Parents) {
          const FunctionDecl *F = C->getDirectCallee();
          if (!F)
            return false;
          if (Arg == -1)
            return llvm::is_contained(M.ExpirySetters, F->getName());
          // get_lowest_layer(s).expires_after(...)
          if (!anyNameMatches(*F, M.LayerAccessors))
            return false;
          const auto *ME = dyn_cast_or_null<MemberExpr>(Parents.getParent(C));
          return ME && llvm::is_contained(M.ExpirySetters, ME->getMemberDecl()->getName());
        };
        auto Library = [&](const CallExpr *C) {
          const FunctionDecl *F = C->getDirectCallee();
          if (!F)
            return false;
          std::string Qualified = F->getQualifiedNameAsString();
          return llvm::StringRef(Qualified).starts_with("boost::asio::") ||
                 llvm::StringRef(Qualified).starts_with("boost::beast::");
        };
        Fate = traceHandle(Var, Body, {Configures, Library});
        HandleFates[Var] = {Fate, {}};
      }
      // Escaped to code we cannot see, or armed in a helper it was passed to.
      if (Fate == HandleFate::Escapes ||
          (Fate == HandleFate::Configured &&
           !calledBefore(Var, M.ExpirySetters, Body, SourceLocation(), Context, DeclOf)))
        return;
    } else {
      return;
    }

    std::string Message = substitute(M.Message, "{callee}", calleeName(Call, Record));
    diag(Call->getExprLoc(), "%0") << substitute(Message, "{stream}", Decl->getName());

    std::string StreamText = sourceText(Stream, Context);
    const std::string &Fix = Kind == 0 ? M.FixStatement : M.WrappedFixStatement;
    const Stmt *Statement = enclosingFullStatement(*Call, Context);
    if (Fix.empty() || StreamText.empty() || !Statement || !Statement->getBeginLoc().isFileID())
      return;
    SourceLocation Begin = Statement->getBeginLoc();
    std::string Insert =
        substitute(Fix, "{stream}", StreamText) + "\n" + lineIndent(Begin, *Result.SourceManager);
    suggestOnNote(Begin, M.FixNote.empty() ? "set a deadline" : M.FixNote,
                  FixItHint::CreateInsertion(Begin, Insert));
    return;
  }
}

} // namespace clang::tidy::distsys
