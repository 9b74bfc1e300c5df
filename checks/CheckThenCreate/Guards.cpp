//===--- Guards.cpp - guards of a create in distsys-check-then-create -----===//
//
// The conditions a create runs under: enclosing if/?:/while/for conditions, the left side of
// && and ||, and earlier early-return ifs of the same block; and whether the guarded code does
// more than create the resource (for creates that only matter when the branch goes on).
//
//===----------------------------------------------------------------------===//
#include "CheckThenCreateAnalysis.h"

#include "clang/AST/ExprCXX.h"
#include "clang/AST/ParentMap.h"
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

bool branchDoesMore(const Guard &G, const Expr *Call, const ParentMap &Parents) {
  // The statement directly inside a block that contains the call.
  const Stmt *Full = Call;
  for (const Stmt *Parent = Parents.getParent(Full); !isa_and_nonnull<CompoundStmt>(Parent);
       Parent = Parents.getParent(Full)) {
    if (!Parent || isa<LambdaExpr, BlockExpr>(Parent)) {
      Full = nullptr;
      break;
    }
    Full = Parent;
  }
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

std::vector<Guard> guardsOf(const Expr *Call, const ParentMap &Parents) {
  std::vector<Guard> Guards;
  const Stmt *Child = Call;
  for (unsigned Depth = 0; Depth < 128; ++Depth) {
    const Stmt *Parent = Parents.getParent(Child);
    if (!Parent || isa<LambdaExpr, BlockExpr>(Parent))
      break;
    if (const auto *If = dyn_cast<IfStmt>(Parent)) {
      if (Child == If->getThen() || Child == If->getElse())
        Guards.push_back({If->getCond(), Child});
    } else if (const auto *Conditional = dyn_cast<ConditionalOperator>(Parent)) {
      if (Child != Conditional->getCond())
        Guards.push_back({Conditional->getCond(), Child});
    } else if (const auto *While = dyn_cast<WhileStmt>(Parent)) {
      if (Child == While->getBody())
        Guards.push_back({While->getCond(), Child});
    } else if (const auto *For = dyn_cast<ForStmt>(Parent)) {
      if (Child == For->getBody() && For->getCond())
        Guards.push_back({For->getCond(), Child});
    } else if (const auto *Binary = dyn_cast<BinaryOperator>(Parent)) {
      if (Binary->isLogicalOp() && Child == Binary->getRHS())
        Guards.push_back({Binary->getLHS(), Child});
    } else if (const auto *Compound = dyn_cast<CompoundStmt>(Parent)) {
      for (const Stmt *Sibling : Compound->body()) {
        if (Sibling == Child)
          break;
        const auto *If = dyn_cast<IfStmt>(Sibling);
        if (If && isExit(If->getThen()) && !If->getElse())
          Guards.push_back({If->getCond(), Child, Compound});
      }
    }
    Child = Parent;
  }
  return Guards;
}

} // namespace clang::tidy::distsys::check_then_create
