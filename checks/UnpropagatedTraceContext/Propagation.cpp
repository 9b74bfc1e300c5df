//===--- Propagation.cpp - propagation of distsys-unpropagated-trace-context -===//
//
// Whether an outgoing call carries the incoming trace context: evidence in its arguments (a
// propagation call such as Inject or FromServerContext, a 'traceparent' header name, a carrier
// object), or on the objects that carry its headers, followed through aliases, assignments, the
// calls that use them and the user helpers they are handed to.
//
//===----------------------------------------------------------------------===//
#include "TraceAnalysis.h"
#include "utils/ApiNames.h"
#include "utils/Calls.h"
#include "utils/HandleTracking.h"

#include "clang/AST/ParentMapContext.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"

namespace clang::tidy::distsys::trace_context {
namespace {

/// Whether \p Call hands its callee anything that could carry a context: an argument that is not
/// a constant, or the object of a method call.
bool handsOnValues(const CallExpr *Call, const ASTContext &Context) {
  if (isa<CXXMemberCallExpr>(Call))
    return true;
  return llvm::any_of(Call->arguments(), [&](const Expr *Arg) {
    return !isa<CXXDefaultArgExpr>(Arg) &&
           (Arg->isValueDependent() || !Arg->isEvaluatable(Context));
  });
}

/// Whether a value of \p Type could hold request headers: an object (or pointer to one) that is
/// not a string.
bool mayCarryHeaders(QualType Type) {
  Type = Type.getNonReferenceType();
  if (Type->isPointerType())
    Type = Type->getPointeeType();
  const auto *Record = Type->getAsRecordDecl();
  return Record && !nameMatches(*Record, "std::basic_string") &&
         !nameMatches(*Record, "std::basic_string_view");
}

/// \p E without casts, temporaries and the copies a by-value parameter makes.
const Expr *throughCopies(const Expr *E) {
  for (unsigned Steps = 0; E && Steps < 4; ++Steps) {
    E = E->IgnoreParenCasts()->IgnoreImplicit();
    const auto *Copy = dyn_cast<CXXConstructExpr>(E);
    if (!Copy || Copy->getNumArgs() != 1 || !Copy->getConstructor()->isCopyOrMoveConstructor())
      break;
    E = Copy->getArg(0);
  }
  return E;
}

/// An accessor that leads to the object it is called on (ctx.get(), msg.headers()): no
/// arguments, a reference or pointer returned.
bool isObjectAccessor(const CXXMemberCallExpr &Call) {
  const CXXMethodDecl *Method = Call.getMethodDecl();
  return Method && Call.getNumArgs() == 0 &&
         (Method->getReturnType()->isReferenceType() || Method->getReturnType()->isPointerType());
}

/// Whether \p E is a value read from an object (`server->deadline()`, `msg.size()`): an accessor
/// that returns by value.
bool readsValue(const Expr *E) {
  const auto *Call = dyn_cast_or_null<CXXMemberCallExpr>(throughCopies(E));
  return Call && Call->getMethodDecl() && Call->getNumArgs() == 0 && !isObjectAccessor(*Call);
}

/// The call that uses the expression \p Ref (looking through &, *, ->, .get() and casts), and
/// whether \p Ref is that call's object or an argument; or the variable it initialises.
struct Use {
  const Expr *Call = nullptr; // CallExpr or CXXConstructExpr
  const VarDecl *Alias = nullptr;
  const Expr *AssignedFrom = nullptr;
};

Use useOf(const Expr &Ref, ASTContext &Context) {
  const Stmt *Child = &Ref;
  for (unsigned Steps = 0; Steps < 12; ++Steps) {
    DynTypedNodeList Parents = Context.getParents(*Child);
    if (Parents.empty())
      return {};
    if (const auto *Var = Parents[0].get<VarDecl>())
      return {nullptr, Var, nullptr};
    const Stmt *Parent = Parents[0].get<Stmt>();
    if (!Parent)
      return {};
    if (isa<ImplicitCastExpr, ParenExpr, MaterializeTemporaryExpr, CXXBindTemporaryExpr, MemberExpr,
            ExprWithCleanups>(Parent)) {
      Child = Parent;
      continue;
    }
    if (const auto *Unary = dyn_cast<UnaryOperator>(Parent);
        Unary && (Unary->getOpcode() == UO_AddrOf || Unary->getOpcode() == UO_Deref)) {
      Child = Parent;
      continue;
    }
    if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(Parent)) {
      if (Op->getOperator() == OO_Arrow || Op->getOperator() == OO_Star) {
        Child = Parent;
        continue;
      }
      if (Op->getOperator() == OO_Equal && Op->getNumArgs() == 2 && Op->getArg(0) == Child)
        return {nullptr, nullptr, Op->getArg(1)};
      return {Op, nullptr, nullptr};
    }
    if (const auto *Member = dyn_cast<CXXMemberCallExpr>(Parent)) {
      // Accessors (ctx.get(), msg.headers()) lead to the object that carries the headers.
      if (isObjectAccessor(*Member)) {
        Child = Parent;
        continue;
      }
      return {Member, nullptr, nullptr};
    }
    if (const auto *Binary = dyn_cast<BinaryOperator>(Parent)) {
      if (Binary->isAssignmentOp() && Binary->getLHS() == Child)
        return {nullptr, nullptr, Binary->getRHS()};
      return {};
    }
    if (isa<CallExpr, CXXConstructExpr>(Parent))
      return {cast<Expr>(Parent), nullptr, nullptr};
    return {};
  }
  return {};
}

const FunctionDecl *
outermostFunction(const FunctionDecl *F,
                  const llvm::DenseMap<const FunctionDecl *, const FunctionDecl *> &Parents) {
  for (auto It = Parents.find(F->getCanonicalDecl()); It != Parents.end();
       It = Parents.find(F->getCanonicalDecl()))
    F = It->second;
  return F;
}

} // namespace

