//===--- JsonBuilders.cpp - policy statements built with JSON builders ----===//
//
// distsys-tenant-unscoped-arn's builder family: a statement built with
// Aws::Utils::Json::JsonValue (a chain of With* setters, or setter calls on one variable) or with
// nlohmann::json (object["Resource"] = ... assignments, or a braced list of key/value pairs),
// found from its "Resource" key; its members are read into an iam::Statement and evaluated.
//
//===----------------------------------------------------------------------===//
#include "TenantUnscopedArnAnalysis.h"
#include "TenantUnscopedArnCheck.h"
#include "utils/ApiNames.h"

#include "clang/ASTMatchers/ASTMatchFinder.h"

using namespace clang::ast_matchers;

namespace clang::tidy::distsys {
using namespace tenant_arn;

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
                   llvm::any_of(M.JsonValueClasses,
                                [&](const std::string &Class) {
                                  return nameMatches(*Method->getParent(), Class);
                                })
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
