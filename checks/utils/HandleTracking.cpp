//===--- HandleTracking.cpp -----------------------------------------------===//
#include "HandleTracking.h"

#include "clang/AST/ExprCXX.h"
#include "clang/AST/ParentMap.h"
#include "clang/AST/ParentMapContext.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "llvm/ADT/SmallPtrSet.h"

#include <optional>

namespace clang::tidy::distsys {
namespace {

class RefCollector : public RecursiveASTVisitor<RefCollector> {
public:
  explicit RefCollector(const ValueDecl *Target) : Target(Target) {}
  bool VisitDeclRefExpr(DeclRefExpr *Ref) {
    // sizeof(h), decltype(h): no use of the handle (libcurl's type-checking macros expand to them).
    if (Ref->getDecl() == Target && Ref->isNonOdrUse() != NOUR_Unevaluated)
      Refs.push_back(Ref);
    return true;
  }
  bool VisitMemberExpr(MemberExpr *Member) {
    if (Member->getMemberDecl() == Target && Member->isNonOdrUse() != NOUR_Unevaluated)
      Refs.push_back(Member);
    return true;
  }
  const ValueDecl *Target;
  llvm::SmallVector<const Expr *, 8> Refs;
};

const CXXRecordDecl *owningWrapperRecord(QualType T) {
  const auto *Record = T.isNull() ? nullptr : T->getAsCXXRecordDecl();
  if (!Record || !Record->isInStdNamespace() || !Record->getIdentifier())
    return nullptr;
  return llvm::is_contained({"unique_ptr", "shared_ptr", "optional"}, Record->getName()) ? Record
                                                                                         : nullptr;
}

/// `*p` and `p->` on a smart pointer name what it holds. (libstdc++'s shared_ptr inherits its
/// operators from a base class: the object is converted to it first.)
bool isWrapperAccess(const Stmt *S) {
  const auto *Op = dyn_cast<CXXOperatorCallExpr>(S);
  return Op && Op->getNumArgs() == 1 &&
         (Op->getOperator() == OO_Star || Op->getOperator() == OO_Arrow) &&
         isOwningWrapper(Op->getArg(0)->IgnoreImpCasts()->getType());
}

/// `handles[i]` names an element of an array of handles, which stands for all of them.
bool isElementAccess(const Stmt *S, const Stmt *Child) {
  const auto *Subscript = dyn_cast<ArraySubscriptExpr>(S);
  return Subscript && Subscript->getBase() == Child;
}

bool isTransparent(const Stmt *S) {
  // An explicit cast hands on the same handle (`(void *)h` as callback data): its own use decides.
  if (isa<ImplicitCastExpr, ExplicitCastExpr, ParenExpr, MaterializeTemporaryExpr,
          CXXBindTemporaryExpr>(S) ||
      isWrapperAccess(S))
    return true;
  if (const auto *Unary = dyn_cast<UnaryOperator>(S))
    return Unary->getOpcode() == UO_AddrOf || Unary->getOpcode() == UO_Deref;
  return false;
}

int argumentIndex(const CallExpr *Call, const Stmt *Arg) {
  for (unsigned I = 0; I < Call->getNumArgs(); ++I)
    if (Call->getArg(I)->IgnoreParenImpCasts() == Arg || Call->getArg(I) == Arg)
      return static_cast<int>(I);
  return -1;
}

class Tracer {
public:
  explicit Tracer(const HandleUsePolicy &Policy) : Policy(Policy) {}

