//===--- StringValues.cpp - the strings a policy is made of ---------------===//
//
// distsys-tenant-unscoped-arn's reading of strings out of the AST, for both families: the Reader
// (literals, "+" concatenations, variables, builder arguments, what a local container is filled
// with), the wrappers and parents it looks through, and whether a value is only an expected value
// in a test assertion or comparison.
//
//===----------------------------------------------------------------------===//
#include "TenantUnscopedArnAnalysis.h"

#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/Lex/Lexer.h"

using namespace clang::ast_matchers;

namespace clang::tidy::distsys::tenant_arn {
namespace {

bool isStringLike(QualType T) {
  T = T.getNonReferenceType().getCanonicalType();
  if (T->isPointerType() || T->isArrayType()) {
    QualType Element =
        T->isPointerType() ? T->getPointeeType() : QualType(T->getArrayElementTypeNoTypeQual(), 0);
    return Element->isCharType();
  }
  if (const auto *Record = T->getAsCXXRecordDecl())
    return Record->getName() == "basic_string" || Record->getName() == "basic_string_view";
  return false;
}

} // namespace

const ValueWrappers &policyWrappers() {
  static const ValueWrappers Kinds = [] {
    ValueWrappers W;
    W.ExplicitCasts = ValueWrappers::Casts::Functional;
    W.InitializerLists = true;
    return W;
  }();
  return Kinds;
}

const Expr *strip(const Expr *E) { return stripValueWrappers(E, policyWrappers()); }

const CXXOperatorCallExpr *asPlus(const Expr *E) {
  const auto *Op = dyn_cast_or_null<CXXOperatorCallExpr>(E);
  return Op && Op->getOperator() == OO_Plus && Op->getNumArgs() == 2 ? Op : nullptr;
}

std::string spelling(const Expr *E, const ASTContext &Context) {
  CharSourceRange Range = CharSourceRange::getTokenRange(E->getSourceRange());
  llvm::StringRef Text =
      Lexer::getSourceText(Range, Context.getSourceManager(), Context.getLangOpts());
  return Text.empty() ? "value" : Text.str();
}

const FunctionDecl *enclosingFunction(const Stmt &S, ASTContext &Context) {
  DynTypedNodeList Parents = Context.getParents(S);
  for (unsigned Depth = 0; !Parents.empty() && Depth < 200; ++Depth) {
    if (const auto *F = Parents[0].get<FunctionDecl>())
      return F;
    if (const auto *E = Parents[0].get<Stmt>())
      Parents = Context.getParents(*E);
    else if (const auto *D = Parents[0].get<Decl>())
      Parents = Context.getParents(*D);
    else
      break;
  }
  return nullptr;
}

const Stmt *parentThroughWrappers(const Stmt &S, ASTContext &Context, unsigned Alternative) {
  const Stmt *Current = &S;
  for (unsigned Depth = 0; Depth < 20; ++Depth) {
    DynTypedNodeList Parents = Context.getParents(*Current);
    unsigned Index = Depth == 0 ? Alternative : 0;
    const Stmt *P = Index < Parents.size() ? Parents[Index].get<Stmt>() : nullptr;
    if (!P)
      return nullptr;
    if (isValueWrapper(*P, policyWrappers())) {
      Current = P;
      continue;
    }
    return P;
  }
  return nullptr;
}

bool isExpectedValue(const Expr &E, ASTContext &Context, const llvm::Regex *Macros) {
  const SourceManager &SM = Context.getSourceManager();
  SourceLocation Loc = E.getBeginLoc();
  if (Loc.isMacroID() && Macros) {
    SourceLocation Expansion = SM.getExpansionLoc(Loc);
    Token Tok;
    if (!Lexer::getRawToken(Expansion, Tok, SM, Context.getLangOpts()) &&
        Tok.is(tok::raw_identifier) && Macros->match(Tok.getRawIdentifier()))
      return true;
  }
  const Stmt *P = parentThroughWrappers(E, Context);
  for (unsigned Depth = 0; P && Depth < 4; ++Depth) {
    if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(P);
        Op && (Op->getOperator() == OO_EqualEqual || Op->getOperator() == OO_ExclaimEqual))
      return true;
    if (const auto *Op = dyn_cast<BinaryOperator>(P); Op && Op->isEqualityOp())
      return true;
    if (!asPlus(dyn_cast<Expr>(P)))
      break;
    P = parentThroughWrappers(*P, Context);
  }
  return false;
}

