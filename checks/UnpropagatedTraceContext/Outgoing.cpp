//===--- Outgoing.cpp - outgoing calls of distsys-unpropagated-trace-context -===//
//
// Which calls leave the process (the outgoing-call models), the indexer that records them with
// the call edges and lambda nesting of every function body, and how an outgoing call's function
// is reached from a handler: directly, from a lambda inside one, or through helpers that are not
// handed any context.
//
//===----------------------------------------------------------------------===//
#include "TraceAnalysis.h"
#include "utils/ApiNames.h"

#include "clang/AST/RecursiveASTVisitor.h"
#include "llvm/ADT/STLExtras.h"

namespace clang::tidy::distsys::trace_context {
namespace {

class BodyIndexer : public RecursiveASTVisitor<BodyIndexer> {
public:
  BodyIndexer(Analysis &A, const FunctionDecl *F) : A(A) { Stack.push_back(F); }
  bool shouldVisitTemplateInstantiations() const { return false; }

  bool TraverseLambdaExpr(LambdaExpr *Lambda) {
    const FunctionDecl *Op = Lambda->getCallOperator()->getCanonicalDecl();
    A.LexicalParent[Op] = Stack.back();
    A.LambdaOf[Op] = Lambda;
    for (Expr *Init : Lambda->capture_inits())
      if (Init)
        TraverseStmt(Init);
    Stack.push_back(Op);
    TraverseStmt(Lambda->getBody());
    Stack.pop_back();
    return true;
  }

  bool VisitCallExpr(CallExpr *Call) {
    if (const OutgoingCallModel *Model = A.outgoingModel(Call)) {
      A.Outgoing.push_back({Call, Stack.back(), Model});
      return true;
    }
    const FunctionDecl *Callee = Call->getDirectCallee();
    const FunctionDecl *Def = nullptr;
    if (Callee && Callee->hasBody(Def) && !inSystemHeader(Def, A.SM))
      A.Callers[Def->getCanonicalDecl()].push_back({Stack.back(), Call});
    else if (Callee && !Def && Callee->getIdentifier() && !inSystemHeader(Callee, A.SM) &&
             !isa<CXXOperatorCallExpr>(Call) && !A.isPropagationCall(Callee))
      A.CallsElsewhere.push_back({Stack.back(), Call});
    return true;
  }

private:
  Analysis &A;
  std::vector<const FunctionDecl *> Stack;
};

} // namespace

const OutgoingCallModel *Analysis::outgoingModel(const CallExpr *Call) const {
  if (isa<CXXOperatorCallExpr>(Call))
    return nullptr;
  const FunctionDecl *Callee = Call->getDirectCallee();
  if (!Callee)
    return nullptr;
  for (const OutgoingCallModel &M : Models.OutgoingCalls) {
    auto HasCarrierArg = [&] {
      return llvm::any_of(Call->arguments(), [&](const Expr *Arg) {
        return llvm::any_of(M.CarrierTypes, [&](const std::string &T) {
          return typeMatches(Arg->IgnoreParenImpCasts()->getType(), T);
        });
      });
    };
    if (!M.Function.empty()) {
      if (nameMatches(*Callee, M.Function) && (!M.RequireCarrierType || HasCarrierArg()))
        return &M;
      continue;
    }
    const auto *Method = dyn_cast<CXXMethodDecl>(Callee);
    if (!Method || !Method->getDeclName().isIdentifier())
      continue;
    if (!M.MethodOfClass->match("::" + Method->getParent()->getQualifiedNameAsString()))
      continue;
    if (!M.Methods.empty() && !llvm::is_contained(M.Methods, Method->getName()))
      continue;
    if (M.RequireCarrierType && !HasCarrierArg())
      continue;
    if (!M.FirstParamType.empty() &&
        (Method->getNumParams() == 0 ||
         !typeMatches(Method->getParamDecl(0)->getType(), M.FirstParamType)))
      continue;
    return &M;
  }
  return nullptr;
}

void Analysis::index(const FunctionDecl *F) {
  BodyIndexer(*this, F->getCanonicalDecl()).TraverseStmt(F->getBody());
}

bool Analysis::receivesContext(const FunctionDecl *F) const {
  for (const ParmVarDecl *P : F->parameters()) {
    for (const std::string &Type : Models.ContextParams)
      if (typeMatches(P->getType(), Type))
        return true;
    QualType T = P->getType().getNonReferenceType();
    if (T->isPointerType())
      T = T->getPointeeType();
    if (derivesFrom(T->getAsCXXRecordDecl(), Models.CarrierBases))
      return true;
    if (Models.ContextParamNames && P->getIdentifier() &&
        Models.ContextParamNames->match(P->getName()))
      return true;
  }
  return false;
}

std::optional<Reach> Analysis::reach(const FunctionDecl *F, unsigned Depth,
                                     llvm::SmallPtrSetImpl<const FunctionDecl *> &Seen) const {
  F = F->getCanonicalDecl();
  if (!Seen.insert(F).second)
    return std::nullopt;
  const ParmVarDecl *Param = nullptr;
  if (isHandler(F->getDefinition() ? F->getDefinition() : F, Param))
    return Reach{F, nullptr};
  if (receivesContext(F))
    return std::nullopt;
  if (auto Parent = LexicalParent.find(F); Parent != LexicalParent.end())
    return reach(Parent->second, Depth, Seen);
  if (Depth >= MaxCallerDepth)
    return std::nullopt;
  auto Sites = Callers.find(F);
  if (Sites == Callers.end())
    return std::nullopt;
  for (const CallerSite &Site : Sites->second) {
    if (std::optional<Reach> R = reach(Site.Caller, Depth + 1, Seen)) {
      if (!R->LostAt)
        R->LostAt = Site.Call;
      return R;
    }
  }
  return std::nullopt;
}

} // namespace clang::tidy::distsys::trace_context