  HandleFate trace(const ValueDecl *Handle, const Stmt *Scope, unsigned Depth) {
    if (!Visited.insert(Handle).second)
      return HandleFate::Unconfigured;
    const ParentMap *Outer = Parents; // a helper's body is traced from within the caller's
    Parents = &parentsIn(*Scope);
    HandleFate Fate = HandleFate::Unconfigured;
    for (const Expr *Ref : referencesTo(Handle, *Scope)) {
      combineFates(Fate, useOf(*Ref, Handle, Depth));
      if (Fate == HandleFate::Configured)
        break;
    }
    Parents = Outer;
    return Fate;
  }

private:
  /// Parents come from the traced body itself, not from the ASTContext: the driver limits the
  /// context's parent map to the main file's declarations, and a helper or a class's method may be
  /// defined in a header.
  const ParentMap &parentsIn(const Stmt &Scope) {
    std::unique_ptr<ParentMap> &Map = ParentMaps[&Scope];
    if (!Map)
      Map = std::make_unique<ParentMap>(const_cast<Stmt *>(&Scope));
    return *Map;
  }
  const Stmt *parentOf(const Stmt &S) const { return Parents->getParent(&S); }

  HandleFate useOf(const Expr &Ref, const ValueDecl *Handle, unsigned Depth) {
    const Stmt *Child = &Ref;
    const Stmt *Parent = parentOf(Ref);
    while (Parent && (isTransparent(Parent) || isElementAccess(Parent, Child))) {
      Child = Parent;
      Parent = parentOf(*Parent);
    }
    if (!Parent)
      return HandleFate::Unconfigured; // the body itself
    if (const auto *Declaration = dyn_cast<DeclStmt>(Parent)) {
      // The initializer of a declaration: the handle's own is its creation, any other a copy.
      for (const Decl *D : Declaration->decls())
        if (const auto *Var = dyn_cast<VarDecl>(D);
            Var && Var != Handle && Var->getInit() &&
            Var->getInit()->IgnoreImplicit() == cast<Expr>(Child)->IgnoreImplicit())
          return HandleFate::Escapes;
      return HandleFate::Unconfigured;
    }

    // h.method(...) / h->method(...): the handle is the object of a member call.
    if (const auto *Member = dyn_cast<MemberExpr>(Parent)) {
      if (const auto *Call = dyn_cast_or_null<CXXMemberCallExpr>(parentOf(*Member))) {
        if (Policy.Configures(Call, -1, *Parents))
          return HandleFate::Configured;
        if (Policy.IsLibraryCall(Call))
          return HandleFate::Unconfigured;
        // ptr.get() and similar accessors hand the handle on; follow the call's own use.
        if (Call->getNumArgs() == 0 && Call->getType()->isPointerType())
          return useOf(*Call, Handle, Depth);
      }
      return HandleFate::Unconfigured;
    }
    if (const auto *Call = dyn_cast<CallExpr>(Parent)) {
      int Index = argumentIndex(Call, Child);
      if (Index < 0) // the callee itself, e.g. a stored function pointer
        return HandleFate::Unconfigured;
      // A smart pointer's operators, as the built-in ones below: assigning to it is where it was
      // created (client_ = DbClient::newPgClient(...)), comparing reads it.
      if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(Call);
          Op && ((Op->getOperator() == OO_Equal && Index == 0) || Op->isComparisonOp()))
        return HandleFate::Unconfigured;
      if (Policy.Configures(Call, Index, *Parents))
        return HandleFate::Configured;
      if (Policy.IsLibraryCall(Call))
        return HandleFate::Unconfigured;
      return intoCallee(Call->getDirectCallee(), Index, Depth);
    }
    if (const auto *Construct = dyn_cast<CXXConstructExpr>(Parent)) {
      int Index = -1;
      for (unsigned I = 0; I < Construct->getNumArgs(); ++I)
        if (Construct->getArg(I)->IgnoreParenImpCasts() == Child)
          Index = static_cast<int>(I);
      if (Construct->getConstructor()->isCopyOrMoveConstructor()) {
        // A lambda's copy is the same handle (a shared_ptr captured by a completion callback),
        // and its uses in the lambda's body name the captured variable: they are followed.
        const Stmt *Owner = parentOf(*Construct);
        return Owner && isa<LambdaExpr>(Owner) ? HandleFate::Unconfigured : HandleFate::Escapes;
      }
      return Index < 0 ? HandleFate::Unconfigured
                       : intoCallee(Construct->getConstructor(), Index, Depth);
    }
    if (const auto *Binary = dyn_cast<BinaryOperator>(Parent)) {
      // Comparisons read the handle; assigning *to* it is where it was created.
      if (Binary->isComparisonOp() || Binary->isLogicalOp() ||
          (Binary->isAssignmentOp() && Binary->getLHS()->IgnoreParenImpCasts() == Child))
        return HandleFate::Unconfigured;
      return HandleFate::Escapes;
    }
    if (isa<IfStmt, WhileStmt, ForStmt, DoStmt, ConditionalOperator, CompoundStmt>(Parent))
      return HandleFate::Unconfigured;
    if (const auto *Unary = dyn_cast<UnaryOperator>(Parent))
      return Unary->getOpcode() == UO_LNot ? HandleFate::Unconfigured : HandleFate::Escapes;
    if (isa<CXXMemberCallExpr>(Parent) || (Policy.ReturnIsUse && isa<ReturnStmt>(Parent)))
      return HandleFate::Unconfigured;
    // Returned, stored, captured by copy into something else, cast away: out of our sight.
    return HandleFate::Escapes;
  }