void Reader::value(const Expr *E, LocatedValue &Out, unsigned Depth) {
  E = strip(E);
  if (!E)
    return;
  if (const auto *L = dyn_cast<StringLiteral>(E)) {
    if (L->isOrdinary() || L->isUTF8())
      Out.append({false, L->getString().str()}, L);
    return;
  }
  if (const auto *Plus = asPlus(E); Plus && Depth < 32) {
    value(Plus->getArg(0), Out, Depth + 1);
    value(Plus->getArg(1), Out, Depth + 1);
    return;
  }
  if (const VarDecl *Var = followable(E); Var && Depth < 8) {
    value(Var->getInit(), Out, Depth + 1);
    return;
  }
  Out.append({true, spelling(E, Context)}, nullptr);
}

void Reader::leaves(const Expr *E, std::vector<LocatedValue> &Out, unsigned Depth) {
  E = strip(E);
  if (!E || Depth > 12)
    return;
  // A string: a literal, a concatenation, a string variable or call (a run-time value).
  if (isa<StringLiteral>(E) || asPlus(E) || isStringLike(E->getType())) {
    LocatedValue V;
    value(E, V);
    Out.push_back(std::move(V));
    return;
  }
  if (const auto *List = dyn_cast<InitListExpr>(E)) {
    for (const Expr *Init : List->inits())
      leaves(Init, Out, Depth + 1);
    return;
  }
  if (const auto *Construct = dyn_cast<CXXConstructExpr>(E)) {
    for (const Expr *Arg : Construct->arguments())
      leaves(Arg, Out, Depth + 1);
    return;
  }
  // Builders of nested objects and arrays: JsonValue().WithString(k, v), json::array({...}).
  // other["Resource"] reads a value this function does not show.
  if (const auto *Call = dyn_cast<CallExpr>(E)) {
    if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(Call);
        Op && Op->getOperator() == OO_Subscript)
      return;
    if (const auto *Member = dyn_cast<CXXMemberCallExpr>(Call))
      leaves(Member->getImplicitObjectArgument(), Out, Depth + 1);
    for (const Expr *Arg : Call->arguments())
      leaves(Arg, Out, Depth + 1);
    return;
  }
  // A local container or builder object: its initialiser and what is stored into it.
  if (const auto *Ref = dyn_cast<DeclRefExpr>(E)) {
    const auto *Var = dyn_cast<VarDecl>(Ref->getDecl());
    if (!Var || !Visited.insert(Var).second)
      return;
    if (Var->getInit())
      leaves(Var->getInit(), Out, Depth + 1);
    if (Var->hasLocalStorage())
      uses(*Var, Out, Depth);
  }
}

const VarDecl *Reader::followable(const Expr *E) const {
  const auto *Ref = dyn_cast<DeclRefExpr>(E);
  const auto *Var = Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
  if (!Var || !Var->getInit() || isa<ParmVarDecl>(Var))
    return nullptr;
  bool Constant = Var->getType().isConstQualified() || Var->isConstexpr();
  return Constant || Var->hasLocalStorage() ? Var : nullptr;
}

void Reader::uses(const VarDecl &Var, std::vector<LocatedValue> &Out, unsigned Depth) {
  if (!Body)
    return;
  auto Refs =
      match(findAll(declRefExpr(to(varDecl(equalsNode(&Var)))).bind("ref")), *Body, Context);
  for (const BoundNodes &Node : Refs) {
    const auto *Ref = Node.getNodeAs<DeclRefExpr>("ref");
    DynTypedNodeList Parents = Context.getParents(*Ref);
    const Stmt *P = Parents.empty() ? nullptr : Parents[0].get<Stmt>();
    while (P && isa<ImplicitCastExpr>(P)) {
      Parents = Context.getParents(*P);
      P = Parents.empty() ? nullptr : Parents[0].get<Stmt>();
    }
    if (const auto *Member = dyn_cast_or_null<MemberExpr>(P)) {
      Parents = Context.getParents(*Member);
      if (const auto *Call = Parents.empty() ? nullptr : Parents[0].get<CXXMemberCallExpr>())
        for (const Expr *Arg : Call->arguments())
          leaves(Arg, Out, Depth + 1);
    } else if (const auto *Sub = dyn_cast_or_null<CXXOperatorCallExpr>(P);
               Sub && Sub->getOperator() == OO_Subscript) {
      if (const auto *Assign =
              dyn_cast_or_null<CXXOperatorCallExpr>(parentThroughWrappers(*Sub, Context));
          Assign && Assign->getOperator() == OO_Equal && Assign->getNumArgs() == 2)
        leaves(Assign->getArg(1), Out, Depth + 1);
    }
  }
}

} // namespace clang::tidy::distsys::tenant_arn
