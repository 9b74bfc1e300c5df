//===--- InfiniteArguments.cpp - timeout arguments that mean "forever" ----===//
//
// distsys-missing-timeout's infinite-argument family: a call whose timeout argument evaluates to
// a value the library reads as "wait forever" (librdkafka's -1 for flush, poll and consume, C and
// C++ APIs). Models: "infiniteArguments" in rules/distsys-missing-timeout.json.
//
//===----------------------------------------------------------------------===//
#include "MissingTimeoutCheck.h"
#include "MissingTimeoutFamilies.h"
#include "MissingTimeoutModels.h"
#include "utils/MessageTemplates.h"

#include "clang/ASTMatchers/ASTMatchFinder.h"

using namespace clang::ast_matchers;

namespace clang::tidy::distsys {
using namespace missing_timeout;

void MissingTimeoutCheck::checkInfiniteArgument(const MatchFinder::MatchResult &Result,
                                                const CallExpr *Call) {
  const FunctionDecl *Callee = Call->getDirectCallee();
  if (!Callee)
    return;
  for (const InfiniteArgumentModel &M : Models->InfiniteArguments) {
    if (!anyNameMatches(*Callee, M.Functions))
      continue;
    int Index = M.Arg;
    for (unsigned I = 0; I < Callee->getNumParams(); ++I)
      if (!M.Param.empty() && Callee->getParamDecl(I)->getName() == M.Param)
        Index = static_cast<int>(I);
    if (Index < 0 || static_cast<unsigned>(Index) >= Call->getNumArgs())
      return;
    const Expr *Arg = Call->getArg(Index);
    Expr::EvalResult Value;
    if (Arg->isValueDependent() || !Arg->EvaluateAsInt(Value, *Result.Context))
      return;
    int64_t Timeout = Value.Val.getInt().getExtValue();
    if (!llvm::is_contained(M.InfiniteValues, Timeout))
      return;
    std::string Message = substitute(M.Message, "{callee}", Callee->getQualifiedNameAsString());
    diag(Arg->getBeginLoc(), "%0") << substitute(Message, "{value}", std::to_string(Timeout));
    return;
  }
}

} // namespace clang::tidy::distsys
