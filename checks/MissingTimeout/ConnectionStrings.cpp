//===--- ConnectionStrings.cpp - literal connection strings ---------------===//
//
// distsys-missing-timeout's connection-string family: a literal connection string passed to a
// function or constructor (libpq's PQconnectdb, libpqxx's pqxx::connection, a SOCI session on
// PostgreSQL, a redis-plus-plus URI) without the keyword that bounds connecting or waiting
// (connect_timeout, socket_timeout), or a local options object whose function never sets that
// member (redis-plus-plus's ConnectionOptions). The note offers the keyword as an edit. Models:
// "connectionStrings" in rules/distsys-missing-timeout.json.
//
//===----------------------------------------------------------------------===//
#include "MissingTimeoutCheck.h"
#include "MissingTimeoutFamilies.h"
#include "MissingTimeoutModels.h"
#include "utils/ApiNames.h"
#include "utils/Calls.h"
#include "utils/MessageTemplates.h"
#include "utils/ValueWrappers.h"

#include "clang/AST/ExprCXX.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/Lex/Lexer.h"

using namespace clang::ast_matchers;

namespace clang::tidy::distsys {
using namespace missing_timeout;
namespace {

/// The string literal \p E is, through conversions to std::string and temporaries.
const StringLiteral *literalOf(const Expr *E) {
  static const ValueWrappers LiteralWrappers = [] {
    ValueWrappers W;
    W.ExplicitCasts = ValueWrappers::Casts::Functional;
    W.CopyConstructors = false;
    return W;
  }();
  return dyn_cast_or_null<StringLiteral>(stripValueWrappers(E, LiteralWrappers));
}

/// For a local options object \p Var: whether its function assigns the member \p Field (true),
/// or lets it out of sight (passes it by non-const reference or pointer, or takes its address:
/// also true, precision first).
bool optionsMayBound(const VarDecl &Var, llvm::StringRef Field, ASTContext &Context) {
  const auto *Owner = dyn_cast_or_null<FunctionDecl>(Var.getParentFunctionOrMethod());
  if (!Owner || !Owner->getBody())
    return true;
  auto IsVar = declRefExpr(to(varDecl(equalsNode(&Var))));
  auto VarField = ignoringParenImpCasts(
      memberExpr(member(hasName(Field)), hasObjectExpression(ignoringParenImpCasts(IsVar))));
  auto ByReference = parmVarDecl(hasType(referenceType(pointee(unless(isConstQualified())))));
  auto BoundsOrEscapes = expr(
      anyOf(binaryOperator(isAssignmentOperator(), hasLHS(VarField)),
            cxxOperatorCallExpr(isAssignmentOperator(), hasArgument(0, VarField)),
            unaryOperator(hasOperatorName("&"), hasUnaryOperand(ignoringParenImpCasts(IsVar))),
            callExpr(forEachArgumentWithParam(ignoringParenImpCasts(IsVar), ByReference)),
            cxxConstructExpr(forEachArgumentWithParam(ignoringParenImpCasts(IsVar), ByReference))));
  return !match(findAll(BoundsOrEscapes.bind("x")), *Owner->getBody(), Context).empty();
}

} // namespace

void MissingTimeoutCheck::checkConnectionString(const MatchFinder::MatchResult &Result,
                                                const Expr *E) {
  const auto *Call = dyn_cast<CallExpr>(E);
  const auto *Construct = dyn_cast<CXXConstructExpr>(E);
  const FunctionDecl *Callee = Call ? Call->getDirectCallee() : nullptr;
  const CXXConstructorDecl *Ctor = Construct ? Construct->getConstructor() : nullptr;
  if (!Callee && !Ctor)
    return;
  for (const ConnectionStringModel &M : Models->ConnectionStrings) {
    std::string Name;
    const Expr *Arg = nullptr;
    if (Callee && anyNameMatches(*Callee, M.Functions)) {
      Name = Callee->getQualifiedNameAsString();
      if (static_cast<unsigned>(M.Arg) < Call->getNumArgs())
        Arg = Call->getArg(M.Arg);
    } else if (Ctor && anyNameMatches(*Ctor->getParent(), M.ConstructorsOf)) {
      PrintingPolicy Policy(Result.Context->getLangOpts());
      Policy.SuppressTagKeyword = true;
      Name = Construct->getType().getUnqualifiedType().getAsString(Policy);
      if (static_cast<unsigned>(M.Arg) < Construct->getNumArgs())
        Arg = Construct->getArg(M.Arg);
    } else {
      continue;
    }
    if (!Arg || (M.BackendArg >= 0 && !identifiesOneOf(argumentAt(E, M.BackendArg), M.Backends)))
      continue; // another overload or another backend: maybe another model's
    if (!M.OptionsType.empty()) {
      const auto *Ref = dyn_cast<DeclRefExpr>(Arg->IgnoreParenImpCasts());
      const auto *Options = Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
      const auto *Record = Arg->getType()->getAsCXXRecordDecl();
      if (!Record || !nameMatches(*Record, M.OptionsType))
        continue; // a string: maybe another model's
      // Parameters, members and globals may be configured anywhere.
      if (!Options || isa<ParmVarDecl>(Options) || !Options->hasLocalStorage() ||
          optionsMayBound(*Options, M.Keyword, *Result.Context))
        return;
      diag(Ref->getBeginLoc(), "%0")
          << substitute(substitute(M.Message, "{callee}", Name), "{options}", Options->getName());
      diag(Options->getLocation(), "'%0' is declared here", DiagnosticIDs::Note)
          << Options->getName();
      return;
    }
    // A string built at run time, or an empty one (libpq then reads PG* environment variables
    // such as PGCONNECT_TIMEOUT), may well carry a timeout: precision first.
    const StringLiteral *Literal = literalOf(Arg);
    if (!Literal || Literal->getCharByteWidth() != 1)
      return;
    llvm::StringRef Text = Literal->getString();
    if (!M.BackendPrefixes.empty() &&
        llvm::none_of(M.BackendPrefixes, [&](const std::string &P) { return Text.starts_with(P); }))
      continue;
    for (const std::string &Prefix : M.BackendPrefixes)
      Text.consume_front(Prefix);
    if (Text.trim().empty() || Text.contains(M.Keyword))
      return;

    SourceLocation Loc = Literal->getBeginLoc();
    diag(Loc, "%0") << substitute(M.Message, "{callee}", Name);

    // The value of the timeout is a policy decision and a literal overrides PGCONNECT_TIMEOUT:
    // offer the edit on a note, never apply it with --fix.
    if (Literal->getNumConcatenated() != 1 || !Loc.isFileID())
      return;
    const SourceManager &SM = *Result.SourceManager;
    unsigned Length = Lexer::MeasureTokenLength(Loc, SM, Result.Context->getLangOpts());
    llvm::StringRef Token(SM.getCharacterData(Loc), Length);
    if (Length < 2 || !Token.starts_with("\"") || !Token.ends_with("\""))
      return; // raw or prefixed literal: leave it to the author
    std::string Insert;
    bool IsUri =
        llvm::any_of(M.UriSchemes, [&](const std::string &S) { return Text.starts_with(S); });
    std::string Setting = M.Keyword + "=" + (M.FixValue.empty() ? "10" : M.FixValue);
    if (IsUri)
      Insert = (Text.contains('?') ? "&" : "?") + Setting;
    else
      Insert = (Text.ends_with(" ") ? "" : " ") + Setting;
    suggestOnNote(Loc, "add " + M.Keyword + " to the connection string",
                  FixItHint::CreateInsertion(Loc.getLocWithOffset(Length - 1), Insert));
    return;
  }
}

} // namespace clang::tidy::distsys
