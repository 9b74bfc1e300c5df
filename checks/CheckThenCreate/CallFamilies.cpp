//===--- CallFamilies.cpp - "calls" families of check-then-create ---------===//
//
// The "calls" API families (POSIX files, std::filesystem, AWS SDK, ZooKeeper): the model a call
// matches, the resource it names (an argument, or the setters of an AWS request object, also along
// a With* builder chain) and the check or create it is read as.
//
//===----------------------------------------------------------------------===//
#include "CheckThenCreateAnalysis.h"
#include "utils/ApiNames.h"
#include "utils/Calls.h"

#include "clang/AST/ExprCXX.h"

namespace clang::tidy::distsys::check_then_create {

bool Analysis::matchesCall(const ResourceCall &Model, const Expr *E,
                           const FunctionDecl &Callee) const {
  if (!Model.Constructor.empty()) {
    const auto *Constructor = dyn_cast<CXXConstructorDecl>(&Callee);
    return Constructor && isa<CXXConstructExpr>(E) &&
           nameMatches(*Constructor->getParent(), Model.Constructor, PlainName::GlobalOnly);
  }
  if (!isa<CallExpr>(E))
    return false;
  if (!Model.Method.empty()) {
    const auto *Method = dyn_cast<CXXMethodDecl>(&Callee);
    return Method && methodMatches(*Method, Model.Method, PlainName::GlobalOnly);
  }
  return !isa<CXXMethodDecl>(Callee) && nameMatches(Callee, Model.Function, PlainName::GlobalOnly);
}

std::vector<const CXXMemberCallExpr *>
Analysis::setterCalls(const Expr *RequestArg, const Expr *Call, llvm::StringRef Setter) const {
  std::string With = Setter.starts_with("Set") ? "With" + Setter.drop_front(3).str() : "";
  return setterCalls(RequestArg, Call,
                     [&](llvm::StringRef Name) { return Name == Setter || Name == With; });
}

std::vector<const CXXMemberCallExpr *>
Analysis::setterCalls(const Expr *RequestArg, const Expr *Call,
                      llvm::function_ref<bool(llvm::StringRef)> IsSetter) const {
  auto Named = [&](const CXXMemberCallExpr *M) {
    const CXXMethodDecl *Method = M->getMethodDecl();
    return Method && Method->getIdentifier() && M->getNumArgs() >= 1 && IsSetter(Method->getName());
  };
  std::vector<const CXXMemberCallExpr *> Out;
  const Expr *Request = stripName(RequestArg);
  // A builder chain: Model::CreateSecretRequest().WithName(n).WithSecretString(s).
  for (const auto *M = dyn_cast_or_null<CXXMemberCallExpr>(Request); M;
       M = dyn_cast_or_null<CXXMemberCallExpr>(stripName(M->getImplicitObjectArgument())))
    if (Named(M))
      Out.push_back(M);
  const auto *Ref = dyn_cast_or_null<DeclRefExpr>(Request);
  const auto *Var = Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
  if (!Var)
    return Out;
  for (const Expr *C : Index.Calls) {
    if (!isBefore(C->getBeginLoc(), Call->getBeginLoc()))
      break;
    const auto *M = dyn_cast<CXXMemberCallExpr>(C);
    if (!M || !Named(M))
      continue;
    // req.SetName(n) or req.WithName(n).WithSecretString(s)
    const Expr *Object = M->getImplicitObjectArgument();
    while (const auto *Inner = dyn_cast<CXXMemberCallExpr>(Object->IgnoreParenImpCasts()))
      Object = Inner->getImplicitObjectArgument();
    if (Object && refersTo(Object, Var))
      Out.push_back(M);
  }
  return Out;
}

namespace {

/// Whether the class of \p Object (or one of its bases) declares a method named \p Name.
bool hasMethod(const Expr *Object, llvm::StringRef Name) {
  const CXXRecordDecl *Record =
      Object ? Object->getType().getNonReferenceType()->getAsCXXRecordDecl() : nullptr;
  if (!Record || !Record->hasDefinition())
    return true; // out of sight: assume the advice fits
  bool Found = false;
  auto Declares = [&](const CXXRecordDecl *R) {
    for (const CXXMethodDecl *M : R->methods())
      if (M->getIdentifier() && M->getName() == Name)
        Found = true;
    return true;
  };
  Declares(Record);
  Record->forallBases(Declares);
  return Found;
}

} // namespace

std::optional<std::string> Analysis::callKey(const ResourceCall &Model, const Expr *E) const {
  // One part per argument or setter, the form summaries of wrappers elsewhere name (keyAtCall).
  if (!Model.KeyArgs.empty()) {
    std::vector<std::string> Parts;
    for (int Arg : Model.KeyArgs) {
      auto Part = keyOf(argumentAt(E, Arg), Context);
      if (!Part)
        return std::nullopt;
      Parts.push_back(*Part);
    }
    return join(Parts);
  }
  const Expr *Request = argumentAt(E, Model.RequestArg);
  if (!Request)
    return std::nullopt;
  std::vector<std::string> Parts;
  for (const std::string &Setter : Model.KeySetters) {
    auto Setters = setterCalls(Request, E, Setter);
    if (Setters.empty())
      return std::nullopt;
    auto Part = keyOf(Setters.back()->getArg(0), Context); // the last value set wins
    if (!Part)
      return std::nullopt;
    Parts.push_back(*Part);
  }
  return join(Parts);
}

std::optional<Operation> Analysis::classifyCall(const Family &F, const Expr *E,
                                                const FunctionDecl &Callee, bool WantCreate) const {
  for (const ResourceCall &Model : WantCreate ? F.Creates : F.Checks) {
    if (!matchesCall(Model, E, Callee))
      continue;
    Operation Op;
    Op.Name = isa<CXXConstructorDecl>(Callee)
                  ? Model.Constructor.substr(Model.Constructor.rfind(':') + 1)
                  : Callee.getName().str();
    Op.Key = callKey(Model, E);
    Op.Resource = Model.Resource;
    Op.Safe = Model.Safe;
    if (!Model.SafeNeeds.empty() && !hasMethod(argumentAt(E, Model.RequestArg), Model.SafeNeeds))
      Op.Safe = Model.SafeOtherwise; // the SDK in use predates the advised API
    Op.OwnershipOnly = Model.OwnershipOnly;
    if (!WantCreate) {
      Op.Found = Model.Found;
      return Op;
    }
    if (!createAttributes(Model, E, Op))
      continue; // not a create (open without O_CREAT, fopen for reading): try the next model
    return Op;
  }
  return std::nullopt;
}

} // namespace clang::tidy::distsys::check_then_create
