//===--- Threads.cpp - thread work of distsys-unpropagated-trace-context -===//
//
// The thread finding: a lambda a handler hands to a new thread (std::thread, std::async: the
// thread models) makes an outgoing call with the thread's current context, which is empty unless
// the lambda attaches one.
//
//===----------------------------------------------------------------------===//
#include "TraceAnalysis.h"
#include "utils/ApiNames.h"
#include "utils/MessageTemplates.h"

#include "clang/AST/ParentMapContext.h"
#include "llvm/ADT/STLExtras.h"

namespace clang::tidy::distsys::trace_context {

const NamedDecl *Analysis::spawnerOf(const FunctionDecl *Op) const {
  auto Lambda = LambdaOf.find(Op->getCanonicalDecl());
  if (Lambda == LambdaOf.end())
    return nullptr;
  const Stmt *Child = Lambda->second;
  for (unsigned Steps = 0; Steps < 8; ++Steps) {
    DynTypedNodeList Parents = Context.getParents(*Child);
    const Stmt *Parent = Parents.empty() ? nullptr : Parents[0].get<Stmt>();
    if (!Parent)
      return nullptr;
    if (const auto *Construct = dyn_cast<CXXConstructExpr>(Parent)) {
      const CXXRecordDecl *Class = Construct->getConstructor()->getParent();
      if (llvm::any_of(Models.Threads.Spawners,
                       [&](const std::string &N) { return nameMatches(*Class, N); }))
        return Class;
      return nullptr;
    }
    if (const auto *Call = dyn_cast<CallExpr>(Parent))
      return namedAny(Call->getDirectCallee(), Models.Threads.Spawners) ? Call->getDirectCallee()
                                                                        : nullptr;
    if (!isa<ImplicitCastExpr, MaterializeTemporaryExpr, CXXBindTemporaryExpr, ParenExpr,
             ExprWithCleanups>(Parent))
      return nullptr;
    Child = Parent;
  }
  return nullptr;
}

void Analysis::checkThread(ClangTidyCheck &Check, const OutgoingSite &Site, const Reach &R,
                           llvm::DenseSet<SourceLocation> &Reported) const {
  const ThreadModel &Model = Models.Threads;
  if (Model.Message.empty() || R.LostAt)
    return;
  const NamedDecl *Spawner = spawnerOf(Site.Function);
  auto Lambda = LambdaOf.find(Site.Function->getCanonicalDecl());
  if (!Spawner || Lambda == LambdaOf.end())
    return;
  // The call's context comes from the thread's current context, which is empty unless the
  // thread attaches one.
  bool ReadsCurrent = false, Attaches = false;
  forEachCall(Lambda->second->getBody(), [&](const CallExpr *Call) {
    ReadsCurrent |= namedAny(Call->getDirectCallee(), Model.CurrentContextReaders);
    Attaches |= namedAny(Call->getDirectCallee(), Model.Attachers);
  });
  if (!ReadsCurrent || Attaches)
    return;
  SourceLocation Loc = Site.Call->getExprLoc();
  if (Loc.isInvalid() || !Reported.insert(Loc).second)
    return;
  const FunctionDecl *Handler = R.Handler->getDefinition() ? R.Handler->getDefinition() : R.Handler;
  std::string Message = substitute(Model.Message, "{handler}", handlerName(Handler));
  Message = substitute(Message, "{call}", displayName(*Site.Call->getDirectCallee(), SM));
  Message = substitute(Message, "{spawner}", Spawner->getQualifiedNameAsString());
  Check.diag(Loc, "%0") << Message;
  Check.diag(Lambda->second->getBeginLoc(), "the thread's work starts here", DiagnosticIDs::Note);
  noteHandler(Check, Handler);
}

} // namespace clang::tidy::distsys::trace_context