bool Analysis::isPropagationCall(const FunctionDecl *Callee) const {
  auto Named = [&](const FunctionDecl *F) {
    return llvm::any_of(Models.PropagationFunctions,
                        [&](const std::string &N) { return nameMatches(*F, N); }) ||
           llvm::any_of(ExtraPropagators, [&](const std::string &N) { return nameMatches(*F, N); });
  };
  if (Named(Callee))
    return true;
  if (const auto *Method = dyn_cast<CXXMethodDecl>(Callee))
    for (const CXXMethodDecl *Overridden : Method->overridden_methods())
      if (isPropagationCall(Overridden))
        return true;
  return false;
}

bool Analysis::isHeaderName(llvm::StringRef Text) const {
  std::string Lower = Text.ltrim().lower();
  return llvm::any_of(Models.HeaderNames,
                      [&](const std::string &H) { return llvm::StringRef(Lower).starts_with(H); });
}

bool Analysis::containsEvidence(const Stmt *S, bool FollowVars) const {
  if (!S)
    return false;
  if (const auto *Literal = dyn_cast<StringLiteral>(S))
    return Literal->getCharByteWidth() == 1 && isHeaderName(Literal->getString());
  if (const auto *Ref = dyn_cast<DeclRefExpr>(S)) {
    const auto *Var = dyn_cast<VarDecl>(Ref->getDecl());
    return FollowVars && Var && !isa<ParmVarDecl>(Var) && Var->getInit() &&
           containsEvidence(Var->getInit(), /*FollowVars=*/false);
  }
  if (const auto *Call = dyn_cast<CallExpr>(S))
    if (const FunctionDecl *Callee = Call->getDirectCallee(); Callee && isPropagationCall(Callee))
      return true;
  if (const auto *Construct = dyn_cast<CXXConstructExpr>(S))
    if (derivesFrom(Construct->getConstructor()->getParent(), Models.CarrierBases))
      return true;
  for (const Stmt *Child : S->children())
    if (containsEvidence(Child, FollowVars))
      return true;
  return false;
}