  HandleFate intoCallee(const FunctionDecl *Callee, int Index, unsigned Depth) {
    if (!Callee)
      return HandleFate::Escapes;
    const FunctionDecl *Definition = nullptr;
    if (Depth == 0 || static_cast<unsigned>(Index) >= Callee->getNumParams())
      return HandleFate::Escapes;
    if (!Callee->hasBody(Definition) || !Definition)
      return Policy.External && !Callee->isVariadic() ? Policy.External(*Callee, Index)
                                                      : HandleFate::Escapes;
    return trace(Definition->getParamDecl(Index), Definition->getBody(), Depth - 1);
  }

  const HandleUsePolicy &Policy;
  llvm::SmallPtrSet<const ValueDecl *, 8> Visited;
  llvm::DenseMap<const Stmt *, std::unique_ptr<ParentMap>> ParentMaps;
  const ParentMap *Parents = nullptr; // of the body being traced
};

/// Methods whose bodies this translation unit has, or nullptr when some method's body is elsewhere.
std::optional<llvm::SmallVector<const Stmt *, 8>> methodBodies(const CXXRecordDecl &Class) {
  llvm::SmallVector<const Stmt *, 8> Bodies;
  for (const CXXMethodDecl *Method : Class.methods()) {
    if (Method->isImplicit() || Method->isDeleted() || Method->isDefaulted() ||
        Method->isPureVirtual())
      continue;
    const FunctionDecl *Definition = nullptr;
    if (!Method->hasBody(Definition) || !Definition->getBody())
      return std::nullopt;
    Bodies.push_back(Definition->getBody());
  }
  return Bodies;
}

} // namespace

HandleFate traceMember(const FieldDecl *Field, const HandleUsePolicy &Policy, unsigned Depth) {
  const auto *Class = Field ? dyn_cast<CXXRecordDecl>(Field->getParent()) : nullptr;
  if (!Class || Field->getAccess() == AS_public || Class->hasFriends())
    return HandleFate::Escapes;
  auto Bodies = methodBodies(*Class);
  if (!Bodies)
    return HandleFate::Escapes;
  HandleFate Fate = HandleFate::Unconfigured;
  for (const Stmt *Body : *Bodies) {
    combineFates(Fate, Tracer(Policy).trace(Field, Body, Depth));
    if (Fate == HandleFate::Configured)
      break;
  }
  return Fate;
}

bool isOwningWrapper(QualType T) { return owningWrapperRecord(T) != nullptr; }

const CXXRecordDecl *heldRecord(QualType T) {
  if (T.isNull() || T->isReferenceType())
    return nullptr;
  const auto *Wrapper = dyn_cast_or_null<ClassTemplateSpecializationDecl>(owningWrapperRecord(T));
  if (!Wrapper)
    return T->getAsCXXRecordDecl();
  const TemplateArgumentList &Args = Wrapper->getTemplateArgs();
  return Args.size() && Args[0].getKind() == TemplateArgument::Type
             ? Args[0].getAsType()->getAsCXXRecordDecl()
             : nullptr;
}

