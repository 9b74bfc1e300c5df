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

/// Whether the resource exists when an expression is true, and when it is false, if known.
struct Sense {
  std::optional<bool> WhenTrue, WhenFalse;
};

Sense flipped(Sense S) { return {S.WhenFalse, S.WhenTrue}; }

/// \p E without parentheses, implicit casts, cleanups and temporaries.
const Expr *bare(const Expr *E) {
  for (const Expr *Last = nullptr; E && E != Last;) {
    Last = E;
    E = E->IgnoreImplicit()->IgnoreParens();
  }
  return E;
}

/// Reads conditions in terms of one check's result.
class SenseReader {
public:
  SenseReader(const Operation &Check, const BodyIndex &Index, const ASTContext &Context)
      : Check(Check), Index(Index), Context(Context) {}

  Sense of(const Expr *E, unsigned Depth = 4) const {
    E = bare(E);
    if (!E)
      return {};
    if (E == Check.Call) {
      switch (Check.Found.How) {
      case ResultSense::Kind::NonZero:
        return {true, false};
      case ResultSense::Kind::Zero:
        return {false, true};
      default:
        return {};
      }
    }
    if (const VarDecl *Var = followable(E))
      return Depth ? of(Var->getInit(), Depth - 1) : Sense{};
    if (const auto *Unary = dyn_cast<UnaryOperator>(E))
      return Unary->getOpcode() == UO_LNot ? flipped(of(Unary->getSubExpr(), Depth)) : Sense{};
    if (const auto *Binary = dyn_cast<BinaryOperator>(E))
      return ofBinary(*Binary, Depth);
    if (const auto *Member = dyn_cast<CXXMemberCallExpr>(E)) {
      // outcome.IsSuccess(): the outcome of the check, directly or through a local variable.
      const CXXMethodDecl *Method = Member->getMethodDecl();
      const Expr *Object = bare(Member->getImplicitObjectArgument());
      if (const VarDecl *Var = followable(Object))
        Object = bare(Var->getInit());
      if (Check.Found.How == ResultSense::Kind::Success && Method && Method->getIdentifier() &&
          Method->getName() == Check.Found.SuccessMethod && Object == Check.Call)
        return {true, false};
    }
    return {};
  }

private:
  Sense ofBinary(const BinaryOperator &Binary, unsigned Depth) const {
    const Expr *LHS = Binary.getLHS(), *RHS = Binary.getRHS();
    if (Binary.isLogicalOp()) {
      bool Left = leadsTo(LHS, Depth), Right = leadsTo(RHS, Depth);
      if (Left == Right)
        return {};
      Sense Side = of(Left ? LHS : RHS, Depth);
      // a && b is true only where both are; a || b is false only where both are.
      return Binary.getOpcode() == BO_LAnd ? Sense{Side.WhenTrue, std::nullopt}
                                           : Sense{std::nullopt, Side.WhenFalse};
    }
    if (!Binary.isComparisonOp())
      return {};
    BinaryOperatorKind Op = Binary.getOpcode();
    std::optional<llvm::APSInt> Constant = constant(RHS);
    if (!Constant && (Op == BO_EQ || Op == BO_NE)) {
      std::swap(LHS, RHS);
      Constant = constant(RHS);
    }
    if (!Constant || !leadsTo(LHS, Depth))
      return {};
    Sense Value = of(LHS, Depth);
    // Results are 0 / non-zero, or 0 / -1 (POSIX) and counts (rows, replies).
    bool Zero = *Constant == 0, MinusOne = *Constant == -1;
    if ((Op == BO_EQ && Zero) || (Op == BO_NE && MinusOne) || (Op == BO_GE && Zero) ||
        (Op == BO_LE && Zero))
      return flipped(Value);
    if ((Op == BO_NE && Zero) || (Op == BO_EQ && MinusOne) || (Op == BO_LT && Zero) ||
        (Op == BO_GT && Zero))
      return Value;
    return {};
  }

  std::optional<llvm::APSInt> constant(const Expr *E) const {
    E = bare(E);
    if (isa<CXXNullPtrLiteralExpr, GNUNullExpr>(E))
      return llvm::APSInt::get(0);
    Expr::EvalResult Result;
    if (E->isValueDependent() || !E->EvaluateAsInt(Result, Context))
      return std::nullopt;
    return Result.Val.getInt();
  }

