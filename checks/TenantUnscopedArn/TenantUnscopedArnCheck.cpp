//===--- TenantUnscopedArnCheck.cpp - distsys-tenant-unscoped-arn ---------===//
#include "TenantUnscopedArnCheck.h"
#include "IamPolicy.h"
#include "utils/ApiNames.h"
#include "utils/ModelCache.h"
#include "utils/ValueWrappers.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/ExprCXX.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/Basic/TargetInfo.h"
#include "clang/Lex/Lexer.h"

using namespace clang::ast_matchers;
namespace iam = distlint::iam;

namespace clang::tidy::distsys {
namespace {

constexpr llvm::StringLiteral RuleId = "distsys-tenant-unscoped-arn";
constexpr char HoleMarker = '\x1a';

/// A string value with, for each piece, the literal it came from (null for run-time parts).
struct LocatedValue {
  iam::Value V;
  std::vector<const StringLiteral *> Literals;
  void append(iam::Piece P, const StringLiteral *L) {
    V.Pieces.push_back(std::move(P));
    Literals.push_back(L);
  }
  const StringLiteral *firstLiteral() const {
    for (const StringLiteral *L : Literals)
      if (L)
        return L;
    return nullptr;
  }
};

/// The conversions and temporaries between a value and where it is used, and the
/// initializer_list a braced list of statements or resources becomes.
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

/// The parent of \p S, looking through conversions and temporaries. A node shared by a template
/// and its instantiations has one parent in each; \p Alternative picks one.
const Stmt *parentThroughWrappers(const Stmt &S, ASTContext &Context, unsigned Alternative = 0) {
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

class Reader {
public:
  Reader(ASTContext &Context, const FunctionDecl *Function)
      : Context(Context), Body(Function ? Function->getBody() : nullptr) {}

  /// A string expression as pieces: literals, "+" concatenations, variables initialised from
  /// them; anything else is a run-time part.
  void value(const Expr *E, LocatedValue &Out, unsigned Depth = 0) {
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

  /// Every string under \p E: elements of initializer lists and arrays, arguments of builder
  /// calls, and what a local container variable is filled with in this function.
  void leaves(const Expr *E, std::vector<LocatedValue> &Out, unsigned Depth = 0) {
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

private:
  /// A variable whose initialiser stands for it: a constant, or a local.
  const VarDecl *followable(const Expr *E) const {
    const auto *Ref = dyn_cast<DeclRefExpr>(E);
    const auto *Var = Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
    if (!Var || !Var->getInit() || isa<ParmVarDecl>(Var))
      return nullptr;
    bool Constant = Var->getType().isConstQualified() || Var->isConstexpr();
    return Constant || Var->hasLocalStorage() ? Var : nullptr;
  }

  /// Strings stored into the local container \p Var: v.push_back(x), v[i] = x, v.With*(k, x).
  void uses(const VarDecl &Var, std::vector<LocatedValue> &Out, unsigned Depth) {
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

  ASTContext &Context;
  const Stmt *Body;
  llvm::DenseSet<const VarDecl *> Visited;
};

/// Whether \p Loc is inside a test assertion (EXPECT_EQ(...)) or compared with ==/!=: an
/// expected value, not a policy.
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

} // namespace

TenantUnscopedArnCheck::TenantUnscopedArnCheck(StringRef Name, ClangTidyContext *Context)
    : ClangTidyCheck(Name, Context), ModelFiles(Options.getLocalOrGlobal("ModelFiles", "")) {
  Models = loadModels<iam::PolicyModels>(
      RuleId, ModelFiles, getCurrentMainFile(),
      [this](llvm::StringRef Error) { configurationDiag("%0: %1") << RuleId << Error; });
}

TenantUnscopedArnCheck::~TenantUnscopedArnCheck() = default;

void TenantUnscopedArnCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  Options.store(Opts, "ModelFiles", ModelFiles);
}

void TenantUnscopedArnCheck::registerMatchers(MatchFinder *Finder) {
  Finder->addMatcher(stringLiteral(unless(isExpansionInSystemHeader())).bind("literal"), this);
}

void TenantUnscopedArnCheck::check(const MatchFinder::MatchResult &Result) {
  const auto *Literal = Result.Nodes.getNodeAs<StringLiteral>("literal");
  if (!Literal->isOrdinary() && !Literal->isUTF8())
    return;
  llvm::StringRef Text = Literal->getString();
  if (Text == "Resource")
    checkBuilder(*Literal, *Result.Context);
  else if (Text.contains("\"Statement\""))
    checkPolicyText(*Literal, *Result.Context);
}

/// JSON policy text: a literal, or a "+" chain of literals and run-time values.
void TenantUnscopedArnCheck::checkPolicyText(const StringLiteral &Literal, ASTContext &Context) {
  // The whole concatenation the literal is part of.
  const Expr *Root = &Literal;
  for (const Stmt *P = parentThroughWrappers(Literal, Context); asPlus(dyn_cast_or_null<Expr>(P));
       P = parentThroughWrappers(*P, Context))
    Root = cast<Expr>(P);
  if (!Seen.insert(Root).second ||
      isExpectedValue(*Root, Context, Models->TestAssertionMacros.get()))
    return;

  LocatedValue Value;
  Reader(Context, enclosingFunction(*Root, Context)).value(Root, Value);
  std::string Text;
  std::vector<std::string> HoleNames;
  std::vector<std::pair<size_t, const StringLiteral *>> Starts; // offset in Text -> literal
  for (size_t I = 0; I < Value.V.Pieces.size(); ++I) {
    const iam::Piece &P = Value.V.Pieces[I];
    if (P.Dynamic) {
      Text += HoleMarker + std::to_string(HoleNames.size()) + HoleMarker;
      HoleNames.push_back(P.Text);
    } else {
      Starts.emplace_back(Text.size(), Value.Literals[I]);
      Text += P.Text;
    }
  }
  iam::JsonError Error;
  auto Json = iam::parseJson(Text, Error, HoleMarker);
  if (!Json)
    return; // not JSON after all (a log message, a fragment)

  const SourceManager &SM = Context.getSourceManager();
  for (const iam::JsonStatement &J : iam::policyStatements(*Json, HoleMarker, HoleNames)) {
    for (const iam::UnscopedGrant &G : iam::unscopedGrants(J.S, *Models)) {
      // The first character of the resource string, after its opening quote.
      size_t Offset = J.ResourceNodes[G.ResourceIndex]->Begin + 1;
      SourceLocation Loc = Root->getBeginLoc();
      for (auto It = Starts.rbegin(); It != Starts.rend(); ++It) {
        if (It->first > Offset)
          continue;
        const StringLiteral *L = It->second;
        unsigned Byte = Offset - It->first;
        Loc = L->getBeginLoc();
        if (Loc.isFileID() && Byte < L->getByteLength())
          Loc = L->getLocationOfByte(Byte, SM, Context.getLangOpts(), Context.getTargetInfo());
        break;
      }
      if (Reported.insert(Loc).second)
        diag(Loc, "%0") << G.message();
    }
  }
}

/// A statement built with Aws::Utils::Json::JsonValue or nlohmann::json; \p Key is its
/// "Resource" key.
void TenantUnscopedArnCheck::checkBuilder(const StringLiteral &Key, ASTContext &Context) {
  unsigned Alternatives = Context.getParents(Key).size();
  for (unsigned Alternative = 0; Alternative < Alternatives; ++Alternative)
    if (const Stmt *P = parentThroughWrappers(Key, Context, Alternative))
      checkBuilderAt(Key, *P, Context);
}

void TenantUnscopedArnCheck::checkBuilderAt(const StringLiteral &Key, const Stmt &Parent,
                                            ASTContext &Context) {
  const iam::PolicyModels &M = *Models;
  const FunctionDecl *Function = enclosingFunction(Parent, Context);
  Reader Read(Context, Function);
  std::vector<std::pair<std::string, const Expr *>> Members;   // key -> value of the statement
  std::vector<std::pair<std::string, std::string>> NestedKeys; // member -> key inside it
  auto KeyOf = [](const Expr *E) -> std::optional<std::string> {
    const auto *L = dyn_cast_or_null<StringLiteral>(strip(E));
    return L ? std::optional<std::string>(L->getString().str()) : std::nullopt;
  };

  const Stmt *P = &Parent;
  auto IsSetter = [&](const Stmt *S) -> const CXXMemberCallExpr * {
    const auto *Call = dyn_cast_or_null<CXXMemberCallExpr>(S);
    const CXXMethodDecl *Method = Call ? Call->getMethodDecl() : nullptr;
    return Method && Call->getNumArgs() == 2 &&
                   llvm::is_contained(M.JsonValueSetters, Method->getName()) &&
                   !M.JsonValueClass.empty() && nameMatches(*Method->getParent(), M.JsonValueClass)
               ? Call
               : nullptr;
  };
  if (const CXXMemberCallExpr *Setter = IsSetter(P); Setter && strip(Setter->getArg(0)) == &Key) {
    // Up to the last call of the chain, then down to its root object.
    const CXXMemberCallExpr *Top = Setter;
    for (const Stmt *Up = parentThroughWrappers(*Top, Context); Up;
         Up = parentThroughWrappers(*Top, Context)) {
      const auto *Member = dyn_cast<MemberExpr>(Up);
      const CXXMemberCallExpr *Next =
          Member ? IsSetter(parentThroughWrappers(*Member, Context)) : nullptr;
      if (!Next)
        break;
      Top = Next;
    }
    auto RootOf = [&](const CXXMemberCallExpr *Call,
                      std::vector<const CXXMemberCallExpr *> *Chain) {
      const Expr *Object = Call;
      while (const CXXMemberCallExpr *C = IsSetter(strip(Object))) {
        if (Chain)
          Chain->push_back(C);
        Object = C->getImplicitObjectArgument();
      }
      return strip(Object);
    };
    std::vector<const CXXMemberCallExpr *> Calls;
    const Expr *Root = RootOf(Top, &Calls);
    const auto *RootRef = dyn_cast_or_null<DeclRefExpr>(Root);
    if (RootRef && Function && Function->getBody()) {
      Calls.clear();
      auto All = match(findAll(cxxMemberCallExpr().bind("call")), *Function->getBody(), Context);
      for (const BoundNodes &Node : All) {
        const CXXMemberCallExpr *C = IsSetter(Node.getNodeAs<CXXMemberCallExpr>("call"));
        const auto *R = C ? dyn_cast_or_null<DeclRefExpr>(RootOf(C, nullptr)) : nullptr;
        if (R && R->getDecl() == RootRef->getDecl())
          Calls.push_back(C); // every setter call on the same variable
      }
    }
    for (const CXXMemberCallExpr *C : Calls)
      if (auto K = KeyOf(C->getArg(0)))
        Members.emplace_back(*K, C->getArg(1));
  } else if (const auto *Sub = dyn_cast_or_null<CXXOperatorCallExpr>(P);
             Sub && Sub->getOperator() == OO_Subscript && Sub->getNumArgs() == 2 &&
             strip(Sub->getArg(1)) == &Key) {
    // object["Resource"] = value, with siblings object["Effect"] = ..., object["Action"] = ...
    const auto *Method = dyn_cast_or_null<CXXMethodDecl>(Sub->getCalleeDecl());
    if (!Method || M.NlohmannClass.empty() || !nameMatches(*Method->getParent(), M.NlohmannClass) ||
        !Function || !Function->getBody())
      return;
    std::string Object = spelling(Sub->getArg(0)->IgnoreParenImpCasts(), Context);
    auto Assigns = match(
        findAll(cxxOperatorCallExpr(
                    hasOverloadedOperatorName("="), argumentCountIs(2),
                    hasArgument(
                        0, ignoringParenImpCasts(
                               cxxOperatorCallExpr(hasOverloadedOperatorName("[]")).bind("sub"))))
                    .bind("assign")),
        *Function->getBody(), Context);
    for (const BoundNodes &Node : Assigns) {
      // object["Condition"]["StringLike"]["s3:prefix"] = v: member "Condition", nested keys.
      const auto *A = Node.getNodeAs<CXXOperatorCallExpr>("assign");
      std::vector<std::string> Nested;
      for (const auto *S = Node.getNodeAs<CXXOperatorCallExpr>("sub");
           S && S->getOperator() == OO_Subscript && S->getNumArgs() == 2;
           S = dyn_cast<CXXOperatorCallExpr>(S->getArg(0)->IgnoreParenImpCasts())) {
        auto K = KeyOf(S->getArg(1));
        if (!K)
          break;
        if (spelling(S->getArg(0)->IgnoreParenImpCasts(), Context) == Object) {
          Members.emplace_back(*K, A->getArg(1));
          for (std::string &N : Nested)
            NestedKeys.emplace_back(*K, std::move(N));
          break;
        }
        Nested.push_back(*K);
      }
    }
  } else if (const auto *Pair = dyn_cast_or_null<InitListExpr>(P);
             Pair && Pair->getNumInits() == 2 && strip(Pair->getInit(0)) == &Key &&
             !M.NlohmannClass.empty() &&
             llvm::StringRef(Pair->getType().getAsString()).contains(M.NlohmannClass)) {
    // {{"Effect", "Allow"}, {"Action", ...}, {"Resource", ...}}
    const auto *Object = dyn_cast_or_null<InitListExpr>(parentThroughWrappers(*Pair, Context));
    if (!Object)
      return;
    for (const Expr *Init : Object->inits())
      if (const auto *Member = dyn_cast<InitListExpr>(strip(Init));
          Member && Member->getNumInits() == 2)
        if (auto K = KeyOf(Member->getInit(0)))
          Members.emplace_back(*K, Member->getInit(1));
  } else {
    return;
  }

  iam::Statement S;
  std::vector<LocatedValue> Resources;
  for (const auto &[Name, ValueExpr] : Members) {
    std::vector<LocatedValue> Leaves;
    Read.leaves(ValueExpr, Leaves);
    if (Name == "Effect") {
      if (Leaves.size() == 1 && Leaves[0].V.Pieces.size() == 1 && !Leaves[0].V.Pieces[0].Dynamic)
        S.Effect = Leaves[0].V.Pieces[0].Text;
    } else if (Name == "Action") {
      for (const LocatedValue &L : Leaves) {
        if (L.V.Pieces.size() == 1 && !L.V.Pieces[0].Dynamic)
          S.Actions.push_back(L.V.Pieces[0].Text);
        else
          S.ActionsUnknown = true;
      }
      if (Leaves.empty())
        S.ActionsUnknown = true;
    } else if (Name == "NotAction") {
      S.HasNotAction = true;
    } else if (Name == "NotResource") {
      S.HasNotResource = true;
    } else if (Name == "Resource") {
      for (LocatedValue &L : Leaves) {
        S.Resources.push_back(L.V);
        Resources.push_back(std::move(L));
      }
    } else if (Name == "Condition") {
      S.HasCondition = true;
      for (LocatedValue &L : Leaves)
        S.ConditionStrings.push_back(std::move(L.V));
    }
  }
  for (const auto &[Member, Nested] : NestedKeys)
    if (Member == "Condition")
      S.ConditionStrings.push_back(iam::Value{{{false, Nested}}});
  if (isExpectedValue(Key, Context, M.TestAssertionMacros.get()))
    return;
  for (const iam::UnscopedGrant &G : iam::unscopedGrants(S, M)) {
    const StringLiteral *L = Resources[G.ResourceIndex].firstLiteral();
    if (!L)
      continue;
    SourceLocation Loc = L->getBeginLoc();
    if (Reported.insert(Loc).second)
      diag(Loc, "%0") << G.message();
  }
}

} // namespace clang::tidy::distsys
