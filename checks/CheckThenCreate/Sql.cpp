//===--- Sql.cpp - SQL statements in distsys-check-then-create ------------===//
//
// The SQL family: the statement text a command function runs, matched against the family's
// check and create queries; the table it names is the resource, and an atomic form (ON CONFLICT,
// INSERT OR IGNORE, ON DUPLICATE KEY) makes the create safe. A statement's result reaches the
// condition as the value the statement returns, or through a result binding of its full expression
// (SOCI's into()) or a session's "last statement found a row" method (SOCI's got_data()).
//
//===----------------------------------------------------------------------===//
#include "CheckThenCreateAnalysis.h"
#include "utils/ApiNames.h"
#include "utils/Calls.h"
#include "utils/MessageTemplates.h"

#include "clang/AST/ExprCXX.h"

namespace clang::tidy::distsys::check_then_create {
namespace {

/// The object a method call is made on, also for a member operator (`sql << "..."`).
const Expr *objectOf(const Expr *Call) {
  if (const auto *Member = dyn_cast<CXXMemberCallExpr>(Call))
    return Member->getImplicitObjectArgument();
  if (const auto *Operator = dyn_cast<CXXOperatorCallExpr>(Call))
    if (isa_and_nonnull<CXXMethodDecl>(Operator->getDirectCallee()) && Operator->getNumArgs() > 0)
      return Operator->getArg(0);
  return nullptr;
}

} // namespace

std::optional<Operation> Analysis::classifySql(const Family &F, const Expr *E,
                                               const FunctionDecl &Callee, bool WantCreate) const {
  const CommandFunction *Fn = commandFunction(F, Callee);
  if (!Fn)
    return std::nullopt;
  auto Sql = stringValue(argumentAt(E, Fn->FormatArg));
  if (!Sql)
    return std::nullopt;
  llvm::SmallVector<llvm::StringRef, 2> Groups;
  const auto &Pattern = WantCreate ? F.CreateQuery : F.CheckQuery;
  if (!Pattern->match(*Sql, &Groups) || Groups.size() < 2)
    return std::nullopt;
  std::string Table = Groups[1].str();
  Operation Op;
  Op.Name = substitute(WantCreate ? F.CreateName : F.CheckName, "{table}", Table);
  Op.Key = "table:" + llvm::StringRef(Table).lower();
  Op.Resource = F.Resource;
  Op.Safe = F.Safe;
  if (WantCreate)
    Op.Atomic = llvm::any_of(F.AtomicQueries, [&](const auto &R) { return R->match(*Sql); });
  return Op;
}

bool Analysis::isResultBinding(const Expr *Call) const {
  const FunctionDecl *Callee = calleeOf(Call);
  if (!Callee || !Callee->getIdentifier())
    return false;
  return llvm::any_of(Models.Families, [&](const Family &F) {
    return llvm::any_of(F.ResultBindings,
                        [&](const std::string &Name) { return nameMatches(*Callee, Name); });
  });
}

void Analysis::boundChecks(const Expr *Binding, std::vector<Operation> &Out) const {
  const ParentMap &Parents = State.parentsOf(Body);
  const Stmt *Full = Binding;
  while (const Stmt *Parent = Parents.getParent(Full)) {
    if (!isa<Expr>(Parent))
      break;
    Full = Parent;
  }
  for (const Expr *Call : callsIn(Full))
    if (auto Op = classify(Call, /*WantCreate=*/false))
      Out.push_back(std::move(*Op));
}

std::optional<Operation> Analysis::lastResultCheck(const Expr *E) const {
  const auto *Member = dyn_cast<CXXMemberCallExpr>(E);
  const CXXMethodDecl *Method = Member ? Member->getMethodDecl() : nullptr;
  if (!Method || !Method->getIdentifier())
    return std::nullopt;
  for (unsigned I = 0; I < Models.Families.size(); ++I) {
    const Family &F = Models.Families[I];
    if (llvm::none_of(F.LastResultMethods, [&](const std::string &Name) {
          return methodMatches(*Method, Name, PlainName::GlobalOnly);
        }))
      continue;
    std::optional<std::string> Session = keyOf(Member->getImplicitObjectArgument(), Context);
    if (!Session)
      return std::nullopt;
    // The statement on the session itself or on one of its members (`sql.once << ...`).
    auto OnSession = [&](const Expr *Object) {
      if (keyOf(Object, Context) == Session)
        return true;
      const auto *Field = dyn_cast<MemberExpr>(Object->IgnoreParenImpCasts());
      return Field && keyOf(Field->getBase(), Context) == Session;
    };
    std::optional<Operation> Last;
    for (const Expr *Call : Index.Calls) {
      if (!isBefore(Call->getBeginLoc(), E->getBeginLoc()))
        break;
      const FunctionDecl *Callee = calleeOf(Call);
      const Expr *Object = objectOf(Call);
      if (Callee && Object && commandFunction(F, *Callee) && OnSession(Object)) {
        Last = classifySql(F, Call, *Callee, /*WantCreate=*/false);
        if (Last)
          Last->Call = Call;
      }
    }
    if (!Last)
      return std::nullopt;
    Last->FamilyIndex = I;
    Last->InnerCheck = Last->Call;
    Last->InnerName = Last->Name;
    Last->Call = E;
    Last->Name = Method->getName().str();
    Last->Found.How = ResultSense::Kind::NonZero;
    return Last;
  }
  return std::nullopt;
}

} // namespace clang::tidy::distsys::check_then_create