bool Analysis::helperPropagates(const FunctionDecl *F, unsigned Depth) const {
  const FunctionDecl *Def = nullptr;
  if (!F->hasBody(Def))
    return true; // cannot see it: assume it does
  auto Key = std::make_pair(Def, Depth);
  if (auto Cached = HelperCache.find(Key); Cached != HelperCache.end())
    return Cached->second;
  HelperCache[Key] = false; // recursion guard
  bool Result = helperBodyPropagates(Def, Depth);
  HelperCache[Key] = Result;
  return Result;
}

bool Analysis::helperBodyPropagates(const FunctionDecl *Def, unsigned Depth) const {
  if (containsEvidence(Def->getBody()))
    return true;
  if (Depth == 0)
    return false;
  bool Found = false;
  forEachCall(Def->getBody(), [&](const CallExpr *Call) {
    const FunctionDecl *Callee = Call->getDirectCallee();
    if (Found || !Callee || inSystemHeader(Callee, SM) || Callee == Def)
      return;
    // An opaque callee counts only when the helper hands it what it was given.
    bool PassesParam = llvm::any_of(Call->arguments(), [&](const Expr *Arg) {
      const auto *Param = dyn_cast_or_null<ParmVarDecl>(handleDecl(Arg));
      return Param && Param->getDeclContext() == Def;
    });
    if (Callee->hasBody() || PassesParam)
      Found = helperPropagates(Callee, Depth - 1);
  });
  return Found;
}

bool Analysis::derivesContext(const Stmt *S) const {
  if (!S)
    return false;
  if (containsEvidence(S))
    return true;
  bool Found = false;
  forEachCall(S, [&](const CallExpr *Call) {
    const FunctionDecl *Callee = Call->getDirectCallee();
    // An opaque function counts only when it is handed something: a factory given nothing
    // (drogon::HttpRequest::newHttpRequest() in a library header on a -I path) makes a fresh
    // request, not one derived from the incoming context.
    if (!Found && Callee && !inSystemHeader(Callee, SM) && !outgoingModel(Call) &&
        (Callee->hasBody() || handsOnValues(Call, Context)))
      Found = helperPropagates(Callee, MaxHelperDepth);
  });
  return Found;
}

