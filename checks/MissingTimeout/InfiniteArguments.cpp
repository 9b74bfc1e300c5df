//===--- InfiniteArguments.cpp - timeout arguments that mean "forever" ----===//
//
// distsys-missing-timeout's infinite-argument family: a call whose timeout argument evaluates to
// a value the library reads as "wait forever" (librdkafka's -1 for flush, poll and consume, C and
// C++ APIs), written or left to its default (Drogon's HttpClient::sendRequest, timeout 0); and
// a configuration field assigned such a value (the AWS SDK's ClientConfiguration::requestTimeoutMs
// = 0) with no other field bounding the same object. Models: "infiniteArguments",
// "infiniteFields" in rules/distsys-missing-timeout.json.
//
//===----------------------------------------------------------------------===//
#include "MissingTimeoutCheck.h"
#include "MissingTimeoutFamilies.h"
#include "MissingTimeoutModels.h"
#include "utils/HandleTracking.h"
#include "utils/MessageTemplates.h"

#include "clang/AST/ExprCXX.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"

#include <cmath>
#include <optional>
#include <sstream>

using namespace clang::ast_matchers;

namespace clang::tidy::distsys {
using namespace missing_timeout;

namespace {

/// The value of \p E, an integer or floating-point constant (a default argument's too).
std::optional<double> constantValue(const Expr *E, const ASTContext &Context) {
  Expr::EvalResult Result;
  if (E->isValueDependent() || !E->EvaluateAsRValue(Result, Context))
    return std::nullopt;
  if (Result.Val.isInt())
    return static_cast<double>(Result.Val.getInt().getExtValue());
  if (!Result.Val.isFloat())
    return std::nullopt;
  llvm::APFloat Value = Result.Val.getFloat();
  bool LosesInfo = false;
  Value.convert(llvm::APFloat::IEEEdouble(), llvm::APFloat::rmNearestTiesToEven, &LosesInfo);
  return Value.convertToDouble();
}

/// \p Value as the source would spell it: `-1`, `0`, `0.5`.
std::string printed(double Value) {
  if (Value == std::trunc(Value))
    return std::to_string(static_cast<int64_t>(Value));
  std::ostringstream Out;
  Out << Value;
  return Out.str();
}

} // namespace

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
    std::optional<double> Timeout = constantValue(Arg, *Result.Context);
    if (!Timeout || !llvm::is_contained(M.InfiniteValues, *Timeout))
      return;
    std::string Name = Callee->getQualifiedNameAsString();
    std::string Value = printed(*Timeout);
    if (!isa<CXXDefaultArgExpr>(Arg)) {
      diag(Arg->getBeginLoc(), "%0")
          << substitute(substitute(M.Message, "{callee}", Name), "{value}", Value);
      return;
    }
    diag(Call->getExprLoc(), "%0")
        << substitute(substitute(M.DefaultMessage, "{callee}", Name), "{value}", Value);
    // The written arguments end before the defaulted one: the fix goes after the last of them.
    offerAppendedArgument(Call, static_cast<unsigned>(Index), M.FixNote, M.FixArgument);
    return;
  }
}

void MissingTimeoutCheck::checkInfiniteField(const MatchFinder::MatchResult &Result,
                                             const BinaryOperator *Assignment) {
  ASTContext &Context = *Result.Context;
  const auto *Target = cast<MemberExpr>(Assignment->getLHS()->IgnoreParenImpCasts());
  const auto *Field = dyn_cast<FieldDecl>(Target->getMemberDecl());
  if (!Field)
    return;
  for (const InfiniteFieldModel &M : Models->InfiniteFields) {
    if (!anyNameMatches(*Field, M.Fields))
      continue;
    std::optional<double> Timeout = constantValue(Assignment->getRHS(), Context);
    if (!Timeout || !llvm::is_contained(M.InfiniteValues, *Timeout))
      return;
    // Another field of the same object given a bounding value in the same function.
    const ValueDecl *Object = handleDecl(Target->getBase());
    const Stmt *Body = enclosingFunctionBody(*Assignment, Context);
    if (!Object || !Body)
      return;
    auto Others = match(
        findAll(
            binaryOperator(
                hasOperatorName("="),
                hasLHS(memberExpr(member(fieldDecl(hasAnyName(refs(M.BoundedBy))))).bind("bound")))
                .bind("assignment")),
        *Body, Context);
    for (const BoundNodes &Node : Others) {
      const auto *Bound = Node.getNodeAs<MemberExpr>("bound");
      std::optional<double> Value =
          constantValue(Node.getNodeAs<BinaryOperator>("assignment")->getRHS(), Context);
      if (handleDecl(Bound->getBase()) == Object &&
          (!Value || !llvm::is_contained(M.InfiniteValues, *Value)))
        return;
    }
    std::string Message = substitute(M.Message, "{field}", Field->getName());
    std::string Written = sourceText(Target, Context);
    Message =
        substitute(Message, "{target}",
                   Written.empty() ? (Object->getName() + "." + Field->getName()).str() : Written);
    Message = substitute(Message, "{object}", Object->getName());
    diag(Assignment->getRHS()->getBeginLoc(), "%0")
        << substitute(Message, "{value}", printed(*Timeout));
    return;
  }
}

} // namespace clang::tidy::distsys
