//===--- MissingTimeoutFamilies.cpp - helpers shared by the API families --===//
//
// The AST helpers several API families of distsys-missing-timeout use (declared in
// MissingTimeoutFamilies.h), MissingTimeoutCheck::offerAppendedArgument (the suggested timeout
// argument of two families), and MissingTimeoutCheck::memberHasCall, which both the unbounded
// operations and the expiring streams ask whether some method of a class arms a member.
//
//===----------------------------------------------------------------------===//
#include "MissingTimeoutFamilies.h"
#include "MissingTimeoutCheck.h"
#include "utils/ApiNames.h"

#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ExprCXX.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/Lex/Lexer.h"

using namespace clang::ast_matchers;

namespace clang::tidy::distsys {
namespace missing_timeout {

std::vector<llvm::StringRef> refs(const std::vector<std::string> &Names) {
  return {Names.begin(), Names.end()};
}

bool anyNameMatches(const NamedDecl &D, const std::vector<std::string> &Names) {
  return llvm::any_of(Names, [&](const std::string &N) { return nameMatches(D, N); });
}

std::string lineIndent(SourceLocation Loc, const SourceManager &SM) {
  std::pair<FileID, unsigned> Decomposed = SM.getDecomposedLoc(Loc);
  llvm::StringRef Buffer = SM.getBufferData(Decomposed.first);
  unsigned Column = SM.getColumnNumber(Decomposed.first, Decomposed.second);
  llvm::StringRef Line = Buffer.substr(Decomposed.second - (Column - 1), Column - 1);
  return Line.take_while([](char C) { return C == ' ' || C == '\t'; }).str();
}

const CXXRecordDecl *recordOf(const Expr *E) {
  // The object itself, not the base class an inherited method's implicit cast converts it to.
  QualType T = E->IgnoreParenImpCasts()->getType().getNonReferenceType();
  if (T->isPointerType())
    T = T->getPointeeType();
  return T->getAsCXXRecordDecl();
}

bool isOfExactClass(const Expr *E, const std::vector<std::string> &Names) {
  const CXXRecordDecl *Record = recordOf(E);
  return Record && anyNameMatches(*Record, Names);
}

std::optional<int64_t> constructedFrom(const Expr *E, const ASTContext &Context) {
  for (unsigned Depth = 0; E && Depth < 4; ++Depth) {
    E = E->IgnoreImplicit();
    if (const auto *Cast = dyn_cast<CXXFunctionalCastExpr>(E))
      E = Cast->getSubExpr()->IgnoreImplicit();
    const auto *Construct = dyn_cast<CXXConstructExpr>(E);
    if (!Construct || Construct->getNumArgs() != 1)
      return std::nullopt;
    const Expr *Value = Construct->getArg(0)->IgnoreImplicit();
    Expr::EvalResult Result;
    if (!Value->isValueDependent() && Value->getType()->isIntegerType() &&
        Value->EvaluateAsInt(Result, Context))
      return Result.Val.getInt().getExtValue();
    E = Value; // an object constructed from one: a duration inside a timeout
  }
  return std::nullopt;
}

std::string sourceText(const Expr *E, const ASTContext &Context) {
  CharSourceRange Range = CharSourceRange::getTokenRange(E->getSourceRange());
  if (!E->getBeginLoc().isFileID() || !E->getEndLoc().isFileID())
    return "";
  return Lexer::getSourceText(Range, Context.getSourceManager(), Context.getLangOpts()).str();
}

std::string calleeName(const CallExpr *Call, const CXXRecordDecl *Record) {
  const FunctionDecl *Callee = Call->getDirectCallee();
  if (isa<CXXMemberCallExpr>(Call) && Record)
    return Record->getQualifiedNameAsString() + "::" + Callee->getName().str();
  return Callee->getQualifiedNameAsString();
}

bool calledBefore(const ValueDecl *Object, const std::vector<std::string> &Methods,
                  const Stmt *Body, SourceLocation Before, ASTContext &Context,
                  llvm::function_ref<const ValueDecl *(const Expr *)> DeclOf) {
  if (!Object || !Body || Methods.empty())
    return false;
  auto Calls =
      match(findAll(cxxMemberCallExpr(callee(cxxMethodDecl(hasAnyName(refs(Methods))))).bind("c")),
            *Body, Context);
  const SourceManager &SM = Context.getSourceManager();
  for (const BoundNodes &Node : Calls) {
    const auto *C = Node.getNodeAs<CXXMemberCallExpr>("c");
    if (DeclOf(C->getImplicitObjectArgument()) != Object)
      continue;
    if (Before.isInvalid() || SM.isBeforeInTranslationUnit(C->getBeginLoc(), Before))
      return true;
  }
  return false;
}

const Stmt *owningBody(const ValueDecl *D) {
  const auto *Var = dyn_cast_or_null<VarDecl>(D);
  if (!Var)
    return nullptr;
  const auto *Function = dyn_cast_or_null<FunctionDecl>(Var->getParentFunctionOrMethod());
  return Function ? Function->getBody() : nullptr;
}

const ValueDecl *streamDecl(const Expr *E, const std::vector<std::string> &Accessors) {
  while (E) {
    E = E->IgnoreParenImpCasts();
    if (const auto *Member = dyn_cast<CXXMemberCallExpr>(E)) {
      const FunctionDecl *Callee = Member->getDirectCallee();
      if (Callee && Member->getNumArgs() == 0 && anyNameMatches(*Callee, Accessors)) {
        E = Member->getImplicitObjectArgument();
        continue;
      }
      return nullptr;
    }
    if (const auto *Call = dyn_cast<CallExpr>(E); Call && !isa<CXXOperatorCallExpr>(E)) {
      const FunctionDecl *Callee = Call->getDirectCallee();
      if (Callee && Call->getNumArgs() == 1 && anyNameMatches(*Callee, Accessors)) {
        E = Call->getArg(0);
        continue;
      }
      return nullptr;
    }
    return handleDecl(E);
  }
  return nullptr;
}

} // namespace missing_timeout

using namespace missing_timeout;

void MissingTimeoutCheck::offerAppendedArgument(const CallExpr *Call, unsigned Written,
                                                llvm::StringRef FixNote,
                                                llvm::StringRef FixArgument) {
  SourceLocation End = Call->getRParenLoc();
  bool AllWritten = llvm::none_of(llvm::make_range(Call->arg_begin(), Call->arg_begin() + Written),
                                  [](const Expr *A) { return isa<CXXDefaultArgExpr>(A); });
  if (FixArgument.empty() || !End.isFileID() || !AllWritten)
    return;
  suggestOnNote(End, FixNote.empty() ? "pass a timeout" : FixNote.str(),
                FixItHint::CreateInsertion(End, (Written ? ", " : "") + FixArgument.str()));
}

bool MissingTimeoutCheck::memberHasCall(const FieldDecl *Field,
                                        const std::vector<std::string> &Methods,
                                        const std::vector<std::string> &Accessors,
                                        ASTContext &Context) {
  auto Key = std::make_pair(Field, static_cast<const void *>(&Methods));
  if (auto It = MemberExpiries.find(Key); It != MemberExpiries.end())
    return It->second;
  auto DeclOf = [&](const Expr *E) { return streamDecl(E, Accessors); };
  bool Found = false;
  const RecordDecl *Record = Field->getParent();
  for (const Decl *D : Record->decls()) {
    const FunctionDecl *Method = nullptr;
    if (const auto *Template = dyn_cast<FunctionTemplateDecl>(D))
      Method = Template->getTemplatedDecl();
    else
      Method = dyn_cast<FunctionDecl>(D);
    const FunctionDecl *Definition = nullptr;
    if (!Method || !Method->hasBody(Definition) || !Definition)
      continue;
    if (calledBefore(Field, Methods, Definition->getBody(), SourceLocation(), Context, DeclOf)) {
      Found = true;
      break;
    }
  }
  MemberExpiries[Key] = Found;
  return Found;
}

} // namespace clang::tidy::distsys