bool Analysis::propagates(const OutgoingSite &Site) const {
  const CallExpr *Call = Site.Call;
  const OutgoingCallModel &Model = *Site.Model;
  for (const Expr *Arg : Call->arguments())
    if (containsEvidence(Arg))
      return true;
  auto IsCarrierArg = [&](unsigned I) {
    return llvm::is_contained(Model.CarrierArgs, static_cast<int>(I)) ||
           llvm::any_of(Model.CarrierTypes, [&](const std::string &T) {
             return typeMatches(Call->getArg(I)->IgnoreParenImpCasts()->getType(), T);
           });
  };
  for (unsigned I = 0; I < Call->getNumArgs(); ++I)
    if (IsCarrierArg(I) && derivesContext(Call->getArg(I)))
      return true;

  // The objects that carry this request's headers or metadata.
  struct Carrier {
    const ValueDecl *Decl;
    bool FromObject;
    bool Linked = false; // reached through a library call on another carrier
  };
  std::vector<Carrier> Work;
  auto AddExpr = [&](const Expr *E, bool FromObject) {
    E = throughCopies(E); // http_client::request(msg) takes a copy
    if (const ValueDecl *D = E ? handleDecl(E) : nullptr)
      Work.push_back({D, FromObject});
  };
  for (int Index : Model.CarrierArgs)
    if (Index >= 0 && static_cast<unsigned>(Index) < Call->getNumArgs())
      AddExpr(Call->getArg(Index), false);
  for (const Expr *Arg : Call->arguments())
    if (llvm::any_of(Model.CarrierTypes, [&](const std::string &T) {
          return typeMatches(Arg->IgnoreParenImpCasts()->getType(), T);
        }))
      AddExpr(Arg, false);
  if (Model.CarrierObject)
    if (const auto *Member = dyn_cast<CXXMemberCallExpr>(Call))
      AddExpr(Member->getImplicitObjectArgument(), true);

  const FunctionDecl *Outer = outermostFunction(Site.Function, LexicalParent);
  const FunctionDecl *OuterDef = Outer->getDefinition();
  llvm::SmallPtrSet<const ValueDecl *, 8> Seen;
  while (!Work.empty() && Seen.size() < 16) {
    Carrier C = Work.back();
    Work.pop_back();
    if (!Seen.insert(C.Decl).second)
      continue;
    const Stmt *Scope = nullptr;
    if (isa<ParmVarDecl>(C.Decl)) {
      if (!C.Linked || mayCarryHeaders(C.Decl->getType()))
        return true; // handed in by a caller, which may have set it up
      continue;      // a URL, a body, a flag
    }
    if (const auto *Var = dyn_cast<VarDecl>(C.Decl); Var && Var->hasLocalStorage()) {
      if (derivesContext(Var->getInit()))
        return true;
      const auto *Owner = dyn_cast_or_null<FunctionDecl>(Var->getParentFunctionOrMethod());
      Scope = Owner ? Owner->getBody() : nullptr;
    } else if (C.Linked) {
      continue; // a global option value, a constant
    } else if (C.FromObject) {
      // A shared client (a member or global): only this function can add per-request context.
      Scope = OuterDef ? OuterDef->getBody() : nullptr;
    } else {
      return true; // a member or global carrier may be set up anywhere
    }
    if (!Scope)
      return true;
    for (const Expr *Ref : referencesTo(C.Decl, *Scope)) {
      Use U = useOf(*Ref, Context);
      if (U.Alias) {
        if (derivesContext(U.Alias->getInit()))
          return true;
        Work.push_back({U.Alias, C.FromObject});
        continue;
      }
      if (U.AssignedFrom) {
        if (derivesContext(U.AssignedFrom))
          return true;
        continue;
      }
      if (!U.Call || U.Call == Call)
        continue;
      if (containsEvidence(U.Call))
        return true;
      const FunctionDecl *Callee = calleeOf(U.Call);
      if (!Callee)
        return true; // a call through a pointer or dependent: cannot follow
      // A method called on the carrier itself (md.set("tenant", ...)) configures it; only
      // handing the carrier to a function of the user's can propagate out of sight.
      bool OnCarrier = isa<CXXMemberCallExpr>(U.Call) &&
                       llvm::none_of(cast<CallExpr>(U.Call)->arguments(), [&](const Expr *Arg) {
                         return handleDecl(Arg->IgnoreParenCasts()) == C.Decl;
                       });
      if (!inSystemHeader(Callee, SM) && !OnCarrier) {
        if (const auto *UseCall = dyn_cast<CallExpr>(U.Call); UseCall && outgoingModel(UseCall))
          continue;
        if (helperPropagates(Callee, MaxHelperDepth))
          return true;
        continue;
      }
      // A library call linking the carrier to other objects (curl_easy_setopt(h,
      // CURLOPT_HTTPHEADER, list)): those carry the request's context too.
      auto Link = [&](const Expr *E) {
        if (readsValue(E))
          return; // ctx.set_deadline(server->deadline()) copies a deadline, not the context
        if (const ValueDecl *D = handleDecl(E); D && D != C.Decl && isa<VarDecl>(D))
          Work.push_back({D, false, true});
      };
      for (const Expr *Arg : callArguments(U.Call))
        Link(Arg);
      if (const auto *Member = dyn_cast<CXXMemberCallExpr>(U.Call))
        Link(Member->getImplicitObjectArgument());
    }
  }
  return false;
}

} // namespace clang::tidy::distsys::trace_context
