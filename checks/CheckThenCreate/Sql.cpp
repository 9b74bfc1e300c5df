//===--- Sql.cpp - SQL statements in distsys-check-then-create ------------===//
//
// The SQL family: the statement text a command function runs, matched against the family's
// check and create queries; the table it names is the resource, and an atomic form (ON CONFLICT,
// INSERT OR IGNORE, ON DUPLICATE KEY) makes the create safe.
//
//===----------------------------------------------------------------------===//
#include "CheckThenCreateAnalysis.h"
#include "utils/Calls.h"
#include "utils/MessageTemplates.h"

namespace clang::tidy::distsys::check_then_create {

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

} // namespace clang::tidy::distsys::check_then_create
