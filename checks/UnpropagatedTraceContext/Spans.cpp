//===--- Spans.cpp - parentless spans of distsys-unpropagated-trace-context -===//
//
// The span finding: a handler that extracts the incoming context and then starts a span with
// neither an attached context before it nor a parent set in its options (the span models).
//
//===----------------------------------------------------------------------===//
#include "TraceAnalysis.h"
#include "utils/ApiNames.h"
#include "utils/HandleTracking.h"
#include "utils/MessageTemplates.h"

#include "clang/AST/ParentMapContext.h"
#include "llvm/ADT/STLExtras.h"

namespace clang::tidy::distsys::trace_context {

void Analysis::checkSpans(ClangTidyCheck &Check, const FunctionDecl *Handler, const Stmt *Body,
                          llvm::DenseSet<SourceLocation> &Reported) const {
  const SpanModel &Model = Models.Spans;
  if (Model.StartSpan.empty() || Model.Message.empty() || !Body)
    return;
  const CallExpr *Extract = nullptr;
  std::vector<const CallExpr *> Attaches, Starts;
  forEachCall(Body, [&](const CallExpr *Call) {
    const FunctionDecl *Callee = Call->getDirectCallee();
    if (!Extract && namedAny(Callee, Model.Extractors))
      Extract = Call;
    if (namedAny(Callee, Model.Attachers))
      Attaches.push_back(Call);
    if (Callee && nameMatches(*Callee, Model.StartSpan))
      Starts.push_back(Call);
    else if (const auto *Method = dyn_cast_or_null<CXXMethodDecl>(Callee);
             Method && namedAny(Method, {Model.StartSpan}))
      Starts.push_back(Call);
  });
  if (!Extract)
    return;
  for (const CallExpr *Start : Starts) {
    if (llvm::any_of(Attaches, [&](const CallExpr *A) {
          return SM.isBeforeInTranslationUnit(A->getBeginLoc(), Start->getBeginLoc());
        }))
      continue;
    const FunctionDecl *Callee = Start->getDirectCallee();
    const Expr *Options = nullptr;
    for (unsigned I = 0; I < Start->getNumArgs() && I < Callee->getNumParams(); ++I)
      if (typeMatches(Callee->getParamDecl(I)->getType(), Model.OptionsType))
        Options = Start->getArg(I);
    bool HasParent = false;
    if (Options && !isa<CXXDefaultArgExpr>(Options)) {
      const Expr *Bare = Options->IgnoreImplicit()->IgnoreParens();
      const auto *Construct = dyn_cast<CXXConstructExpr>(Bare);
      const auto *Init = dyn_cast<InitListExpr>(Bare);
      const auto *Var = dyn_cast_or_null<VarDecl>(handleDecl(Options));
      if ((Construct && Construct->getNumArgs() == 0) || (Init && Init->getNumInits() == 0)) {
        HasParent = false;
      } else if (Var && Var->hasLocalStorage() && !isa<ParmVarDecl>(Var)) {
        const Expr *VarInit = Var->getInit() ? Var->getInit()->IgnoreImplicit() : nullptr;
        const auto *InitConstruct = dyn_cast_or_null<CXXConstructExpr>(VarInit);
        HasParent = VarInit && !(InitConstruct && InitConstruct->getNumArgs() == 0);
        for (const Expr *Ref : referencesTo(Var, *Body)) {
          DynTypedNodeList Parents = Context.getParents(*Ref);
          const auto *Member = Parents.empty() ? nullptr : Parents[0].get<MemberExpr>();
          if (Member && Member->getMemberDecl()->getDeclName().isIdentifier() &&
              Member->getMemberDecl()->getName() == Model.ParentField)
            HasParent = true;
        }
      } else {
        HasParent = true; // built elsewhere: cannot tell
      }
    }
    if (HasParent)
      continue;
    SourceLocation Loc = Start->getExprLoc();
    if (Loc.isInvalid() || !Reported.insert(Loc).second)
      continue;
    std::string Message = substitute(Model.Message, "{handler}", handlerName(Handler));
    Message = substitute(Message, "{call}", displayName(*Callee, SM));
    Check.diag(Loc, "%0") << Message;
    Check.diag(Extract->getExprLoc(), "the incoming context is extracted here",
               DiagnosticIDs::Note);
  }
}

} // namespace clang::tidy::distsys::trace_context
