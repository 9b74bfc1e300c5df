//===--- MissingTimeoutCheck.cpp - distsys-missing-timeout ----------------===//
#include "MissingTimeoutCheck.h"
#include "MissingTimeoutModels.h"
#include "ModelCache.h"

#include "clang/AST/ASTContext.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/Lex/Lexer.h"

using namespace clang::ast_matchers;

namespace clang::tidy::distsys {
namespace {

constexpr llvm::StringLiteral RuleId = "distsys-missing-timeout";

std::string substitute(std::string Text, llvm::StringRef Key, llvm::StringRef Value) {
  for (size_t Pos = Text.find(Key); Pos != std::string::npos;
       Pos = Text.find(Key, Pos + Value.size()))
    Text.replace(Pos, Key.size(), Value.str());
  return Text;
}

bool optionMatches(const Expr *Arg, const std::vector<std::string> &Options) {
  if (Options.empty())
    return true;
  const auto *Ref = dyn_cast<DeclRefExpr>(Arg->IgnoreParenImpCasts());
  // An option held in a variable may well be a timeout: precision first.
  if (!Ref || !isa<EnumConstantDecl>(Ref->getDecl()))
    return true;
  return llvm::is_contained(Options, Ref->getDecl()->getName());
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
    if (!Op.Function.empty() && nameMatches(*Callee, Op.Function))
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
  auto Assigned = match(
      findAll(binaryOperator(isAssignmentOperator(),
                             hasLHS(ignoringParenImpCasts(declRefExpr(to(equalsNode(Var))))))
                  .bind("assign")),
      *Function->getBody(), Context);
  for (const BoundNodes &Node : Assigned)
    if (isCreatorCall(Model, Node.getNodeAs<BinaryOperator>("assign")->getRHS()))
      return Var;
  return nullptr;
}

std::string lineIndent(SourceLocation Loc, const SourceManager &SM) {
  std::pair<FileID, unsigned> Decomposed = SM.getDecomposedLoc(Loc);
  llvm::StringRef Buffer = SM.getBufferData(Decomposed.first);
  unsigned Column = SM.getColumnNumber(Decomposed.first, Decomposed.second);
  llvm::StringRef Line = Buffer.substr(Decomposed.second - (Column - 1), Column - 1);
  return Line.take_while([](char C) { return C == ' ' || C == '\t'; }).str();
}

} // namespace

MissingTimeoutCheck::MissingTimeoutCheck(StringRef Name, ClangTidyContext *Context)
    : ClangTidyCheck(Name, Context), ModelFiles(Options.getLocalOrGlobal("ModelFiles", "")) {
  Models = loadModels<TimeoutModels>(RuleId, ModelFiles, getCurrentMainFile(),
                                     [this](llvm::StringRef Error) {
                                       configurationDiag("%0: %1") << RuleId << Error;
                                     });
}

MissingTimeoutCheck::~MissingTimeoutCheck() = default;

void MissingTimeoutCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  Options.store(Opts, "ModelFiles", ModelFiles);
}

void MissingTimeoutCheck::registerMatchers(MatchFinder *Finder) {
  std::vector<llvm::StringRef> OperationNames, CreatorNames;
  for (const HandleModel &Model : Models->Handles) {
    if (Model.Operations.empty())
      CreatorNames.insert(CreatorNames.end(), Model.Creators.begin(), Model.Creators.end());
    for (const HandleOperation &Op : Model.Operations) {
      if (!Op.Function.empty())
        OperationNames.push_back(Op.Function);
      else
        Finder->addMatcher(
            // matchesName sees "::"-prefixed qualified names, as check() does.
            cxxMemberCallExpr(callee(cxxMethodDecl(ofClass(matchesName(Op.ClassPattern)))),
                              unless(isExpansionInSystemHeader()))
                .bind("operation"),
            this);
    }
  }
  if (!OperationNames.empty())
    Finder->addMatcher(callExpr(callee(functionDecl(hasAnyName(OperationNames))),
                                unless(isExpansionInSystemHeader()))
                           .bind("operation"),
                       this);
  if (!CreatorNames.empty())
    Finder->addMatcher(callExpr(callee(functionDecl(hasAnyName(CreatorNames))),
                                unless(isExpansionInSystemHeader()))
                           .bind("creation"),
                       this);
}

void MissingTimeoutCheck::check(const MatchFinder::MatchResult &Result) {
  ASTContext &Context = *Result.Context;
  const auto *Call = Result.Nodes.getNodeAs<CallExpr>("operation");
  bool AtCreation = !Call;
  if (AtCreation)
    Call = Result.Nodes.getNodeAs<CallExpr>("creation");
  const FunctionDecl *Callee = Call->getDirectCallee();
  if (!Callee)
    return;

  for (const HandleModel &Model : Models->Handles) {
    const ValueDecl *Handle = nullptr;
    if (AtCreation) {
      if (!Model.Operations.empty() || !isCreatorCall(Model, Call))
        continue;
      // The handle is the variable the creator's result initialises.
      auto Parents = Context.getParents(*Call);
      while (!Parents.empty() && Parents[0].get<ImplicitCastExpr>())
        Parents = Context.getParents(Parents[0]);
      Handle = Parents.empty() ? nullptr : Parents[0].get<VarDecl>();
    } else {
      for (const HandleOperation &Op : Model.Operations) {
        bool Matches = Op.Function.empty()
                           ? isa<CXXMethodDecl>(Callee) &&
                                 Op.MethodOfClass->match(
                                     "::" + cast<CXXMethodDecl>(Callee)
                                                ->getParent()
                                                ->getQualifiedNameAsString())
                           : nameMatches(*Callee, Op.Function);
        if (!Matches)
          continue;
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
