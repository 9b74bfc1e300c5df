//===--- Analysis.cpp - analysis of distsys-check-then-create -------------===//
//
// The family-independent part of the Analysis: dispatch of a call to its API family's reader, the
// checks a condition depends on (through local variables, assignments, out-parameters and helper
// functions), already-exists handling after the create, and Redis/SQL transactions before it.
//
//===----------------------------------------------------------------------===//
#include "CheckThenCreateAnalysis.h"
#include "utils/ApiNames.h"
#include "utils/Calls.h"
#include "utils/MessageTemplates.h"

#include "clang/AST/ExprCXX.h"
#include "clang/Lex/Lexer.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/ADT/SmallVector.h"
#include <algorithm>

namespace clang::tidy::distsys::check_then_create {

namespace {
// Pre-order, so that Calls are in source order; with a work list, since an expression can be
// tens of thousands of levels deep (a + a + ... with std::string).
void indexBody(const Stmt *Body, BodyIndex &Index) {
  llvm::SmallVector<const Stmt *, 64> Work{Body};
  while (!Work.empty()) {
    const Stmt *S = Work.pop_back_val();
    if (!S)
      continue;
    if (isa<CallExpr, CXXConstructExpr>(S))
      Index.Calls.push_back(cast<Expr>(S));
    if (const auto *Binary = dyn_cast<BinaryOperator>(S); Binary && Binary->isAssignmentOp())
      Index.Assignments.push_back(Binary);
    size_t First = Work.size();
    Work.append(S->child_begin(), S->child_end());
    std::reverse(Work.begin() + First, Work.end());
  }
}

} // namespace

const ParentMap &TranslationUnitState::parentsOf(const Stmt *Body) {
  std::unique_ptr<ParentMap> &Entry = Parents[Body];
  if (!Entry)
    Entry = std::make_unique<ParentMap>(const_cast<Stmt *>(Body));
  return *Entry;
}

const BodyIndex &TranslationUnitState::indexFor(const Stmt *Body) {
  std::unique_ptr<BodyIndex> &Entry = Bodies[Body];
  if (!Entry) {
    Entry = std::make_unique<BodyIndex>();
    indexBody(Body, *Entry);
  }
  return *Entry;
}

std::optional<Operation> Analysis::classify(const Expr *E, bool WantCreate) const {
  const FunctionDecl *Callee = calleeOf(E);
  if (!Callee || (!Callee->getIdentifier() && !isa<CXXConstructorDecl>(Callee) &&
                  !Callee->isOverloadedOperator()))
    return std::nullopt;
  for (unsigned I = 0; I < Models.Families.size(); ++I) {
    const Family &F = Models.Families[I];
    std::optional<Operation> Op;
    switch (F.FamilyKind) {
    case Kind::Calls:
      Op = classifyCall(F, E, *Callee, WantCreate);
      break;
    case Kind::Redis:
      Op = classifyRedis(F, E, *Callee, WantCreate);
      break;
    case Kind::Sql:
      Op = classifySql(F, E, *Callee, WantCreate);
      break;
    case Kind::Convention:
      Op = classifyConvention(F, E, *Callee, WantCreate);
      break;
    }
    if (Op) {
      Op->FamilyIndex = I;
      Op->Call = E;
      return Op;
    }
  }
  return std::nullopt;
}

void Analysis::collectChecks(const Stmt *Root, SourceLocation Before, unsigned Depth,
                             llvm::SmallPtrSetImpl<const VarDecl *> &Seen,
                             std::vector<Operation> &Out) const {
  // Pre-order, with a work list: a condition or an initialiser can be tens of thousands of levels
  // deep (a + a + ... with std::string). Only following a variable recurses, Depth times at most.
  llvm::SmallVector<const Stmt *, 64> Work{Root};
  while (!Work.empty()) {
    const Stmt *S = Work.pop_back_val();
    if (!S)
      continue;
    if (const auto *E = dyn_cast<Expr>(S); E && (isa<CallExpr, CXXConstructExpr>(E))) {
      if (auto Op = classify(E, /*WantCreate=*/false))
        Out.push_back(std::move(*Op));
      else if (auto Last = lastResultCheck(E))
        Out.push_back(std::move(*Last));
      else if (const auto *Call = dyn_cast<CallExpr>(E); Call && Depth > 0)
        helperChecks(Call, Depth - 1, Out);
    }
    if (const auto *Ref = dyn_cast<DeclRefExpr>(S)) {
      const auto *Var = dyn_cast<VarDecl>(Ref->getDecl());
      if (Var && Var->hasLocalStorage() && !isa<ParmVarDecl>(Var) && Depth > 0 &&
          Seen.insert(Var).second) {
        collectChecks(Var->getInit(), Before, Depth - 1, Seen, Out);
        for (const BinaryOperator *Assign : Index.Assignments) {
          if (!refersTo(Assign->getLHS(), Var) || !isBefore(Assign->getBeginLoc(), Before))
            continue;
          collectChecks(Assign->getRHS(), Before, Depth - 1, Seen, Out);
          // A flag set where a check decided (`else if (notFound) found = false;`) carries it.
          for (const Guard &G : guardsOf(Assign))
            collectChecks(G.Condition, Before, Depth - 1, Seen, Out);
        }
        for (const Expr *Call : Index.Calls) {
          if (!isBefore(Call->getBeginLoc(), Before))
            break;
          for (unsigned A = 0, N = callArguments(Call).size(); A < N; ++A) {
            const auto *AddrOf =
                dyn_cast<UnaryOperator>(argumentAt(Call, A)->IgnoreParenImpCasts());
            if (AddrOf && AddrOf->getOpcode() == UO_AddrOf && refersTo(AddrOf->getSubExpr(), Var))
              if (auto Op = classify(Call, /*WantCreate=*/false))
                Out.push_back(std::move(*Op));
          }
          // The cheap test first: this runs for every call before the create.
          if (llvm::any_of(callArguments(Call),
                           [&](const Expr *Arg) { return refersTo(Arg, Var); }) &&
              isResultBinding(Call))
            boundChecks(Call, Out);
        }
      }
    }
    if (isa<LambdaExpr>(S))
      continue;
    size_t First = Work.size();
    Work.append(S->child_begin(), S->child_end());
    std::reverse(Work.begin() + First, Work.end());
  }
}

bool Analysis::handlesExists(const Family &F, const Expr *Call, const Stmt *Body) const {
  if (F.ExistsCodes.empty() && !F.ExistsPattern)
    return false;
  SourceLocation Begin = SM.getExpansionLoc(Call->getBeginLoc());
  SourceLocation End = SM.getExpansionLoc(Body->getEndLoc());
  if (SM.getFileID(Begin) != SM.getFileID(End))
    return false;
  llvm::StringRef Text =
      Lexer::getSourceText(CharSourceRange::getCharRange(Begin, End), SM, Context.getLangOpts());
  auto IsWord = [](char C) { return llvm::isAlnum(C) || C == '_'; };
  for (const std::string &Code : F.ExistsCodes)
    for (size_t Pos = Text.find(Code); Pos != llvm::StringRef::npos;
         Pos = Text.find(Code, Pos + 1)) {
      bool Start = Pos == 0 || !IsWord(Text[Pos - 1]);
      bool Finish = Pos + Code.size() >= Text.size() || !IsWord(Text[Pos + Code.size()]);
      if (Start && Finish)
        return true;
    }
  if (!F.ExistsPattern)
    return false;
  for (size_t Pos = 0; Pos < Text.size();) {
    size_t End = Pos;
    while (End < Text.size() && IsWord(Text[End]))
      ++End;
    if (End > Pos && F.ExistsPattern->match(Text.slice(Pos, End)))
      return true;
    Pos = End + 1;
  }
  return false;
}

bool Analysis::inTransaction(const Family &F, const Expr *Create) const {
  for (const Expr *Call : Index.Calls) {
    if (!isBefore(Call->getBeginLoc(), Create->getBeginLoc()))
      break;
    const FunctionDecl *Callee = calleeOf(Call);
    const CommandFunction *Fn = Callee ? commandFunction(F, *Callee) : nullptr;
    if (!Fn)
      continue;
    if (F.FamilyKind == Kind::Redis) {
      auto Tokens = redisTokens(*Fn, Call);
      if (Tokens && !Tokens->empty())
        if (auto Command = (*Tokens)[0].literal())
          if (llvm::is_contained(F.TransactionCommands, llvm::StringRef(*Command).upper()))
            return true;
    } else if (F.FamilyKind == Kind::Sql) {
      if (auto Sql = stringValue(argumentAt(Call, Fn->FormatArg)))
        if (llvm::any_of(F.LockQueries, [&](const auto &R) { return R->match(*Sql); }))
          return true;
    }
  }
  return false;
}

std::vector<Operation> Analysis::returnedChecks(const FunctionDecl &Definition, const Stmt *Body,
                                                unsigned Depth) const {
  Analysis Helper(Models, Context, Body, State);
  std::vector<Operation> Checks;
  llvm::SmallPtrSet<const VarDecl *, 8> Seen;
  llvm::SmallVector<const Stmt *, 16> Work{Body};
  while (!Work.empty()) {
    const Stmt *S = Work.pop_back_val();
    if (!S || isa<LambdaExpr>(S))
      continue;
    if (const auto *Return = dyn_cast<ReturnStmt>(S))
      Helper.collectChecks(Return->getRetValue(), Body->getEndLoc(), Depth, Seen, Checks);
    for (const Stmt *Child : S->children())
      Work.push_back(Child);
  }
  return Checks;
}

std::optional<std::string> Analysis::keyAtCall(const std::string &Key,
                                               const FunctionDecl &Definition,
                                               const CallExpr &Call) const {
  std::string Mapped = Key;
  for (unsigned I = 0; I < Definition.getNumParams(); ++I) {
    std::string Param = *keyOfDecl(Definition.getParamDecl(I));
    if (Mapped.find(Param) == std::string::npos)
      continue;
    std::optional<std::string> Arg = keyOf(Call.getArg(I), Context);
    if (!Arg)
      return std::nullopt;
    Mapped = substitute(Mapped, Param, *Arg);
  }
  return Mapped;
}

void Analysis::helperChecks(const CallExpr *Call, unsigned Depth,
                            std::vector<Operation> &Out) const {
  const FunctionDecl *Callee = Call->getDirectCallee();
  if (!Callee || Callee->isVariadic() || SM.isInSystemHeader(Callee->getLocation()))
    return;
  const FunctionDecl *Definition = nullptr;
  const Stmt *Body = Callee->getBody(Definition);
  if (!Body) {
    llvm::append_range(Out, externalOperations(*Call, Premise::Needs::Checks));
    return;
  }
  if (!Definition || SM.isInSystemHeader(Definition->getLocation()) ||
      Definition->getNumParams() != Call->getNumArgs())
    return;
  for (Operation &Op : returnedChecks(*Definition, Body, Depth)) {
    std::optional<std::string> Key = Op.Key ? keyAtCall(*Op.Key, *Definition, *Call) : std::nullopt;
    if (!Key)
      continue;
    Op.Key = std::move(Key);
    Op.Found = returnedSense(Body, Op, State.indexFor(Body), Context);
    if (!Op.InnerCheck) {
      Op.InnerCheck = Op.Call;
      Op.InnerName = Op.Name;
    }
    Op.Call = Call;
    Op.Name = Callee->getName().str();
    Out.push_back(std::move(Op));
  }
}

bool Analysis::mayRace(const Operation &Create) const {
  if (Create.Atomic || !Create.Key)
    return false;
  const Family &F = Models.Families[Create.FamilyIndex];
  return !handlesExists(F, Create.Call, Body) && !inTransaction(F, Create.Call);
}

std::optional<Operation> Analysis::guardingCheck(const Operation &Create,
                                                 bool &ReadModifyWrite) const {
  const Expr *Call = Create.Call;
  auto SameResource = [&](const Operation &Check) {
    return Check.FamilyIndex == Create.FamilyIndex && Check.Key == Create.Key &&
           Check.Call != Call && isBefore(Check.Call->getBeginLoc(), Call->getBeginLoc());
  };
  // Checks whose value the create writes back (GET then SET of a value computed from it).
  std::vector<Operation> ValueSources;
  if (Create.ReadModifyWrite) {
    llvm::SmallPtrSet<const VarDecl *, 8> Seen;
    for (const Expr *Value : Create.ValueArgs)
      collectChecks(Value, Call->getBeginLoc(), /*Depth=*/4, Seen, ValueSources);
    llvm::erase_if(ValueSources, [&](const Operation &Check) { return !SameResource(Check); });
  }
  auto FeedsValue = [&](const Operation &Check) {
    return llvm::any_of(ValueSources,
                        [&](const Operation &Source) { return Source.Call == Check.Call; });
  };

  std::optional<Operation> Found;
  for (const Guard &G : guardsOf(Call)) {
    if (Create.OwnershipOnly && !branchDoesMore(G, Call, State.parentsOf(Body)))
      continue;
    std::vector<Operation> Checks;
    llvm::SmallPtrSet<const VarDecl *, 8> Seen;
    collectChecks(G.Condition, Call->getBeginLoc(), /*Depth=*/4, Seen, Checks);
    // The latest check, preferring ones that need no summary of a wrapper elsewhere.
    auto Better = [&](const Operation &Check) {
      if (!Found || Found->Premises.empty() != Check.Premises.empty())
        return !Found || Check.Premises.empty();
      return isBefore(Found->Call->getBeginLoc(), Check.Call->getBeginLoc());
    };
    for (Operation &Check : Checks)
      if (SameResource(Check) && (!Check.ReadsValue || FeedsValue(Check)) && Better(Check) &&
          // Where the check found the resource, the create overwrites or updates it.
          existsWhenGuardHolds(G, Check, Index, Context) != true)
        Found = std::move(Check);
    if (Found)
      return Found;
  }
  if (ValueSources.empty())
    return std::nullopt;
  ReadModifyWrite = true;
  return ValueSources.front();
}

bool Analysis::refersTo(const Expr *E, const VarDecl *Var) {
  const auto *Ref = dyn_cast<DeclRefExpr>(E->IgnoreParenImpCasts());
  return Ref && Ref->getDecl() == Var;
}

const CommandFunction *Analysis::commandFunction(const Family &F,
                                                 const FunctionDecl &Callee) const {
  for (const CommandFunction &Fn : F.CommandFunctions) {
    if (!Fn.Method.empty()) {
      const auto *Method = dyn_cast<CXXMethodDecl>(&Callee);
      if (Method && methodMatches(*Method, Fn.Method, PlainName::GlobalOnly))
        return &Fn;
    } else if (!isa<CXXMethodDecl>(Callee) &&
               nameMatches(Callee, Fn.Function, PlainName::GlobalOnly)) {
      return &Fn;
    }
  }
  return nullptr;
}

} // namespace clang::tidy::distsys::check_then_create
