//===--- UnpropagatedTraceContextCheck.cpp - distsys-unpropagated-trace-context -===//
//
// At the end of a translation unit: find the request handlers (by signature, annotation or name),
// the outgoing calls in every function, and who calls whom. An outgoing call counts when it is in
// a handler, in a lambda inside one, or in a helper a handler reaches without handing it any
// context. It is reported when nothing that carries trace context (a propagation call, a
// 'traceparent' header, a TextMapCarrier wrapping it) touches the objects that carry its headers.
// Anything that cannot be followed (a carrier passed in from outside, handed to an opaque
// function) counts as propagated: precision first.
//
//===----------------------------------------------------------------------===//
#include "UnpropagatedTraceContextCheck.h"
#include "utils/HandleTracking.h"
#include "utils/ApiNames.h"
#include "utils/MessageTemplates.h"
#include "utils/ModelCache.h"
#include "utils/ValueWrappers.h"
#include "UnpropagatedTraceContextModels.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/ParentMapContext.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/ADT/StringExtras.h"
#include <map>

using namespace clang::ast_matchers;

namespace clang::tidy::distsys {
namespace {

constexpr llvm::StringLiteral RuleId = "distsys-unpropagated-trace-context";
constexpr unsigned MaxCallerDepth = 4;
constexpr unsigned MaxHelperDepth = 2;

bool inSystemHeader(const Decl *D, const SourceManager &SM) {
  SourceLocation Loc = D->getLocation();
  return Loc.isInvalid() || SM.isInSystemHeader(SM.getExpansionLoc(Loc));
}

/// Whether \p Type (through references, one pointer and sugar) names \p Name: a typedef or alias
/// on the way (httplib::Headers) or the class itself (templates by their template's name).
bool typeMatches(QualType Type, llvm::StringRef Name) {
  if (Type.isNull())
    return false;
  Type = Type.getNonReferenceType();
  if (Type->isPointerType())
    Type = Type->getPointeeType();
  // Walk the sugar: typedefs and alias templates (http::request<Body> = message<true, Body>).
  for (QualType T = Type; !T.isNull();) {
    if (const auto *Typedef = dyn_cast<TypedefType>(T.getTypePtr());
        Typedef && nameMatches(*Typedef->getDecl(), Name))
      return true;
    if (const auto *Special = dyn_cast<TemplateSpecializationType>(T.getTypePtr()))
      if (const TemplateDecl *Template = Special->getTemplateName().getAsTemplateDecl();
          Template && nameMatches(*Template, Name))
        return true;
    QualType Next = T->getLocallyUnqualifiedSingleStepDesugaredType();
    if (Next == QualType(T.getTypePtr(), 0))
      break;
    T = Next;
  }
  const auto *Record = Type->getAsCXXRecordDecl();
  return Record && nameMatches(*Record, Name);
}

bool derivesFrom(const CXXRecordDecl *Record, const std::vector<std::string> &Bases) {
  if (!Record || !Record->hasDefinition())
    return false;
  Record = Record->getDefinition();
  auto Matches = [&](const CXXRecordDecl *R) {
    return llvm::any_of(Bases, [&](const std::string &B) { return nameMatches(*R, B); });
  };
  if (Matches(Record))
    return true;
  return !Record->forallBases([&](const CXXRecordDecl *Base) { return !Matches(Base); });
}

/// "Class::method" for user code (namespaces dropped), the qualified name for library code.
std::string displayName(const FunctionDecl &F, const SourceManager &SM) {
  if (inSystemHeader(&F, SM))
    return F.getQualifiedNameAsString();
  std::string Name = F.getNameAsString();
  for (const DeclContext *DC = F.getDeclContext(); DC; DC = DC->getParent()) {
    const auto *Record = dyn_cast<CXXRecordDecl>(DC);
    if (!Record)
      break;
    Name = Record->getNameAsString() + "::" + Name;
  }
  return Name;
}

/// The narrow string literal \p E is, through conversions to std::string and the like.
const StringLiteral *literalIn(const Expr *E) {
  static const ValueWrappers LiteralWrappers = [] {
    ValueWrappers W;
    W.ExplicitCasts = ValueWrappers::Casts::Functional;
    return W;
  }();
  const auto *Literal = dyn_cast_or_null<StringLiteral>(stripValueWrappers(E, LiteralWrappers));
  return Literal && Literal->getCharByteWidth() == 1 ? Literal : nullptr;
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

struct OutgoingSite {
  const CallExpr *Call;
  const FunctionDecl *Function; // innermost, a lambda's call operator inside lambdas
  const OutgoingCallModel *Model;
};

struct CallerSite {
  const FunctionDecl *Caller;
  const CallExpr *Call;
};

/// How an outgoing call's function is reached from a handler.
struct Reach {
  const FunctionDecl *Handler = nullptr;
  const CallExpr *LostAt = nullptr; // the handler's call into the helper chain, if any
};

class Analysis {
public:
  Analysis(ASTContext &Context, const TraceModels &Models, const std::optional<llvm::Regex> &Name,
           const std::vector<std::string> &ExtraPropagators)
      : Context(Context), SM(Context.getSourceManager()), Models(Models), HandlerName(Name),
        ExtraPropagators(ExtraPropagators) {}

  const OutgoingCallModel *outgoingModel(const CallExpr *Call) const {
    if (isa<CXXOperatorCallExpr>(Call))
      return nullptr;
    const FunctionDecl *Callee = Call->getDirectCallee();
    if (!Callee)
      return nullptr;
    for (const OutgoingCallModel &M : Models.OutgoingCalls) {
      auto HasCarrierArg = [&] {
        return llvm::any_of(Call->arguments(), [&](const Expr *Arg) {
          return llvm::any_of(M.CarrierTypes, [&](const std::string &T) {
            return typeMatches(Arg->IgnoreParenImpCasts()->getType(), T);
          });
        });
      };
      if (!M.Function.empty()) {
        if (nameMatches(*Callee, M.Function) && (!M.RequireCarrierType || HasCarrierArg()))
          return &M;
        continue;
      }
      const auto *Method = dyn_cast<CXXMethodDecl>(Callee);
      if (!Method || !Method->getDeclName().isIdentifier())
        continue;
      if (!M.MethodOfClass->match("::" + Method->getParent()->getQualifiedNameAsString()))
        continue;
      if (!M.Methods.empty() && !llvm::is_contained(M.Methods, Method->getName()))
        continue;
      if (M.RequireCarrierType && !HasCarrierArg())
        continue;
      if (!M.FirstParamType.empty() &&
          (Method->getNumParams() == 0 ||
           !typeMatches(Method->getParamDecl(0)->getType(), M.FirstParamType)))
        continue;
      return &M;
    }
    return nullptr;
  }

  /// Records outgoing calls, call edges and lambda nesting in \p F's body.
  void index(const FunctionDecl *F);

  /// The parameter through which \p F receives request context when it is a handler (or \p F
  /// itself, with a null parameter, for handlers marked by annotation or name).
  bool isHandler(const FunctionDecl *F, const ParmVarDecl *&Param) const {
    Param = nullptr;
    for (const HandlerModel &M : Models.Handlers) {
      const ParmVarDecl *Context = nullptr;
      bool Also = M.AlsoParam.empty() ||
                  (!M.OrReturns.empty() && typeMatches(F->getReturnType(), M.OrReturns));
      for (const ParmVarDecl *P : F->parameters()) {
        if (!Context && typeMatches(P->getType(), M.ContextParam))
          Context = P;
        else if (!Also && typeMatches(P->getType(), M.AlsoParam))
          Also = true;
      }
      if (!Context || !Also)
        continue;
      if (M.RequireOverride) {
        const auto *Method = dyn_cast<CXXMethodDecl>(F);
        if (!Method || Method->size_overridden_methods() == 0)
          continue;
      }
      Param = Context;
      return true;
    }
    if (!Models.HandlerAnnotation.empty())
      for (const auto *Attr : F->getCanonicalDecl()->specific_attrs<AnnotateAttr>())
        if (Attr->getAnnotation() == Models.HandlerAnnotation)
          return true;
    for (const FunctionDecl *Redecl : F->redecls())
      for (const auto *Attr : Redecl->specific_attrs<AnnotateAttr>())
        if (Attr->getAnnotation() == Models.HandlerAnnotation)
          return true;
    return HandlerName && HandlerName->match(F->getQualifiedNameAsString());
  }

  /// Whether \p F is handed request context by its callers: a parameter of a context type, a
  /// carrier, or a name that says so ('traceparent', 'span').
  bool receivesContext(const FunctionDecl *F) const {
    for (const ParmVarDecl *P : F->parameters()) {
      for (const std::string &Type : Models.ContextParams)
        if (typeMatches(P->getType(), Type))
          return true;
      QualType T = P->getType().getNonReferenceType();
      if (T->isPointerType())
        T = T->getPointeeType();
      if (derivesFrom(T->getAsCXXRecordDecl(), Models.CarrierBases))
        return true;
      if (Models.ContextParamNames && P->getIdentifier() &&
          Models.ContextParamNames->match(P->getName()))
        return true;
    }
    return false;
  }

  std::optional<Reach> reach(const FunctionDecl *F, unsigned Depth,
                             llvm::SmallPtrSetImpl<const FunctionDecl *> &Seen) const {
    F = F->getCanonicalDecl();
    if (!Seen.insert(F).second)
      return std::nullopt;
    const ParmVarDecl *Param = nullptr;
    if (isHandler(F->getDefinition() ? F->getDefinition() : F, Param))
      return Reach{F, nullptr};
    if (receivesContext(F))
      return std::nullopt;
    if (auto Parent = LexicalParent.find(F); Parent != LexicalParent.end())
      return reach(Parent->second, Depth, Seen);
    if (Depth >= MaxCallerDepth)
      return std::nullopt;
    auto Sites = Callers.find(F);
    if (Sites == Callers.end())
      return std::nullopt;
    for (const CallerSite &Site : Sites->second) {
      if (std::optional<Reach> R = reach(Site.Caller, Depth + 1, Seen)) {
        if (!R->LostAt)
          R->LostAt = Site.Call;
        return R;
      }
    }
    return std::nullopt;
  }

  bool isPropagationCall(const FunctionDecl *Callee) const {
    auto Named = [&](const FunctionDecl *F) {
      return llvm::any_of(Models.PropagationFunctions,
                          [&](const std::string &N) { return nameMatches(*F, N); }) ||
             llvm::any_of(ExtraPropagators,
                          [&](const std::string &N) { return nameMatches(*F, N); });
    };
    if (Named(Callee))
      return true;
    if (const auto *Method = dyn_cast<CXXMethodDecl>(Callee))
      for (const CXXMethodDecl *Overridden : Method->overridden_methods())
        if (isPropagationCall(Overridden))
          return true;
    return false;
  }

  bool isHeaderName(llvm::StringRef Text) const {
    std::string Lower = Text.ltrim().lower();
    return llvm::any_of(Models.HeaderNames, [&](const std::string &H) {
      return llvm::StringRef(Lower).starts_with(H);
    });
  }

  /// Whether \p S contains something that carries trace context onto a request: a propagation
  /// call, a 'traceparent' literal (or a variable initialised with one), a carrier object.
  bool containsEvidence(const Stmt *S, bool FollowVars = true) const {
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

  /// Whether the body of user function \p F (or what it calls) puts trace context on a request.
  bool helperPropagates(const FunctionDecl *F, unsigned Depth) const {
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

  bool helperBodyPropagates(const FunctionDecl *Def, unsigned Depth) const {
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

  /// containsEvidence, or a call to a user function that builds the context (a helper returning
  /// headers, a ClientContext factory).
  bool derivesContext(const Stmt *S) const {
    if (!S)
      return false;
    if (containsEvidence(S))
      return true;
    bool Found = false;
    forEachCall(S, [&](const CallExpr *Call) {
      const FunctionDecl *Callee = Call->getDirectCallee();
      if (!Found && Callee && !inSystemHeader(Callee, SM) && !outgoingModel(Call))
        Found = helperPropagates(Callee, MaxHelperDepth);
    });
    return Found;
  }

  template <typename Fn> static void forEachCall(const Stmt *S, Fn &&Visit) {
    if (!S)
      return;
    if (const auto *Call = dyn_cast<CallExpr>(S))
      Visit(Call);
    for (const Stmt *Child : S->children())
      forEachCall(Child, Visit);
  }

  static bool namedAny(const FunctionDecl *F, const std::vector<std::string> &Names) {
    if (!F)
      return false;
    if (llvm::any_of(Names, [&](const std::string &N) { return nameMatches(*F, N); }))
      return true;
    if (const auto *Method = dyn_cast<CXXMethodDecl>(F))
      for (const CXXMethodDecl *Overridden : Method->overridden_methods())
        if (namedAny(Overridden, Names))
          return true;
    return false;
  }

  /// The class or function (std::thread, std::async) that runs lambda \p Op on a new thread.
  const NamedDecl *spawnerOf(const FunctionDecl *Op) const {
    auto Lambda = LambdaOf.find(Op->getCanonicalDecl());
    if (Lambda == LambdaOf.end())
      return nullptr;
    const Stmt *Child = Lambda->second;
    for (unsigned Steps = 0; Steps < 8; ++Steps) {
      DynTypedNodeList Parents = Context.getParents(*Child);
      const Stmt *Parent = Parents.empty() ? nullptr : Parents[0].get<Stmt>();
      if (!Parent)
        return nullptr;
      if (const auto *Construct = dyn_cast<CXXConstructExpr>(Parent)) {
        const CXXRecordDecl *Class = Construct->getConstructor()->getParent();
        if (llvm::any_of(Models.Threads.Spawners,
                         [&](const std::string &N) { return nameMatches(*Class, N); }))
          return Class;
        return nullptr;
      }
      if (const auto *Call = dyn_cast<CallExpr>(Parent))
        return namedAny(Call->getDirectCallee(), Models.Threads.Spawners) ? Call->getDirectCallee()
                                                                          : nullptr;
      if (!isa<ImplicitCastExpr, MaterializeTemporaryExpr, CXXBindTemporaryExpr, ParenExpr,
               ExprWithCleanups>(Parent))
        return nullptr;
      Child = Parent;
    }
    return nullptr;
  }

  void checkThread(ClangTidyCheck &Check, const OutgoingSite &Site, const Reach &R,
                   llvm::DenseSet<SourceLocation> &Reported) const;
  void checkSpans(ClangTidyCheck &Check, const FunctionDecl *Handler, const Stmt *Body,
                  llvm::DenseSet<SourceLocation> &Reported) const;
  void noteHandler(ClangTidyCheck &Check, const FunctionDecl *Handler) const;

  bool propagates(const OutgoingSite &Site) const;
  void report(ClangTidyCheck &Check, const OutgoingSite &Site, const Reach &R,
              llvm::DenseSet<SourceLocation> &Reported) const;
  std::string handlerName(const FunctionDecl *F) const;

  ASTContext &Context;
  const SourceManager &SM;
  const TraceModels &Models;
  const std::optional<llvm::Regex> &HandlerName;
  const std::vector<std::string> &ExtraPropagators;
  std::vector<OutgoingSite> Outgoing;
  llvm::DenseMap<const FunctionDecl *, std::vector<CallerSite>> Callers;
  llvm::DenseMap<const FunctionDecl *, const FunctionDecl *> LexicalParent;
  llvm::DenseMap<const FunctionDecl *, const LambdaExpr *> LambdaOf;
  mutable std::map<std::pair<const FunctionDecl *, unsigned>, bool> HelperCache;
};

class BodyIndexer : public RecursiveASTVisitor<BodyIndexer> {
public:
  BodyIndexer(Analysis &A, const FunctionDecl *F) : A(A) { Stack.push_back(F); }
  bool shouldVisitTemplateInstantiations() const { return false; }

  bool TraverseLambdaExpr(LambdaExpr *Lambda) {
    const FunctionDecl *Op = Lambda->getCallOperator()->getCanonicalDecl();
    A.LexicalParent[Op] = Stack.back();
    A.LambdaOf[Op] = Lambda;
    for (Expr *Init : Lambda->capture_inits())
      if (Init)
        TraverseStmt(Init);
    Stack.push_back(Op);
    TraverseStmt(Lambda->getBody());
    Stack.pop_back();
    return true;
  }

  bool VisitCallExpr(CallExpr *Call) {
    if (const OutgoingCallModel *Model = A.outgoingModel(Call)) {
      A.Outgoing.push_back({Call, Stack.back(), Model});
      return true;
    }
    const FunctionDecl *Callee = Call->getDirectCallee();
    const FunctionDecl *Def = nullptr;
    if (Callee && Callee->hasBody(Def) && !inSystemHeader(Def, A.SM))
      A.Callers[Def->getCanonicalDecl()].push_back({Stack.back(), Call});
    return true;
  }

private:
  Analysis &A;
  std::vector<const FunctionDecl *> Stack;
};

void Analysis::index(const FunctionDecl *F) {
  BodyIndexer(*this, F->getCanonicalDecl()).TraverseStmt(F->getBody());
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
      if (Member->getNumArgs() == 0 && Member->getMethodDecl() &&
          (Member->getMethodDecl()->getReturnType()->isReferenceType() ||
           Member->getMethodDecl()->getReturnType()->isPointerType())) {
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
    // Look through casts and the copy a by-value parameter makes (http_client::request(msg)).
    for (unsigned Steps = 0; E && Steps < 4; ++Steps) {
      E = E->IgnoreParenCasts()->IgnoreImplicit();
      const auto *Copy = dyn_cast<CXXConstructExpr>(E);
      if (!Copy || Copy->getNumArgs() != 1 || !Copy->getConstructor()->isCopyOrMoveConstructor())
        break;
      E = Copy->getArg(0);
    }
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
      const FunctionDecl *Callee = nullptr;
      if (const auto *Construct = dyn_cast<CXXConstructExpr>(U.Call))
        Callee = Construct->getConstructor();
      else
        Callee = cast<CallExpr>(U.Call)->getDirectCallee();
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
        if (const ValueDecl *D = handleDecl(E); D && D != C.Decl && isa<VarDecl>(D))
          Work.push_back({D, false, true});
      };
      if (const auto *Construct = dyn_cast<CXXConstructExpr>(U.Call)) {
        for (const Expr *Arg : Construct->arguments())
          Link(Arg);
      } else {
        for (const Expr *Arg : cast<CallExpr>(U.Call)->arguments())
          Link(Arg);
        if (const auto *Member = dyn_cast<CXXMemberCallExpr>(U.Call))
          Link(Member->getImplicitObjectArgument());
      }
    }
  }
  return false;
}

std::string Analysis::handlerName(const FunctionDecl *F) const {
  auto Lambda = LambdaOf.find(F->getCanonicalDecl());
  if (Lambda == LambdaOf.end())
    return displayName(*F, SM);
  // A route lambda: name it after its registration, svr.Post("/orders", ...) -> POST /orders.
  const Stmt *Child = Lambda->second;
  for (unsigned Steps = 0; Steps < 8; ++Steps) {
    DynTypedNodeList Parents = Context.getParents(*Child);
    const Stmt *Parent = Parents.empty() ? nullptr : Parents[0].get<Stmt>();
    if (!Parent)
      break;
    if (const auto *Member = dyn_cast<CXXMemberCallExpr>(Parent)) {
      const CXXMethodDecl *Method = Member->getMethodDecl();
      if (Method && Method->getDeclName().isIdentifier() && Member->getNumArgs() > 0) {
        if (const StringLiteral *Path = literalIn(Member->getArg(0)))
          return Method->getName().upper() + " " + Path->getString().str();
        // listener.support(methods::POST, ...) -> POST listener (verbs are upper case)
        const auto *Verb = dyn_cast<DeclRefExpr>(Member->getArg(0)->IgnoreImplicit());
        if (Verb && isa<VarDecl>(Verb->getDecl()) && !isa<ParmVarDecl>(Verb->getDecl()) &&
            Verb->getDecl()->getIdentifier() && Member->getNumArgs() > 1 &&
            Verb->getDecl()->getName().upper() == Verb->getDecl()->getName())
          return Verb->getDecl()->getNameAsString() + " listener";
      }
      break;
    }
    Child = Parent;
  }
  auto Parent = LexicalParent.find(F->getCanonicalDecl());
  return "lambda in " +
         (Parent != LexicalParent.end() ? handlerName(Parent->second) : std::string("?"));
}

void Analysis::report(ClangTidyCheck &Check, const OutgoingSite &Site, const Reach &R,
                      llvm::DenseSet<SourceLocation> &Reported) const {
  SourceLocation Loc = Site.Call->getExprLoc();
  if (Loc.isInvalid() || !Reported.insert(Loc).second)
    return;
  const FunctionDecl *Handler = R.Handler->getDefinition() ? R.Handler->getDefinition() : R.Handler;
  std::string Name = handlerName(Handler);
  std::string Message = substitute(Site.Model->Message, "{handler}", Name);
  Message = substitute(Message, "{call}", displayName(*Site.Call->getDirectCallee(), SM));
  Check.diag(Loc, "%0") << Message;
  if (R.LostAt) {
    const FunctionDecl *Helper = R.LostAt->getDirectCallee();
    Check.diag(R.LostAt->getExprLoc(),
               "'%0' calls '%1' here without passing the request's trace context",
               DiagnosticIDs::Note)
        << Name << (Helper ? displayName(*Helper, SM) : std::string("helper"));
  }
  noteHandler(Check, Handler);
}

void Analysis::noteHandler(ClangTidyCheck &Check, const FunctionDecl *Handler) const {
  const ParmVarDecl *Param = nullptr;
  isHandler(Handler, Param);
  if (Param && Param->getLocation().isValid())
    Check.diag(Param->getLocation(), "the incoming request's trace context arrives here",
               DiagnosticIDs::Note);
  else
    Check.diag(Handler->getLocation(), "'%0' handles an incoming request", DiagnosticIDs::Note)
        << handlerName(Handler);
}

void Analysis::checkThread(ClangTidyCheck &Check, const OutgoingSite &Site, const Reach &R,
                           llvm::DenseSet<SourceLocation> &Reported) const {
  const ThreadModel &Model = Models.Threads;
  if (Model.Message.empty() || R.LostAt)
    return;
  const NamedDecl *Spawner = spawnerOf(Site.Function);
  auto Lambda = LambdaOf.find(Site.Function->getCanonicalDecl());
  if (!Spawner || Lambda == LambdaOf.end())
    return;
  // The call's context comes from the thread's current context, which is empty unless the
  // thread attaches one.
  bool ReadsCurrent = false, Attaches = false;
  forEachCall(Lambda->second->getBody(), [&](const CallExpr *Call) {
    ReadsCurrent |= namedAny(Call->getDirectCallee(), Model.CurrentContextReaders);
    Attaches |= namedAny(Call->getDirectCallee(), Model.Attachers);
  });
  if (!ReadsCurrent || Attaches)
    return;
  SourceLocation Loc = Site.Call->getExprLoc();
  if (Loc.isInvalid() || !Reported.insert(Loc).second)
    return;
  const FunctionDecl *Handler = R.Handler->getDefinition() ? R.Handler->getDefinition() : R.Handler;
  std::string Message = substitute(Model.Message, "{handler}", handlerName(Handler));
  Message = substitute(Message, "{call}", displayName(*Site.Call->getDirectCallee(), SM));
  Message = substitute(Message, "{spawner}", Spawner->getQualifiedNameAsString());
  Check.diag(Loc, "%0") << Message;
  Check.diag(Lambda->second->getBeginLoc(), "the thread's work starts here", DiagnosticIDs::Note);
  noteHandler(Check, Handler);
}

void Analysis::checkSpans(ClangTidyCheck &Check, const FunctionDecl *Handler, const Stmt *Body,
                          llvm::DenseSet<SourceLocation> &Reported) const {
  const SpanModel &Model = Models.Spans;
  if (Model.StartSpan.empty() || Model.Message.empty() || !Body)
    return;
  const CallExpr *Extract = nullptr;
  std::vector<const CallExpr *> Attaches, Starts;
  forEachCall(Body, [&](const CallExpr *Call) {
    const FunctionDecl *Callee = Call->getDirectCallee();
    if (!Extract && namedAny(Callee, Model.Extractors))
      Extract = Call;
    if (namedAny(Callee, Model.Attachers))
      Attaches.push_back(Call);
    if (Callee && nameMatches(*Callee, Model.StartSpan))
      Starts.push_back(Call);
    else if (const auto *Method = dyn_cast_or_null<CXXMethodDecl>(Callee);
             Method && namedAny(Method, {Model.StartSpan}))
      Starts.push_back(Call);
  });
  if (!Extract)
    return;
  for (const CallExpr *Start : Starts) {
    if (llvm::any_of(Attaches, [&](const CallExpr *A) {
          return SM.isBeforeInTranslationUnit(A->getBeginLoc(), Start->getBeginLoc());
        }))
      continue;
    const FunctionDecl *Callee = Start->getDirectCallee();
    const Expr *Options = nullptr;
    for (unsigned I = 0; I < Start->getNumArgs() && I < Callee->getNumParams(); ++I)
      if (typeMatches(Callee->getParamDecl(I)->getType(), Model.OptionsType))
        Options = Start->getArg(I);
    bool HasParent = false;
    if (Options && !isa<CXXDefaultArgExpr>(Options)) {
      const Expr *Bare = Options->IgnoreImplicit()->IgnoreParens();
      const auto *Construct = dyn_cast<CXXConstructExpr>(Bare);
      const auto *Init = dyn_cast<InitListExpr>(Bare);
      const auto *Var = dyn_cast_or_null<VarDecl>(handleDecl(Options));
      if ((Construct && Construct->getNumArgs() == 0) || (Init && Init->getNumInits() == 0)) {
        HasParent = false;
      } else if (Var && Var->hasLocalStorage() && !isa<ParmVarDecl>(Var)) {
        const Expr *VarInit = Var->getInit() ? Var->getInit()->IgnoreImplicit() : nullptr;
        const auto *InitConstruct = dyn_cast_or_null<CXXConstructExpr>(VarInit);
        HasParent = VarInit && !(InitConstruct && InitConstruct->getNumArgs() == 0);
        for (const Expr *Ref : referencesTo(Var, *Body)) {
          DynTypedNodeList Parents = Context.getParents(*Ref);
          const auto *Member = Parents.empty() ? nullptr : Parents[0].get<MemberExpr>();
          if (Member && Member->getMemberDecl()->getDeclName().isIdentifier() &&
              Member->getMemberDecl()->getName() == Model.ParentField)
            HasParent = true;
        }
      } else {
        HasParent = true; // built elsewhere: cannot tell
      }
    }
    if (HasParent)
      continue;
    SourceLocation Loc = Start->getExprLoc();
    if (Loc.isInvalid() || !Reported.insert(Loc).second)
      continue;
    std::string Message = substitute(Model.Message, "{handler}", handlerName(Handler));
    Message = substitute(Message, "{call}", displayName(*Callee, SM));
    Check.diag(Loc, "%0") << Message;
    Check.diag(Extract->getExprLoc(), "the incoming context is extracted here",
               DiagnosticIDs::Note);
  }
}

} // namespace

UnpropagatedTraceContextCheck::UnpropagatedTraceContextCheck(StringRef Name,
                                                             ClangTidyContext *Context)
    : ClangTidyCheck(Name, Context), ModelFiles(Options.getLocalOrGlobal("ModelFiles", "")),
      HandlerNamePattern(Options.get("HandlerNamePattern", "")),
      PropagationFunctions(Options.get("PropagationFunctions", "")) {
  Models = loadModels<TraceModels>(
      RuleId, ModelFiles, getCurrentMainFile(),
      [this](llvm::StringRef Error) { configurationDiag("%0: %1") << RuleId << Error; });
  if (!HandlerNamePattern.empty()) {
    llvm::Regex R(HandlerNamePattern);
    std::string Error;
    if (R.isValid(Error))
      HandlerName.emplace(HandlerNamePattern);
    else
      configurationDiag("%0: HandlerNamePattern is not a valid regex: %1") << RuleId << Error;
  }
  llvm::SmallVector<llvm::StringRef, 4> Names;
  llvm::StringRef(PropagationFunctions).split(Names, ';', -1, false);
  for (llvm::StringRef N : Names)
    if (!N.trim().empty())
      ExtraPropagators.push_back(N.trim().str());
}

UnpropagatedTraceContextCheck::~UnpropagatedTraceContextCheck() = default;

void UnpropagatedTraceContextCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  Options.store(Opts, "ModelFiles", ModelFiles);
  Options.store(Opts, "HandlerNamePattern", HandlerNamePattern);
  Options.store(Opts, "PropagationFunctions", PropagationFunctions);
}

void UnpropagatedTraceContextCheck::registerMatchers(MatchFinder *Finder) {
  // Every function definition of the main file; lambdas are indexed inside their enclosing one.
  Finder->addMatcher(functionDecl(isDefinition(), unless(isExpansionInSystemHeader()),
                                  unless(cxxMethodDecl(ofClass(cxxRecordDecl(isLambda())))))
                         .bind("function"),
                     this);
}

void UnpropagatedTraceContextCheck::check(const MatchFinder::MatchResult &Result) {
  AST = Result.Context;
  const auto *F = Result.Nodes.getNodeAs<FunctionDecl>("function");
  if (F && F->hasBody() && !F->isDependentContext() && !F->isTemplateInstantiation())
    Functions.push_back(F);
}

void UnpropagatedTraceContextCheck::onEndOfTranslationUnit() {
  if (AST && Models && !Models->OutgoingCalls.empty()) {
    Analysis A(*AST, *Models, HandlerName, ExtraPropagators);
    for (const FunctionDecl *F : Functions)
      A.index(F);
    llvm::DenseSet<SourceLocation> Reported;
    for (const OutgoingSite &Site : A.Outgoing) {
      llvm::SmallPtrSet<const FunctionDecl *, 8> Seen;
      std::optional<Reach> R = A.reach(Site.Function, 0, Seen);
      if (!R)
        continue;
      if (!A.propagates(Site))
        A.report(*this, Site, *R, Reported);
      else
        A.checkThread(*this, Site, *R, Reported);
    }
    const ParmVarDecl *Param = nullptr;
    for (const FunctionDecl *F : Functions)
      if (A.isHandler(F, Param))
        A.checkSpans(*this, F, F->getBody(), Reported);
    std::vector<std::pair<const FunctionDecl *, const LambdaExpr *>> Lambdas(A.LambdaOf.begin(),
                                                                             A.LambdaOf.end());
    llvm::sort(Lambdas, [&](const auto &L, const auto &R) {
      return AST->getSourceManager().isBeforeInTranslationUnit(L.second->getBeginLoc(),
                                                               R.second->getBeginLoc());
    });
    for (const auto &[Op, Lambda] : Lambdas)
      if (A.isHandler(Op, Param))
        A.checkSpans(*this, Op, Lambda->getBody(), Reported);
  }
  Functions.clear();
  AST = nullptr;
}

} // namespace clang::tidy::distsys
