//===--- Helpers.cpp - helpers defined in other files, through summaries --===//
//
// A handler often calls out through a project function defined in another file
// (`notifyShipping(order)` in clients.cpp). That file's check summarises each function that,
// called without context, makes an outgoing call carrying none; the handler's file reports its
// call to such a function, under the premise that the summary says so. A function handed the
// context (a parameter of a context or carrier type, or named for it) counts as propagating.
//
//===----------------------------------------------------------------------===//
#include "TraceAnalysis.h"
#include "utils/MessageTemplates.h"

#include "llvm/ADT/DenseSet.h"

namespace clang::tidy::distsys::trace_context {

void Analysis::checkHelpersElsewhere(ClangTidyCheck &Check, const SummarySet *Loaded,
                                     llvm::DenseSet<SourceLocation> &Reported) const {
  for (const CallerSite &Site : CallsElsewhere) {
    const FunctionDecl *Helper = Site.Call->getDirectCallee();
    if (receivesContext(Helper))
      continue;
    llvm::SmallPtrSet<const FunctionDecl *, 8> Seen;
    std::optional<Reach> R = reach(Site.Caller, 0, Seen);
    std::string Usr = R ? usrOf(*Helper) : "";
    std::vector<Premise> Condition;
    if (Usr.empty() ||
        !mayHold({{Topic.str(), Usr, ParamRef::WholeFunction}, Premise::Needs::CallsOut}, Loaded,
                 Condition))
      continue;
    SourceLocation Loc = Site.Call->getExprLoc();
    if (Loc.isInvalid() || !Reported.insert(Loc).second)
      continue;
    ConditionalFinding Conditional(std::move(Condition));
    const FunctionDecl *Handler =
        R->Handler->getDefinition() ? R->Handler->getDefinition() : R->Handler;
    std::string Name = handlerName(Handler);
    std::string Message = substitute(Models.HelperMessage, "{handler}", Name);
    Check.diag(Loc, "%0") << substitute(Message, "{helper}", displayName(*Helper, SM));
    if (R->LostAt) {
      const FunctionDecl *Via = R->LostAt->getDirectCallee();
      Check.diag(R->LostAt->getExprLoc(),
                 "'%0' calls '%1' here without passing the request's trace context",
                 DiagnosticIDs::Note)
          << Name << (Via ? displayName(*Via, SM) : std::string("helper"));
    }
    noteHandler(Check, Handler);
  }
}

void Analysis::summarise(SummarySet &Into) const {
  // From each outgoing call that carries no context, up through the functions that reach it
  // without being handed context: each of them calls out without context when called so.
  llvm::DenseSet<const FunctionDecl *> CallsOut;
  for (const OutgoingSite &Site : Outgoing) {
    if (propagates(Site))
      continue;
    llvm::SmallVector<std::pair<const FunctionDecl *, unsigned>, 8> Work{{Site.Function, 0}};
    while (!Work.empty()) {
      auto [F, Depth] = Work.pop_back_val();
      F = F->getCanonicalDecl();
      const ParmVarDecl *Param = nullptr;
      if (CallsOut.contains(F) || isHandler(F->getDefinition() ? F->getDefinition() : F, Param) ||
          receivesContext(F))
        continue;
      CallsOut.insert(F);
      if (auto Parent = LexicalParent.find(F); Parent != LexicalParent.end()) {
        Work.push_back({Parent->second, Depth});
        continue;
      }
      if (Depth >= MaxCallerDepth)
        continue;
      if (auto Sites = Callers.find(F); Sites != Callers.end())
        for (const CallerSite &Caller : Sites->second)
          Work.push_back({Caller.Caller, Depth + 1});
    }
  }
  for (const FunctionDecl *F : CallsOut) {
    const FunctionDecl *Definition = F->getDefinition();
    if (!Definition || LambdaOf.count(F) || !Definition->isExternallyVisible() ||
        !SM.isInMainFile(SM.getExpansionLoc(Definition->getLocation())))
      continue;
    std::string Usr = usrOf(*Definition);
    if (Usr.empty())
      continue;
    ParamFact Fact;
    Fact.CallsOut = true;
    Into.add({Topic.str(), Usr, ParamRef::WholeFunction}, std::move(Fact));
  }
}

} // namespace clang::tidy::distsys::trace_context
