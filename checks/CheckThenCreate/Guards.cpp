//===--- Guards.cpp - guards of a create in distsys-check-then-create -----===//
//
// The conditions a create runs under: enclosing if/?:/while/for conditions, the left side of
// && and ||, and earlier early-return ifs of the same block; and whether the guarded code does
// more than create the resource (for creates that only matter when the branch goes on).
//
//===----------------------------------------------------------------------===//
#include "CheckThenCreateAnalysis.h"
#include "utils/HandleTracking.h"

#include "clang/AST/ExprCXX.h"
#include "clang/AST/ParentMapContext.h"
#include "clang/AST/StmtCXX.h"

namespace clang::tidy::distsys::check_then_create {
namespace {

bool isExit(const Stmt *S) {
  if (!S)
    return false;
  if (isa<ReturnStmt, BreakStmt, ContinueStmt, GotoStmt, CXXThrowExpr>(S))
    return true;
  if (const auto *Cleanups = dyn_cast<ExprWithCleanups>(S))
    return isExit(Cleanups->getSubExpr());
  if (const auto *Compound = dyn_cast<CompoundStmt>(S))
    return !Compound->body_empty() && isExit(Compound->body_back());
  if (const auto *If = dyn_cast<IfStmt>(S))
    return isExit(If->getThen()) && isExit(If->getElse());
  if (const auto *Call = dyn_cast<CallExpr>(S))
    if (const FunctionDecl *Callee = Call->getDirectCallee())
      return Callee->isNoReturn();
  return false;
}

bool isDiscardedCall(const Stmt *S, const Expr *Call) {
  if (const auto *E = dyn_cast_or_null<Expr>(S)) {
    E = E->IgnoreParenImpCasts();
    if (const auto *Cleanups = dyn_cast<ExprWithCleanups>(E))
      E = Cleanups->getSubExpr()->IgnoreParenImpCasts();
    if (const auto *Cast = dyn_cast<CStyleCastExpr>(E); Cast && Cast->getType()->isVoidType())
      E = Cast->getSubExpr()->IgnoreParenImpCasts();
    return E == Call;
  }
  return false;
}

} // namespace

bool branchDoesMore(const Guard &G, const Expr *Call, ASTContext &Context) {
  const Stmt *Full = enclosingFullStatement(*Call, Context);
  if (G.Rest) {
    auto Body = G.Rest->body();
    const auto *It = llvm::find(Body, Full);
    return It == Body.end() || std::next(It) != Body.end() || !isDiscardedCall(Full, Call);
  }
  const Stmt *Branch = G.Branch;
  if (const auto *Compound = dyn_cast_or_null<CompoundStmt>(Branch)) {
    if (Compound->size() != 1)
      return true;
    Branch = Compound->body_front();
  }
  return !isDiscardedCall(Branch, Call);
}

std::vector<Guard> guardsOf(const Expr *Call, ASTContext &Context) {
  std::vector<Guard> Guards;
  DynTypedNode Child = DynTypedNode::create(*Call);
  for (unsigned Depth = 0; Depth < 128; ++Depth) {
    DynTypedNodeList Parents = Context.getParents(Child);
    if (Parents.empty())
      break;
    const DynTypedNode &Parent = Parents[0];
    if (Parent.get<FunctionDecl>() || Parent.get<LambdaExpr>() || Parent.get<BlockDecl>())
      break;
    const Stmt *ChildStmt = Child.get<Stmt>();
    if (const auto *If = Parent.get<IfStmt>()) {
      if (ChildStmt && (ChildStmt == If->getThen() || ChildStmt == If->getElse()))
        Guards.push_back({If->getCond(), ChildStmt});
    } else if (const auto *Conditional = Parent.get<ConditionalOperator>()) {
      if (ChildStmt && ChildStmt != Conditional->getCond())
        Guards.push_back({Conditional->getCond(), ChildStmt});
    } else if (const auto *While = Parent.get<WhileStmt>()) {
      if (ChildStmt == While->getBody())
        Guards.push_back({While->getCond(), ChildStmt});
    } else if (const auto *For = Parent.get<ForStmt>()) {
      if (ChildStmt == For->getBody() && For->getCond())
        Guards.push_back({For->getCond(), ChildStmt});
    } else if (const auto *Binary = Parent.get<BinaryOperator>()) {
      if (Binary->isLogicalOp() && ChildStmt == Binary->getRHS())
        Guards.push_back({Binary->getLHS(), ChildStmt});
    } else if (const auto *Compound = Parent.get<CompoundStmt>()) {
      for (const Stmt *Sibling : Compound->body()) {
        if (Sibling == ChildStmt)
          break;
        const auto *If = dyn_cast<IfStmt>(Sibling);
        if (If && isExit(If->getThen()) && !If->getElse())
          Guards.push_back({If->getCond(), ChildStmt, Compound});
      }
    }
    Child = Parent;
  }
  return Guards;
}

} // namespace clang::tidy::distsys::check_then_create
