//===--- Helpers.cpp - helpers defined in other files, through summaries --===//
//
// A handler often calls out through a project function defined in another file
// (`notifyShipping(order)` in clients.cpp). That file's check summarises each function that,
// called without context, makes an outgoing call carrying none, or calls without context one of
// another file that does; the handler's file reports its call to such a function, under the
// premise that the summaries say so. A function handed the context (a parameter of a context or
// carrier type, or named for it) counts as propagating.
//
//===----------------------------------------------------------------------===//
#include "TraceAnalysis.h"
#include "utils/MessageTemplates.h"

#include "llvm/ADT/DenseSet.h"

namespace clang::tidy::distsys::trace_context {

void Analysis::checkHelpersElsewhere(ClangTidyCheck &Check, const SummarySet *Loaded,
                                     llvm::DenseSet<SourceLocation> &Reported) const {
  if (!Loaded && !activeCollector())
    return; // no summaries: a function defined elsewhere is assumed to propagate
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
  // Up from a function through those that reach it without being handed context (callers, a
  // lambda's enclosing function): each of them, called without context, ends up there.
  auto ForEachReaching = [&](const FunctionDecl *Start, auto &&Visit) {
    llvm::DenseSet<const FunctionDecl *> Seen;
    llvm::SmallVector<std::pair<const FunctionDecl *, unsigned>, 8> Work{{Start, 0}};
    while (!Work.empty()) {
      auto [F, Depth] = Work.pop_back_val();
      F = F->getCanonicalDecl();
      const ParmVarDecl *Param = nullptr;
      if (!Seen.insert(F).second || isHandler(F->getDefinition() ? F->getDefinition() : F, Param) ||
          receivesContext(F))
        continue;
      Visit(F);
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
  };
  llvm::DenseSet<const FunctionDecl *> CallsOut;
  for (const OutgoingSite &Site : Outgoing)
    if (!propagates(Site))
      ForEachReaching(Site.Function, [&](const FunctionDecl *F) { CallsOut.insert(F); });
  // Functions defined elsewhere, called without context: they decide, through their summaries.
  llvm::DenseMap<const FunctionDecl *, std::vector<ParamRef>> Via;
  for (const CallerSite &Site : CallsElsewhere) {
    const FunctionDecl *Helper = Site.Call->getDirectCallee();
    std::string Usr = receivesContext(Helper) ? "" : usrOf(*Helper);
    if (!Usr.empty())
      ForEachReaching(Site.Caller, [&](const FunctionDecl *F) {
        Via[F].push_back({Topic.str(), Usr, ParamRef::WholeFunction});
      });
  }
  auto Summarise = [&](const FunctionDecl *F, ParamFact Fact) {
    const FunctionDecl *Definition = F->getDefinition();
    if (!Definition || LambdaOf.count(F) || !Definition->isExternallyVisible() ||
        !SM.isInMainFile(SM.getExpansionLoc(Definition->getLocation())))
      return;
    std::string Usr = usrOf(*Definition);
    if (!Usr.empty())
      Into.add({Topic.str(), Usr, ParamRef::WholeFunction}, std::move(Fact));
  };
  for (const FunctionDecl *F : CallsOut) {
    ParamFact Fact;
    Fact.CallsOut = true;
    Summarise(F, std::move(Fact));
  }
  for (auto &[F, Helpers] : Via) {
    if (CallsOut.contains(F))
      continue;
    ParamFact Fact;
    Fact.Via = std::move(Helpers);
    Summarise(F, std::move(Fact));
  }
}

} // namespace clang::tidy::distsys::trace_context