  /// A local variable with an initialiser that is never assigned.
  const VarDecl *followable(const Expr *E) const {
    const auto *Ref = dyn_cast_or_null<DeclRefExpr>(E);
    const auto *Var = Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
    if (!Var || !Var->hasLocalStorage() || isa<ParmVarDecl>(Var) || !Var->getInit())
      return nullptr;
    for (const BinaryOperator *Assign : Index.Assignments)
      if (const auto *Target = dyn_cast<DeclRefExpr>(Assign->getLHS()->IgnoreParenImpCasts());
          Target && Target->getDecl() == Var)
        return nullptr;
    return Var;
  }

  /// Whether \p E contains the check, directly or through followable variables.
  bool leadsTo(const Expr *E, unsigned Depth) const {
    llvm::SmallVector<const Stmt *, 32> Work{E};
    while (!Work.empty()) {
      const Stmt *S = Work.pop_back_val();
      if (!S)
        continue;
      if (S == Check.Call)
        return true;
      if (const VarDecl *Var = followable(dyn_cast<Expr>(S));
          Var && Depth && leadsTo(Var->getInit(), Depth - 1))
        return true;
      Work.append(S->child_begin(), S->child_end());
    }
    return false;
  }

  const Operation &Check;
  const BodyIndex &Index;
  const ASTContext &Context;
};

} // namespace

std::optional<bool> existsWhenGuardHolds(const Guard &G, const Operation &Check,
                                         const BodyIndex &Index, const ASTContext &Context) {
  Sense S = SenseReader(Check, Index, Context).of(G.Condition);
  return G.WhenTrue ? S.WhenTrue : S.WhenFalse;
}

ResultSense returnedSense(const Stmt *Body, const Operation &Check, const BodyIndex &Index,
                          const ASTContext &Context) {
  std::vector<const ReturnStmt *> Returns;
  llvm::SmallVector<const Stmt *, 32> Work{Body};
  while (!Work.empty()) {
    const Stmt *S = Work.pop_back_val();
    if (!S || isa<LambdaExpr>(S))
      continue;
    if (const auto *Return = dyn_cast<ReturnStmt>(S))
      Returns.push_back(Return);
    Work.append(S->child_begin(), S->child_end());
  }
  ResultSense Out;
  if (Returns.size() != 1)
    return Out;
  Sense S = SenseReader(Check, Index, Context).of(Returns.front()->getRetValue());
  if (S.WhenTrue && S.WhenFalse && *S.WhenTrue != *S.WhenFalse)
    Out.How = *S.WhenTrue ? ResultSense::Kind::NonZero : ResultSense::Kind::Zero;
  return Out;
}

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
        Guards.push_back({If->getCond(), Child, nullptr, Child == If->getThen()});
    } else if (const auto *Conditional = dyn_cast<ConditionalOperator>(Parent)) {
      if (Child != Conditional->getCond())
        Guards.push_back(
            {Conditional->getCond(), Child, nullptr, Child == Conditional->getTrueExpr()});
    } else if (const auto *While = dyn_cast<WhileStmt>(Parent)) {
      if (Child == While->getBody())
        Guards.push_back({While->getCond(), Child});
    } else if (const auto *For = dyn_cast<ForStmt>(Parent)) {
      if (Child == For->getBody() && For->getCond())
        Guards.push_back({For->getCond(), Child});
    } else if (const auto *Binary = dyn_cast<BinaryOperator>(Parent)) {
      if (Binary->isLogicalOp() && Child == Binary->getRHS())
        Guards.push_back({Binary->getLHS(), Child, nullptr, Binary->getOpcode() == BO_LAnd});
    } else if (const auto *Compound = dyn_cast<CompoundStmt>(Parent)) {
      for (const Stmt *Sibling : Compound->body()) {
        if (Sibling == Child)
          break;
        // if (a) return; else if (b) return; ...: what follows runs only where each condition
        // of the chain is false, as long as every branch before it exits.
        for (const auto *If = dyn_cast<IfStmt>(Sibling); If && isExit(If->getThen());
             If = dyn_cast_or_null<IfStmt>(If->getElse()))
          Guards.push_back({If->getCond(), Child, Compound, /*WhenTrue=*/false});
      }
    }
    Child = Parent;
  }
  return Guards;
}

} // namespace clang::tidy::distsys::check_then_create