const Expr *ownedValue(const Expr *E) {
  if (!E)
    return nullptr;
  E = E->IgnoreImplicit();
  if (const auto *Construct = dyn_cast<CXXConstructExpr>(E);
      Construct && Construct->getNumArgs() >= 1 && isOwningWrapper(Construct->getType()) &&
      !Construct->getConstructor()->isCopyOrMoveConstructor())
    return Construct->getArg(0)->IgnoreImplicit();
  return E;
}

bool isFreshObject(const Expr *E) {
  E = ownedValue(E);
  if (!E || isa<CXXNewExpr>(E))
    return E != nullptr;
  const auto *Call = dyn_cast<CallExpr>(E);
  const FunctionDecl *Callee = Call ? Call->getDirectCallee() : nullptr;
  return Callee && Callee->isInStdNamespace() && Callee->getIdentifier() &&
         llvm::is_contained({"make_unique", "make_shared", "make_optional"}, Callee->getName());
}

HandleFate traceHandle(const ValueDecl *Handle, const Stmt *Scope, const HandleUsePolicy &Policy,
                       unsigned Depth) {
  if (!Handle || !Scope)
    return HandleFate::Escapes;
  return Tracer(Policy).trace(Handle, Scope, Depth);
}

llvm::SmallVector<const Expr *, 8> referencesTo(const ValueDecl *Target, const Stmt &Scope) {
  RefCollector Collector(Target);
  Collector.TraverseStmt(const_cast<Stmt *>(&Scope));
  return std::move(Collector.Refs);
}

const ValueDecl *handleDecl(const Expr *E) {
  while (E) {
    E = E->IgnoreParenImpCasts();
    if (const auto *Ref = dyn_cast<DeclRefExpr>(E))
      return Ref->getDecl();
    if (const auto *Member = dyn_cast<MemberExpr>(E))
      return Member->getMemberDecl();
    if (const auto *Unary = dyn_cast<UnaryOperator>(E)) {
      E = Unary->getSubExpr();
      continue;
    }
    if (const auto *Element = dyn_cast<ArraySubscriptExpr>(E)) {
      E = Element->getBase(); // handles[i]: the array of handles
      continue;
    }
    if (const auto *Call = dyn_cast<CXXMemberCallExpr>(E); Call && Call->getNumArgs() == 0) {
      E = Call->getImplicitObjectArgument(); // ctx.get()
      continue;
    }
    if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(E);
        Op && Op->getNumArgs() == 1 &&
        (Op->getOperator() == OO_Star || Op->getOperator() == OO_Arrow)) {
      E = Op->getArg(0); // *ctx on a smart pointer
      continue;
    }
    return nullptr;
  }
  return nullptr;
}

const Stmt *enclosingFunctionBody(const Stmt &S, ASTContext &Context) {
  DynTypedNodeList Parents = Context.getParents(S);
  while (!Parents.empty()) {
    if (const auto *Function = Parents[0].get<FunctionDecl>())
      return Function->getBody();
    if (const auto *Lambda = Parents[0].get<LambdaExpr>())
      return Lambda->getBody();
    Parents = Context.getParents(Parents[0]);
  }
  return nullptr;
}

const Stmt *enclosingFullStatement(const Stmt &S, ASTContext &Context) {
  DynTypedNode Current = DynTypedNode::create(S);
  for (DynTypedNodeList Parents = Context.getParents(S); !Parents.empty();
       Current = Parents[0], Parents = Context.getParents(Current)) {
    if (Parents[0].get<CompoundStmt>())
      return Current.get<Stmt>();
    if (Parents[0].get<FunctionDecl>() || Parents[0].get<LambdaExpr>())
      return nullptr;
  }
  return nullptr;
}

} // namespace clang::tidy::distsys
