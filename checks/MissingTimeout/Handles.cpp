//===--- Handles.cpp - handles configured by a timeout setter -------------===//
//
// distsys-missing-timeout's handle family: a local handle (libcurl's CURL *, a gRPC ClientContext,
// a hiredis context; with FlagLibraryDefaults, cpp-httplib and cpprestsdk clients) on which a
// blocking operation is called, or which is created, while nothing set a timeout on it. The note
// offers the setter statement. Models: "handles", "libraryDefaults".
//
//===----------------------------------------------------------------------===//
#include "MissingTimeoutCheck.h"
#include "MissingTimeoutFamilies.h"
#include "MissingTimeoutModels.h"
#include "utils/MessageTemplates.h"

#include "clang/AST/ExprCXX.h"
#include "clang/AST/ParentMap.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"

#include <optional>

using namespace clang::ast_matchers;

namespace clang::tidy::distsys {
using namespace missing_timeout;
namespace {

bool optionMatches(const Expr *Arg, const std::vector<std::string> &Options) {
  if (Options.empty())
    return true;
  const auto *Ref = dyn_cast<DeclRefExpr>(Arg->IgnoreParenImpCasts());
  // An option held in a variable may well be a timeout: precision first.
  if (!Ref || !isa<EnumConstantDecl>(Ref->getDecl()))
    return true;
  return llvm::is_contained(Options, Ref->getDecl()->getName());
}

bool operationMatches(const HandleOperation &Op, const FunctionDecl &Callee) {
  if (!Op.Function.empty())
    return nameMatches(Callee, Op.Function);
  const auto *Method = dyn_cast<CXXMethodDecl>(&Callee);
  if (!Method || !Op.MethodOfClass->match("::" + Method->getParent()->getQualifiedNameAsString()))
    return false;
  return !Op.MethodName || Op.MethodName->match(Method->getName());
}

bool setsTimeout(const HandleModel &Model, const CallExpr *Call, int ArgIndex,
                 const ASTContext &Context) {
  const FunctionDecl *Callee = Call->getDirectCallee();
  if (!Callee)
    return false;
  for (const TimeoutSetter &Setter : Model.TimeoutSetters) {
    if (!Setter.Method.empty()) {
      auto Bounds = [&](const Expr *Arg) {
        if (!Setter.ArgTypes.empty() && !isOfExactClass(Arg, Setter.ArgTypes))
          return false;
        std::optional<int64_t> Value = constructedFrom(Arg, Context);
        return !Value || !llvm::is_contained(Setter.UnboundedValues, *Value);
      };
      bool ChecksArguments = !Setter.ArgTypes.empty() || !Setter.UnboundedValues.empty();
      if (ArgIndex == -1 && Callee->getName() == Setter.Method &&
          (!ChecksArguments || llvm::any_of(Call->arguments(), Bounds)))
        return true;
      continue;
    }
    if (ArgIndex != Setter.HandleArg || !nameMatches(*Callee, Setter.Function))
      continue;
    if (Setter.OptionArg < 0)
      return true;
    if (static_cast<unsigned>(Setter.OptionArg) < Call->getNumArgs() &&
        optionMatches(Call->getArg(Setter.OptionArg), Setter.Options))
      return true;
  }
  return false;
}

bool isLibraryCall(const HandleModel &Model, const CallExpr *Call) {
  const FunctionDecl *Callee = Call->getDirectCallee();
  if (!Callee)
    return false;
  if (const auto *Method = dyn_cast<CXXMethodDecl>(Callee);
      Method && !Model.HandleType.empty() && nameMatches(*Method->getParent(), Model.HandleType))
    return true;
  for (const HandleOperation &Op : Model.Operations)
    if (operationMatches(Op, *Callee))
      return true;
  return Model.LibraryFunctions &&
         Model.LibraryFunctions->match(Callee->getQualifiedNameAsString());
}

bool isCreatorCall(const HandleModel &Model, const Expr *E) {
  const auto *Call = dyn_cast_or_null<CallExpr>(ownedValue(E));
  const FunctionDecl *Callee = Call ? Call->getDirectCallee() : nullptr;
  return Callee && llvm::any_of(Model.Creators, [&](const std::string &Creator) {
           return nameMatches(*Callee, Creator);
         });
}

bool holdsHandleType(const HandleModel &Model, QualType T) {
  const CXXRecordDecl *Record = heldRecord(T);
  return Record && nameMatches(*Record, Model.HandleType);
}

/// Whether some statement in \p Body stores a value \p Accepts in \p Handle: `h = value` or, for a
/// smart pointer, `h.reset(value)`.
bool assignedFrom(const ValueDecl *Handle, const Stmt &Body, ASTContext &Context,
                  llvm::function_ref<bool(const Expr *)> Accepts) {
  auto Named = anyOf(declRefExpr(to(equalsNode(Handle))), memberExpr(member(equalsNode(Handle))));
  auto Names = ignoringParenImpCasts(
      anyOf(Named, arraySubscriptExpr(hasBase(ignoringParenImpCasts(Named)))));
  auto Stores =
      match(findAll(expr(anyOf(
                binaryOperator(isAssignmentOperator(), hasLHS(Names), hasRHS(expr().bind("value"))),
                cxxOperatorCallExpr(hasOverloadedOperatorName("="), hasArgument(0, Names),
                                    hasArgument(1, expr().bind("value"))),
                cxxMemberCallExpr(callee(cxxMethodDecl(hasName("reset"))), on(Names),
                                  hasArgument(0, expr().bind("value")))))),
            Body, Context);
  return llvm::any_of(
      Stores, [&](const BoundNodes &Node) { return Accepts(Node.getNodeAs<Expr>("value")); });
}

/// Whether \p Handle, a local or member, is given a value \p Accepts: by its initializer, a
/// constructor's member initializer, or an assignment in \p Bodies.
bool initialisedFrom(const ValueDecl *Handle, llvm::ArrayRef<const Stmt *> Bodies,
                     ASTContext &Context, llvm::function_ref<bool(const Expr *)> Accepts) {
  if (const auto *Var = dyn_cast<VarDecl>(Handle); Var && Accepts(Var->getInit()))
    return true;
  if (const auto *Field = dyn_cast<FieldDecl>(Handle)) {
    if (Accepts(Field->getInClassInitializer()))
      return true;
    for (const CXXConstructorDecl *Constructor : cast<CXXRecordDecl>(Field->getParent())->ctors()) {
      const FunctionDecl *Definition = nullptr;
      if (Constructor->hasBody(Definition))
        for (const CXXCtorInitializer *Init : cast<CXXConstructorDecl>(Definition)->inits())
          if (Init->getMember() == Field && Accepts(Init->getInit()))
            return true;
    }
  }
  return llvm::any_of(Bodies, [&](const Stmt *Body) {
    return Body && assignedFrom(Handle, *Body, Context, Accepts);
  });
}

/// The bodies where \p Handle may be given its value: its function's, or its class's methods'.
llvm::SmallVector<const Stmt *, 8> bodiesOf(const ValueDecl *Handle) {
  llvm::SmallVector<const Stmt *, 8> Bodies;
  if (const auto *Field = dyn_cast<FieldDecl>(Handle)) {
    for (const CXXMethodDecl *Method : cast<CXXRecordDecl>(Field->getParent())->methods())
      if (const FunctionDecl *Definition = nullptr; Method->hasBody(Definition))
        Bodies.push_back(Definition->getBody());
  } else if (const auto *Function = dyn_cast_or_null<FunctionDecl>(
                 cast<VarDecl>(Handle)->getParentFunctionOrMethod())) {
    Bodies.push_back(Function->getBody());
  }
  return Bodies;
}

bool tracks(const HandleModel &Model, const ValueDecl *Handle, ASTContext &Context);

bool isNullValue(const Expr *E, ASTContext &Context) {
  return E->IgnoreParenImpCasts()->isNullPointerConstant(Context,
                                                         Expr::NPC_ValueDependentIsNotNull);
}

/// When \p E calls a factory, a function with a body here whose every return statement returns
/// a creator's result, a local the model tracks, or null: what the factory does to the handle it
/// makes (followed in its body, \p Depth factories deep). nullopt when \p E is no such call.
std::optional<HandleFate> factoryFate(const HandleModel &Model, const Expr *E, ASTContext &Context,
                                      const HandleUsePolicy &Policy, unsigned Depth = 2) {
  const auto *Call = dyn_cast_or_null<CallExpr>(ownedValue(E));
  const FunctionDecl *Callee = Call ? Call->getDirectCallee() : nullptr;
  const FunctionDecl *Definition = nullptr;
  if (Depth == 0 || !Callee || !Callee->hasBody(Definition) || !Definition->getBody() ||
      !Definition->getReturnType()->isPointerType() || isCreatorCall(Model, Call))
    return std::nullopt;
  // The factory's own returns, not a lambda's inside it. Parents come from the body itself, not
  // from the ASTContext (forFunction): the driver limits the context's parent map to the main
  // file's declarations, and a factory may be defined in a header.
  Stmt *Body = Definition->getBody();
  ParentMap Parents(Body);
  auto ReturnsFromFactory = [&](const Stmt *S) {
    for (; S && S != Body; S = Parents.getParent(S))
      if (isa<LambdaExpr, BlockExpr>(S))
        return false;
    return S == Body; // not reached from a local class's method either
  };
  auto Returns = match(findAll(returnStmt(hasReturnValue(expr().bind("value"))).bind("return")),
                       *Body, Context);
  HandleFate Fate = HandleFate::Unconfigured;
  bool MakesOne = false;
  HandleUsePolicy Inside = Policy;
  Inside.ReturnIsUse = true;
  for (const BoundNodes &Node : Returns) {
    if (!ReturnsFromFactory(Node.getNodeAs<ReturnStmt>("return")))
      continue;
    const Expr *Value = Node.getNodeAs<Expr>("value");
    if (isNullValue(Value, Context))
      continue;
    MakesOne = true;
    if (isCreatorCall(Model, Value))
      continue;
    if (auto Inner = factoryFate(Model, Value, Context, Policy, Depth - 1)) {
      combineFates(Fate, *Inner);
      continue;
    }
    const auto *Var = dyn_cast_or_null<VarDecl>(handleDecl(Value));
    if (!Var || isa<ParmVarDecl>(Var) || !Var->hasLocalStorage() || !tracks(Model, Var, Context))
      return std::nullopt;
    combineFates(Fate, traceHandle(Var, Definition->getBody(), Inside));
  }
  return MakesOne ? std::optional<HandleFate>(Fate) : std::nullopt;
}

/// Whether the model tracks \p Handle, a local or member: of the handle type (made here when
/// held by a smart pointer), or given a creator's result, directly or from a factory.
bool tracks(const HandleModel &Model, const ValueDecl *Handle, ASTContext &Context) {
  if (!Model.HandleType.empty()) {
    if (!holdsHandleType(Model, Handle->getType()))
      return false;
    return !isOwningWrapper(Handle->getType()) ||
           initialisedFrom(Handle, bodiesOf(Handle), Context, isFreshObject);
  }
  auto Neutral = [](const CallExpr *, int, const ParentMap &) { return false; };
  auto NotLibrary = [](const CallExpr *) { return false; };
  return initialisedFrom(Handle, bodiesOf(Handle), Context, [&](const Expr *E) {
    return isCreatorCall(Model, E) || factoryFate(Model, E, Context, {Neutral, NotLibrary});
  });
}

/// What the factories that gave \p Handle its value did to it (Unconfigured when none did).
HandleFate fateFromFactories(const HandleModel &Model, const ValueDecl *Handle, ASTContext &Context,
                             const HandleUsePolicy &Policy) {
  HandleFate Fate = HandleFate::Unconfigured;
  initialisedFrom(Handle, bodiesOf(Handle), Context, [&](const Expr *E) {
    if (auto FromFactory = factoryFate(Model, E, Context, Policy))
      combineFates(Fate, *FromFactory);
    return false; // see every value
  });
  return Fate;
}

/// The variable or member that holds the handle \p Handle names, when it is one this model tracks
/// (see tracks): a local, or a non-public class member (see traceMember). Parameters and globals
/// may be configured anywhere, so they are not tracked.
const ValueDecl *trackedHandle(const HandleModel &Model, const ValueDecl *Handle,
                               ASTContext &Context) {
  const auto *Var = dyn_cast_or_null<VarDecl>(Handle);
  bool Local = Var && !isa<ParmVarDecl>(Var) && Var->hasLocalStorage();
  const auto *Field = dyn_cast_or_null<FieldDecl>(Handle);
  bool Member = Field && isa<CXXRecordDecl>(Field->getParent()); // not a C struct's field
  if (!Local && !Member)
    return nullptr;
  return tracks(Model, Handle, Context) ? Handle : nullptr;
}

/// Whether \p Var, a local of the model's handle type, was constructed with a configuration
/// argument that bounds it (see ConstructorConfig).
bool configuredByConstructor(const HandleModel &Model, const VarDecl *Var, ASTContext &Context) {
  const ConstructorConfig &Config = Model.ByConstructor;
  if (Config.Arg < 0)
    return false;
  const auto *Construct = dyn_cast_or_null<CXXConstructExpr>(
      Var->getInit() ? Var->getInit()->IgnoreImplicit() : nullptr);
  if (!Construct)
    return true; // initialised some other way: out of sight
  if (static_cast<unsigned>(Config.Arg) >= Construct->getNumArgs() ||
      isa<CXXDefaultArgExpr>(Construct->getArg(Config.Arg)))
    return false;
  const auto *ConfigVar = dyn_cast_or_null<VarDecl>(handleDecl(Construct->getArg(Config.Arg)));
  const auto *Owner = dyn_cast_or_null<FunctionDecl>(Var->getParentFunctionOrMethod());
  if (!ConfigVar || isa<ParmVarDecl>(ConfigVar) || !ConfigVar->hasLocalStorage() || !Owner ||
      !Owner->getBody())
    return true;
  auto Setters = match(
      findAll(cxxMemberCallExpr(callee(cxxMethodDecl(hasAnyName(std::vector<llvm::StringRef>(
                                    Config.Setters.begin(), Config.Setters.end())))),
                                on(ignoringParenImpCasts(declRefExpr(to(equalsNode(ConfigVar))))))
                  .bind("setter")),
      *Owner->getBody(), Context);
  return !Setters.empty();
}

/// The summary topic of a handle model: summaries say what a helper does for this model only.
std::string topicOf(const HandleModel &Model) {
  return (MissingTimeoutCheck::RuleId + "/" + Model.Api).str();
}

/// The type a creator of \p Model returns, looked up in this translation unit.
QualType lookUpCreatorType(const HandleModel &Model, ASTContext &Context) {
  for (const std::string &Creator : Model.Creators) {
    llvm::StringRef Name = llvm::StringRef(Creator).rsplit("::").second;
    if (Name.empty())
      Name = Creator;
    for (const NamedDecl *Found :
         Context.getTranslationUnitDecl()->lookup(&Context.Idents.get(Name)))
      if (const auto *Function = dyn_cast<FunctionDecl>(Found))
        return Function->getReturnType();
  }
  return {};
}

/// Whether a parameter of type \p T receives a handle of \p Model: a pointer or reference to
/// (a smart pointer holding) an object of the handle type, or \p Created, the type a creator
/// returns. A creator's type spelled through a typedef (libcurl's `typedef void CURL`) must be
/// spelled so.
bool receivesHandle(const HandleModel &Model, QualType T, QualType Created, ASTContext &Context) {
  if (!Model.HandleType.empty()) {
    QualType Pointee = T->isPointerType() || T->isReferenceType() ? T->getPointeeType() : T;
    return holdsHandleType(Model, Pointee.getUnqualifiedType());
  }
  if (Created.isNull() || !T->isPointerType() || !Created->isPointerType())
    return false;
  QualType Want = Created->getPointeeType(), Have = T->getPointeeType();
  if (const auto *Typedef = Want->getAs<TypedefType>()) {
    const auto *HaveTypedef = Have->getAs<TypedefType>();
    return HaveTypedef &&
           HaveTypedef->getDecl()->getCanonicalDecl() == Typedef->getDecl()->getCanonicalDecl();
  }
  return Context.hasSameUnqualifiedType(Want, Have);
}

} // namespace

void MissingTimeoutCheck::checkHandleCall(const MatchFinder::MatchResult &Result,
                                          const CallExpr *Call, bool AtCreation) {
  ASTContext &Context = *Result.Context;
  const FunctionDecl *Callee = Call->getDirectCallee();
  if (!Callee)
    return;

  for (const HandleModel &Model : Models->Handles) {
    if (Model.LibraryDefault && !FlagLibraryDefaults)
      continue;
    const ValueDecl *Handle = nullptr;
    if (AtCreation) {
      if (!Model.Operations.empty() || !isCreatorCall(Model, Call))
        continue;
      // The handle is the variable or member the creator's result initialises or is assigned to.
      const Expr *Value = Call;
      auto Parents = Context.getParents(*Call);
      while (!Parents.empty() &&
             (Parents[0].get<ImplicitCastExpr>() || Parents[0].get<ParenExpr>())) {
        Value = Parents[0].get<Expr>();
        Parents = Context.getParents(Parents[0]);
      }
      if (Parents.empty())
        continue;
      if (const auto *Assign = Parents[0].get<BinaryOperator>();
          Assign && Assign->getOpcode() == BO_Assign)
        Handle = handleDecl(Assign->getLHS());
      else if (const auto *Constructor = Parents[0].get<CXXConstructorDecl>()) {
        // A member initializer's value has the constructor as its parent.
        for (const CXXCtorInitializer *Init : Constructor->inits())
          if (Init->getInit() == Value)
            Handle = Init->getMember();
      } else {
        Handle = Parents[0].get<VarDecl>();
      }
      Handle = trackedHandle(Model, Handle, Context);
    } else {
      for (const HandleOperation &Op : Model.Operations) {
        if (!operationMatches(Op, *Callee))
          continue;
        if (Op.HandleArg == HandleOperation::ObjectArg) {
          if (const auto *Member = dyn_cast<CXXMemberCallExpr>(Call); Member && !Handle)
            Handle = trackedHandle(Model, handleDecl(Member->getImplicitObjectArgument()), Context);
          continue;
        }
        for (unsigned I = 0; I < Call->getNumArgs() && !Handle; ++I) {
          if (Op.HandleArg >= 0 && static_cast<unsigned>(Op.HandleArg) != I)
            continue;
          const ValueDecl *Named = handleDecl(Call->getArg(I));
          bool Parameter =
              isa_and_nonnull<ParmVarDecl>(Named) &&
              receivesHandle(Model, Named->getType(), creatorType(Model, Context), Context);
          Handle = Parameter ? Named : trackedHandle(Model, Named, Context);
        }
      }
    }
    if (!Handle)
      continue;

    const TracedHandle &Traced = tracedHandle(Model, Handle, Context);
    if (Traced.Fate != HandleFate::Unconfigured)
      return;

    std::string Message = substitute(Model.Message, "{handle}", Handle->getName());
    Message = substitute(Message, "{callee}", Callee->getQualifiedNameAsString());
    Message = substitute(Message, "{method}", Callee->getName());
    UnconfiguredUses[{Handle, AtCreation ? Call : nullptr}].push_back(
        {Call, &Model, std::move(Message)});
    UsesContext = &Context;
    return;
  }
}

void MissingTimeoutCheck::reportUnconfiguredHandles() {
  if (UnconfiguredUses.empty())
    return;
  ASTContext &Context = *UsesContext;
  const SourceManager &SM = Context.getSourceManager();
  for (auto &[Key, Uses] : UnconfiguredUses) {
    const ValueDecl *Handle = Key.first;
    llvm::stable_sort(Uses, [&](const UnconfiguredUse &A, const UnconfiguredUse &B) {
      return SM.isBeforeInTranslationUnit(A.Call->getExprLoc(), B.Call->getExprLoc());
    });
    const UnconfiguredUse &First = Uses.front();
    const HandleModel &Model = *First.Model;
    // Helpers defined elsewhere that received the handle decide, once their summaries are known.
    ConditionalFinding Condition(onlyUse(HandleFates.lookup(Handle).Condition));
    diag(First.Call->getExprLoc(), "%0") << First.Message;

    // The fix statement names the handle itself, which a smart pointer or an array is not.
    const Stmt *Statement = enclosingFullStatement(*First.Call, Context);
    if (!Model.FixStatement.empty() && !isOwningWrapper(Handle->getType()) &&
        !Handle->getType()->isArrayType() && Statement && Statement->getBeginLoc().isFileID()) {
      SourceLocation Begin = Statement->getBeginLoc();
      std::string Insert = substitute(Model.FixStatement, "{handle}", Handle->getName()) + "\n" +
                           lineIndent(Begin, SM);
      suggestOnNote(Begin, Model.FixNote.empty() ? "set a timeout" : Model.FixNote,
                    FixItHint::CreateInsertion(Begin, Insert));
    }
    for (const UnconfiguredUse &Other : llvm::drop_begin(Uses))
      diag(Other.Call->getExprLoc(), "'%0' also uses '%1'", DiagnosticIDs::Note)
          << Other.Call->getDirectCallee()->getName() << Handle->getName();
  }
  UnconfiguredUses.clear();
}

QualType MissingTimeoutCheck::creatorType(const HandleModel &Model, ASTContext &Context) {
  auto [It, Inserted] = CreatorTypes.try_emplace(&Model);
  if (Inserted)
    It->second = lookUpCreatorType(Model, Context);
  return It->second;
}

const MissingTimeoutCheck::TracedHandle &MissingTimeoutCheck::tracedHandle(const HandleModel &Model,
                                                                           const ValueDecl *Handle,
                                                                           ASTContext &Context) {
  if (auto Cached = HandleFates.find(Handle); Cached != HandleFates.end())
    return Cached->second;
  TracedHandle Traced{HandleFate::Unconfigured, {}};
  std::string Topic = topicOf(Model);
  auto Configures = [&](const CallExpr *C, int Arg, const ParentMap &) {
    return setsTimeout(Model, C, Arg, Context);
  };
  auto Library = [&](const CallExpr *C) { return isLibraryCall(Model, C); };
  auto External = [&](const FunctionDecl &F, unsigned Arg) {
    return externalFate(F, Arg, Topic, LoadedSummaries.get(), Traced.Condition);
  };
  HandleUsePolicy Policy{Configures, Library, External};
  if (const auto *Param = dyn_cast<ParmVarDecl>(Handle)) {
    // Replaces what tracing the body alone deferred: every caller's trace passes through that
    // body, so the callers' conditions include it.
    Traced = tracedParameter(Model, Param, Context, Policy);
  } else if (const auto *Field = dyn_cast<FieldDecl>(Handle)) {
    // Which constructor arguments bound a member is not followed: out of sight.
    Traced.Fate = Model.ByConstructor.Arg >= 0 ? HandleFate::Escapes : traceMember(Field, Policy);
  } else if (const auto *Var = cast<VarDecl>(Handle);
             configuredByConstructor(Model, Var, Context)) {
    Traced.Fate = HandleFate::Configured;
  } else {
    const auto *Owner = dyn_cast_or_null<FunctionDecl>(Var->getParentFunctionOrMethod());
    Traced.Fate = traceHandle(Var, Owner ? Owner->getBody() : nullptr, Policy);
  }
  if (Model.HandleType.empty() && !isa<ParmVarDecl>(Handle))
    combineFates(Traced.Fate, fateFromFactories(Model, Handle, Context, Policy));
  return HandleFates.try_emplace(Handle, std::move(Traced)).first->second;
}

/// A handle parameter of a function only this file can call (static, or in an anonymous
/// namespace) is unbounded when the function does not bound it and every call passes a handle
/// that is unbounded in its caller; any other use of the function (its address taken) is out of
/// sight.
MissingTimeoutCheck::TracedHandle
MissingTimeoutCheck::tracedParameter(const HandleModel &Model, const ParmVarDecl *Param,
                                     ASTContext &Context, const HandleUsePolicy &Policy) {
  TracedHandle Traced{HandleFate::Escapes, {}};
  const auto *Function = dyn_cast_or_null<FunctionDecl>(Param->getDeclContext());
  if (!Function || Function->isExternallyVisible() || !Function->getBody())
    return Traced;
  Traced.Fate = traceHandle(Param, Function->getBody(), Policy);
  if (Traced.Fate != HandleFate::Unconfigured)
    return Traced;
  unsigned Index = Param->getFunctionScopeIndex();
  bool Called = false;
  for (Decl *Top : Context.getTraversalScope()) {
    for (const BoundNodes &Node :
         match(decl(forEachDescendant(
                   declRefExpr(to(functionDecl(equalsNode(Function)))).bind("ref"))),
               *Top, Context)) {
      const auto *Ref = Node.getNodeAs<DeclRefExpr>("ref");
      auto Parents = Context.getParents(*Ref);
      const auto *Decay = Parents.empty() ? nullptr : Parents[0].get<ImplicitCastExpr>();
      auto CallParents = Decay ? Context.getParents(*Decay) : Parents;
      const auto *Call = CallParents.empty() ? nullptr : CallParents[0].get<CallExpr>();
      if (!Call || Call->getCallee()->IgnoreParenImpCasts() != Ref || Index >= Call->getNumArgs())
        return {HandleFate::Escapes, {}};
      const ValueDecl *Passed = trackedHandle(Model, handleDecl(Call->getArg(Index)), Context);
      if (!Passed)
        return {HandleFate::Escapes, {}};
      const TracedHandle &InCaller = tracedHandle(Model, Passed, Context);
      if (InCaller.Fate != HandleFate::Unconfigured)
        return {InCaller.Fate, {}};
      llvm::append_range(Traced.Condition, InCaller.Condition);
      Called = true;
    }
  }
  if (!Called)
    Traced.Fate = HandleFate::Escapes;
  return Traced;
}

void MissingTimeoutCheck::summariseParameters(const FunctionDecl &Function, ASTContext &Context) {
  SummaryCollector *Collector = activeCollector();
  if (!Collector || !Function.isExternallyVisible() || !Function.getBody() ||
      Function.isDependentContext())
    return;
  std::string Usr;
  for (const HandleModel &Model : Models->Handles) {
    for (unsigned I = 0; I < Function.getNumParams(); ++I) {
      const ParmVarDecl *Param = Function.getParamDecl(I);
      if (!receivesHandle(Model, Param->getType(), creatorType(Model, Context), Context))
        continue;
      std::string Topic = topicOf(Model);
      ParamFact Fact;
      auto Configures = [&](const CallExpr *C, int Arg, const ParentMap &) {
        return setsTimeout(Model, C, Arg, Context);
      };
      auto Library = [&](const CallExpr *C) { return isLibraryCall(Model, C); };
      auto External = [&](const FunctionDecl &F, unsigned Arg) {
        return externalFate(F, Arg, Topic, LoadedSummaries.get(), Fact.Unless);
      };
      HandleFate Fate = traceHandle(Param, Function.getBody(), {Configures, Library, External});
      if (Fate == HandleFate::Escapes)
        continue; // no summary: callers stay silent, as without one
      Fact.Configures = Fate == HandleFate::Configured;
      if (Fact.Configures)
        Fact.Unless.clear();
      if (Usr.empty())
        Usr = usrOf(Function);
      Collector->Produced.add({Topic, Usr, I}, std::move(Fact));
    }
  }
}

} // namespace clang::tidy::distsys
