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
#include "clang/ASTMatchers/ASTMatchFinder.h"

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

bool setsTimeout(const HandleModel &Model, const CallExpr *Call, int ArgIndex) {
  const FunctionDecl *Callee = Call->getDirectCallee();
  if (!Callee)
    return false;
  for (const TimeoutSetter &Setter : Model.TimeoutSetters) {
    if (!Setter.Method.empty()) {
      if (ArgIndex == -1 && Callee->getName() == Setter.Method)
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
  const auto *Call = dyn_cast_or_null<CallExpr>(E ? E->IgnoreParenImpCasts() : nullptr);
  const FunctionDecl *Callee = Call ? Call->getDirectCallee() : nullptr;
  return Callee && llvm::any_of(Model.Creators, [&](const std::string &Creator) {
           return nameMatches(*Callee, Creator);
         });
}

/// The local variable that holds the handle \p Handle names, when it is one this model tracks:
/// created by a creator (initialised or assigned in its function) or a local object of the handle
/// type. Parameters, members and globals may be configured anywhere, so they are not tracked.
const VarDecl *trackedLocal(const HandleModel &Model, const ValueDecl *Handle,
                            ASTContext &Context) {
  const auto *Var = dyn_cast_or_null<VarDecl>(Handle);
  if (!Var || isa<ParmVarDecl>(Var) || !Var->hasLocalStorage())
    return nullptr;
  if (!Model.HandleType.empty()) {
    const auto *Record = Var->getType()->getAsCXXRecordDecl();
    return Record && !Var->getType()->isReferenceType() && nameMatches(*Record, Model.HandleType)
               ? Var
               : nullptr;
  }
  if (isCreatorCall(Model, Var->getInit()))
    return Var;
  const auto *Function = dyn_cast_or_null<FunctionDecl>(Var->getParentFunctionOrMethod());
  if (!Function || !Function->getBody())
    return nullptr;
  auto Assigned =
      match(findAll(binaryOperator(isAssignmentOperator(),
                                   hasLHS(ignoringParenImpCasts(declRefExpr(to(equalsNode(Var))))))
                        .bind("assign")),
            *Function->getBody(), Context);
  for (const BoundNodes &Node : Assigned)
    if (isCreatorCall(Model, Node.getNodeAs<BinaryOperator>("assign")->getRHS()))
      return Var;
  return nullptr;
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
      // The handle is the variable the creator's result initialises or is assigned to.
      auto Parents = Context.getParents(*Call);
      while (!Parents.empty() &&
             (Parents[0].get<ImplicitCastExpr>() || Parents[0].get<ParenExpr>()))
        Parents = Context.getParents(Parents[0]);
      if (Parents.empty())
        continue;
      if (const auto *Assign = Parents[0].get<BinaryOperator>();
          Assign && Assign->getOpcode() == BO_Assign)
        Handle = handleDecl(Assign->getLHS());
      else
        Handle = Parents[0].get<VarDecl>();
    } else {
      for (const HandleOperation &Op : Model.Operations) {
        if (!operationMatches(Op, *Callee))
          continue;
        if (Op.HandleArg == HandleOperation::ObjectArg) {
          if (const auto *Member = dyn_cast<CXXMemberCallExpr>(Call); Member && !Handle)
            Handle = trackedLocal(Model, handleDecl(Member->getImplicitObjectArgument()), Context);
          continue;
        }
        for (unsigned I = 0; I < Call->getNumArgs() && !Handle; ++I)
          if (Op.HandleArg < 0 || static_cast<unsigned>(Op.HandleArg) == I)
            if (const VarDecl *Var = trackedLocal(Model, handleDecl(Call->getArg(I)), Context))
              Handle = Var;
      }
    }
    const VarDecl *Var = trackedLocal(Model, Handle, Context);
    if (!Var)
      continue;

    auto Cached = HandleFates.find(Var);
    HandleFate Fate;
    if (Cached != HandleFates.end()) {
      Fate = Cached->second;
    } else if (configuredByConstructor(Model, Var, Context)) {
      Fate = HandleFate::Configured;
      HandleFates[Var] = Fate;
    } else {
      const auto *Owner = dyn_cast_or_null<FunctionDecl>(Var->getParentFunctionOrMethod());
      auto Configures = [&](const CallExpr *C, int Arg) { return setsTimeout(Model, C, Arg); };
      auto Library = [&](const CallExpr *C) { return isLibraryCall(Model, C); };
      Fate = traceHandle(Var, Owner ? Owner->getBody() : nullptr, Context, {Configures, Library});
      HandleFates[Var] = Fate;
    }
    if (Fate != HandleFate::Unconfigured)
      return;

    std::string Message = substitute(Model.Message, "{handle}", Var->getName());
    Message = substitute(Message, "{callee}", Callee->getQualifiedNameAsString());
    Message = substitute(Message, "{method}", Callee->getName());
    diag(Call->getExprLoc(), "%0") << Message;

    const Stmt *Statement = enclosingFullStatement(*Call, Context);
    if (!Model.FixStatement.empty() && Statement && Statement->getBeginLoc().isFileID()) {
      SourceLocation Begin = Statement->getBeginLoc();
      std::string Insert = substitute(Model.FixStatement, "{handle}", Var->getName()) + "\n" +
                           lineIndent(Begin, *Result.SourceManager);
      diag(Begin, Model.FixNote.empty() ? "set a timeout" : Model.FixNote, DiagnosticIDs::Note)
          << FixItHint::CreateInsertion(Begin, Insert);
    }
    return;
  }
}

} // namespace clang::tidy::distsys
