//===--- OptionArguments.cpp - requests configured by their arguments -----===//
//
// distsys-missing-timeout's option-argument family: a call whose options are its arguments, told
// apart by their types (cpr's `cpr::Get(cpr::Url{...}, cpr::Header{...}, cpr::Timeout{...})`),
// made with no argument of a bounding type, or with one constructed from a value that means "no
// timeout" (cpr::Timeout{0}). Models: "optionArguments" in rules/distsys-missing-timeout.json.
//
//===----------------------------------------------------------------------===//
#include "MissingTimeoutCheck.h"
#include "MissingTimeoutFamilies.h"
#include "MissingTimeoutModels.h"
#include "utils/MessageTemplates.h"

#include "clang/AST/ExprCXX.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"

#include <optional>

using namespace clang::ast_matchers;

namespace clang::tidy::distsys {
using namespace missing_timeout;

void MissingTimeoutCheck::checkOptionArguments(const MatchFinder::MatchResult &Result,
                                               const CallExpr *Call) {
  const FunctionDecl *Callee = Call->getDirectCallee();
  if (!Callee)
    return;
  for (const OptionArgumentModel &M : Models->OptionArguments) {
    if (!anyNameMatches(*Callee, M.Functions))
      continue;
    std::string Name = Callee->getQualifiedNameAsString();
    for (const Expr *Arg : Call->arguments()) {
      if (!isOfExactClass(Arg, M.BoundingTypes))
        continue;
      if (std::optional<int64_t> Value = constructedFrom(Arg, *Result.Context);
          Value && llvm::is_contained(M.UnboundedValues, *Value))
        diag(Arg->getBeginLoc(), "%0") << substitute(
            substitute(M.UnboundedMessage, "{callee}", Name), "{value}", std::to_string(*Value));
      return;
    }
    diag(Call->getBeginLoc(), "%0") << substitute(M.Message, "{callee}", Name);
    offerAppendedArgument(Call, Call->getNumArgs(), M.FixNote, M.FixArgument);
    return;
  }
}

} // namespace clang::tidy::distsys
