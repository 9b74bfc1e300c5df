//===--- TimeoutFamilies.cpp - distsys-missing-timeout beyond handles -----===//
//
// The families of MissingTimeoutCheck that are not "a handle configured by a setter": literal
// connection strings (libpq), literal infinite timeouts (librdkafka), operations that can never
// time out (synchronous Asio I/O, opt-in std::future waits) and streams whose asynchronous
// operations need an expiry first (Beast). Which APIs belong to each family is data in
// rules/distsys-missing-timeout.json.
//
//===----------------------------------------------------------------------===//
#include "TimeoutFamilies.h"
#include "MissingTimeoutCheck.h"
#include "MissingTimeoutModels.h"
#include "utils/ValueWrappers.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ExprCXX.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/Lex/Lexer.h"

using namespace clang::ast_matchers;

namespace clang::tidy::distsys {

std::string lineIndent(SourceLocation Loc, const SourceManager &SM) {
  std::pair<FileID, unsigned> Decomposed = SM.getDecomposedLoc(Loc);
  llvm::StringRef Buffer = SM.getBufferData(Decomposed.first);
  unsigned Column = SM.getColumnNumber(Decomposed.first, Decomposed.second);
  llvm::StringRef Line = Buffer.substr(Decomposed.second - (Column - 1), Column - 1);
  return Line.take_while([](char C) { return C == ' ' || C == '\t'; }).str();
}

namespace {

std::vector<llvm::StringRef> refs(const std::vector<std::string> &Names) {
  return {Names.begin(), Names.end()};
}

bool anyNameMatches(const NamedDecl &D, const std::vector<std::string> &Names) {
  return llvm::any_of(Names, [&](const std::string &N) { return nameMatches(D, N); });
}

/// The class of \p E's type, through pointers and references.
const CXXRecordDecl *recordOf(const Expr *E) {
  // The object itself, not the base class an inherited method's implicit cast converts it to.
  QualType T = E->IgnoreParenImpCasts()->getType().getNonReferenceType();
  if (T->isPointerType())
    T = T->getPointeeType();
  return T->getAsCXXRecordDecl();
}

/// The string literal \p E is, through conversions to std::string and temporaries.
const StringLiteral *literalOf(const Expr *E) {
  static const ValueWrappers LiteralWrappers = [] {
    ValueWrappers W;
    W.ExplicitCasts = ValueWrappers::Casts::Functional;
    W.CopyConstructors = false;
    return W;
  }();
  return dyn_cast_or_null<StringLiteral>(stripValueWrappers(E, LiteralWrappers));
}

std::string sourceText(const Expr *E, const ASTContext &Context) {
  CharSourceRange Range = CharSourceRange::getTokenRange(E->getSourceRange());
  if (!E->getBeginLoc().isFileID() || !E->getEndLoc().isFileID())
    return "";
  return Lexer::getSourceText(Range, Context.getSourceManager(), Context.getLangOpts()).str();
}

/// The name of the object in \p E for messages: the variable or member it names, else its text.
std::string objectName(const Expr *E, const ASTContext &Context) {
  if (const ValueDecl *D = handleDecl(E))
    return D->getName().str();
  std::string Text = sourceText(E, Context);
  return Text.empty() ? "the object" : Text;
}

/// "{class}::{method}" for a method called on an object of class \p Record, else the callee's
/// qualified name.
std::string calleeName(const CallExpr *Call, const CXXRecordDecl *Record) {
  const FunctionDecl *Callee = Call->getDirectCallee();
  if (isa<CXXMemberCallExpr>(Call) && Record)
    return Record->getQualifiedNameAsString() + "::" + Callee->getName().str();
  return Callee->getQualifiedNameAsString();
}

/// Whether a member call named one of \p Methods is made on \p Object somewhere in \p Body
/// before \p Before (anywhere when \p Before is invalid).
bool calledBefore(const ValueDecl *Object, const std::vector<std::string> &Methods,
                  const Stmt *Body, SourceLocation Before, ASTContext &Context,
                  llvm::function_ref<const ValueDecl *(const Expr *)> DeclOf) {
  if (!Object || !Body || Methods.empty())
    return false;
  auto Calls =
      match(findAll(cxxMemberCallExpr(callee(cxxMethodDecl(hasAnyName(refs(Methods))))).bind("c")),
            *Body, Context);
  const SourceManager &SM = Context.getSourceManager();
  for (const BoundNodes &Node : Calls) {
    const auto *C = Node.getNodeAs<CXXMemberCallExpr>("c");
    if (DeclOf(C->getImplicitObjectArgument()) != Object)
      continue;
    if (Before.isInvalid() || SM.isBeforeInTranslationUnit(C->getBeginLoc(), Before))
      return true;
  }
  return false;
}

/// The body \p D lives in: its function's for a local, none otherwise.
const Stmt *owningBody(const ValueDecl *D) {
  const auto *Var = dyn_cast_or_null<VarDecl>(D);
  if (!Var)
    return nullptr;
  const auto *Function = dyn_cast_or_null<FunctionDecl>(Var->getParentFunctionOrMethod());
  return Function ? Function->getBody() : nullptr;
}

} // namespace

void MissingTimeoutCheck::registerFamilyMatchers(MatchFinder *Finder) {
  const auto NotInSystemHeader = unless(isExpansionInSystemHeader());

  std::vector<std::string> Functions, Constructors;
  for (const ConnectionStringModel &M : Models->ConnectionStrings) {
    Functions.insert(Functions.end(), M.Functions.begin(), M.Functions.end());
    Constructors.insert(Constructors.end(), M.ConstructorsOf.begin(), M.ConstructorsOf.end());
  }
  if (!Functions.empty())
    Finder->addMatcher(
        callExpr(callee(functionDecl(hasAnyName(refs(Functions)))), NotInSystemHeader)
            .bind("connstr"),
        this);
  if (!Constructors.empty())
    Finder->addMatcher(cxxConstructExpr(hasDeclaration(cxxConstructorDecl(
                                            ofClass(hasAnyName(refs(Constructors))))),
                                        NotInSystemHeader)
                           .bind("connstr"),
                       this);

  Functions.clear();
  for (const InfiniteArgumentModel &M : Models->InfiniteArguments)
    Functions.insert(Functions.end(), M.Functions.begin(), M.Functions.end());
  if (!Functions.empty())
    Finder->addMatcher(
        callExpr(callee(functionDecl(hasAnyName(refs(Functions)))), NotInSystemHeader)
            .bind("infinite"),
        this);

  // Calls of free functions and of methods named by a model, bound as Id.
  auto addCallMatchers = [&](const std::vector<std::string> &FunctionNames,
                             const std::vector<std::string> &MethodNames, llvm::StringRef Id) {
    if (!FunctionNames.empty())
      Finder->addMatcher(callExpr(unless(cxxMemberCallExpr()),
                                  callee(functionDecl(hasAnyName(refs(FunctionNames)))),
                                  NotInSystemHeader)
                             .bind(Id),
                         this);
    if (!MethodNames.empty())
      Finder->addMatcher(
          cxxMemberCallExpr(callee(cxxMethodDecl(hasAnyName(refs(MethodNames)))), NotInSystemHeader)
              .bind(Id),
          this);
  };

  Functions.clear();
  std::vector<std::string> Methods;
  for (const UnboundedOperationModel &M : Models->UnboundedOperations) {
    if (M.OptIn && !FlagUnboundedWaits)
      continue;
    Functions.insert(Functions.end(), M.Functions.begin(), M.Functions.end());
    Methods.insert(Methods.end(), M.Methods.begin(), M.Methods.end());
  }
  addCallMatchers(Functions, Methods, "unbounded");

  Functions.clear();
  Methods.clear();
  for (const ExpiringStreamModel &M : Models->ExpiringStreams) {
    Functions.insert(Functions.end(), M.Functions.begin(), M.Functions.end());
    Methods.insert(Methods.end(), M.Methods.begin(), M.Methods.end());
  }
  addCallMatchers(Functions, Methods, "streamop");
}

void MissingTimeoutCheck::checkConnectionString(const MatchFinder::MatchResult &Result,
                                                const Expr *E) {
  const auto *Call = dyn_cast<CallExpr>(E);
  const auto *Construct = dyn_cast<CXXConstructExpr>(E);
  const FunctionDecl *Callee = Call ? Call->getDirectCallee() : nullptr;
  const CXXConstructorDecl *Ctor = Construct ? Construct->getConstructor() : nullptr;
  if (!Callee && !Ctor)
    return;
  for (const ConnectionStringModel &M : Models->ConnectionStrings) {
    std::string Name;
    const Expr *Arg = nullptr;
    if (Callee && anyNameMatches(*Callee, M.Functions)) {
      Name = Callee->getQualifiedNameAsString();
      if (static_cast<unsigned>(M.Arg) < Call->getNumArgs())
        Arg = Call->getArg(M.Arg);
    } else if (Ctor && anyNameMatches(*Ctor->getParent(), M.ConstructorsOf)) {
      PrintingPolicy Policy(Result.Context->getLangOpts());
      Policy.SuppressTagKeyword = true;
      Name = Construct->getType().getUnqualifiedType().getAsString(Policy);
      if (static_cast<unsigned>(M.Arg) < Construct->getNumArgs())
        Arg = Construct->getArg(M.Arg);
    } else {
      continue;
    }
    // A string built at run time, or an empty one (libpq then reads PG* environment variables
    // such as PGCONNECT_TIMEOUT), may well carry a timeout: precision first.
    const StringLiteral *Literal = Arg ? literalOf(Arg) : nullptr;
    if (!Literal || Literal->getCharByteWidth() != 1)
      return;
    llvm::StringRef Text = Literal->getString();
    if (Text.trim().empty() || Text.contains(M.Keyword))
      return;

    SourceLocation Loc = Literal->getBeginLoc();
    diag(Loc, "%0") << substitute(M.Message, "{callee}", Name);

    // The value of the timeout is a policy decision and a literal overrides PGCONNECT_TIMEOUT:
    // offer the edit on a note, never apply it with --fix.
    if (Literal->getNumConcatenated() != 1 || !Loc.isFileID())
      return;
    const SourceManager &SM = *Result.SourceManager;
    unsigned Length = Lexer::MeasureTokenLength(Loc, SM, Result.Context->getLangOpts());
    llvm::StringRef Token(SM.getCharacterData(Loc), Length);
    if (Length < 2 || !Token.starts_with("\"") || !Token.ends_with("\""))
      return; // raw or prefixed literal: leave it to the author
    std::string Insert;
    bool IsUri =
        llvm::any_of(M.UriSchemes, [&](const std::string &S) { return Text.starts_with(S); });
    std::string Setting = M.Keyword + "=" + (M.FixValue.empty() ? "10" : M.FixValue);
    if (IsUri)
      Insert = (Text.contains('?') ? "&" : "?") + Setting;
    else
      Insert = (Text.ends_with(" ") ? "" : " ") + Setting;
    diag(Loc, "add %0 to the connection string", DiagnosticIDs::Note)
        << M.Keyword << FixItHint::CreateInsertion(Loc.getLocWithOffset(Length - 1), Insert);
    return;
  }
}

void MissingTimeoutCheck::checkInfiniteArgument(const MatchFinder::MatchResult &Result,
                                                const CallExpr *Call) {
  const FunctionDecl *Callee = Call->getDirectCallee();
  if (!Callee)
    return;
  for (const InfiniteArgumentModel &M : Models->InfiniteArguments) {
    if (!anyNameMatches(*Callee, M.Functions))
      continue;
    int Index = M.Arg;
    for (unsigned I = 0; I < Callee->getNumParams(); ++I)
      if (!M.Param.empty() && Callee->getParamDecl(I)->getName() == M.Param)
        Index = static_cast<int>(I);
    if (Index < 0 || static_cast<unsigned>(Index) >= Call->getNumArgs())
      return;
    const Expr *Arg = Call->getArg(Index);
    Expr::EvalResult Value;
    if (Arg->isValueDependent() || !Arg->EvaluateAsInt(Value, *Result.Context))
      return;
    int64_t Timeout = Value.Val.getInt().getExtValue();
    if (!llvm::is_contained(M.InfiniteValues, Timeout))
      return;
    std::string Message = substitute(M.Message, "{callee}", Callee->getQualifiedNameAsString());
    diag(Arg->getBeginLoc(), "%0") << substitute(Message, "{value}", std::to_string(Timeout));
    return;
  }
}

void MissingTimeoutCheck::checkUnboundedOperation(const MatchFinder::MatchResult &Result,
                                                  const CallExpr *Call) {
  ASTContext &Context = *Result.Context;
  const FunctionDecl *Callee = Call->getDirectCallee();
  if (!Callee)
    return;
  const auto *Member = dyn_cast<CXXMemberCallExpr>(Call);
  for (const UnboundedOperationModel &M : Models->UnboundedOperations) {
    if (M.OptIn && !FlagUnboundedWaits)
      continue;
    const Expr *Object = nullptr;
    if (Member && llvm::is_contained(M.Methods, Callee->getName()))
      Object = Member->getImplicitObjectArgument();
    else if (!Member && anyNameMatches(*Callee, M.Functions) &&
             static_cast<unsigned>(M.ObjectArg) < Call->getNumArgs())
      Object = Call->getArg(M.ObjectArg);
    const CXXRecordDecl *Record = Object ? recordOf(Object) : nullptr;
    if (!Record || !anyNameMatches(*Record, M.ObjectTypes))
      continue;
    // future.wait_for(...) before future.get(): the caller already bounded the wait. A member
    // may be bounded by any method of its class (socket_.non_blocking(true) in a constructor).
    const ValueDecl *Decl = handleDecl(Object);
    static const std::vector<std::string> NoAccessors;
    if (const auto *Field = dyn_cast_or_null<FieldDecl>(Decl);
        Field && !M.BoundedBy.empty() && memberHasCall(Field, M.BoundedBy, NoAccessors, Context))
      return;
    const Stmt *Body = enclosingFunctionBody(*Call, Context);
    if (const Stmt *Owner = owningBody(Decl))
      Body = Owner;
    if (calledBefore(Decl, M.BoundedBy, Body, Call->getBeginLoc(), Context, handleDecl))
      return;
    std::string Message = substitute(M.Message, "{callee}", calleeName(Call, Record));
    diag(Call->getExprLoc(), "%0") << substitute(Message, "{object}", objectName(Object, Context));
    return;
  }
}

namespace {

/// The stream declaration \p E reaches through layer accessors: `s`, `get_lowest_layer(s)`,
/// `s.next_layer()`, `*p`.
const ValueDecl *streamDecl(const Expr *E, const std::vector<std::string> &Accessors) {
  while (E) {
    E = E->IgnoreParenImpCasts();
    if (const auto *Member = dyn_cast<CXXMemberCallExpr>(E)) {
      const FunctionDecl *Callee = Member->getDirectCallee();
      if (Callee && Member->getNumArgs() == 0 && anyNameMatches(*Callee, Accessors)) {
        E = Member->getImplicitObjectArgument();
        continue;
      }
      return nullptr;
    }
    if (const auto *Call = dyn_cast<CallExpr>(E); Call && !isa<CXXOperatorCallExpr>(E)) {
      const FunctionDecl *Callee = Call->getDirectCallee();
      if (Callee && Call->getNumArgs() == 1 && anyNameMatches(*Callee, Accessors)) {
        E = Call->getArg(0);
        continue;
      }
      return nullptr;
    }
    return handleDecl(E);
  }
  return nullptr;
}

/// Whether \p Record is one of the model's streams (0), a wrapper around one (1), or neither (-1).
int streamKind(const CXXRecordDecl *Record, const ExpiringStreamModel &M, unsigned Depth = 0) {
  if (!Record || Depth > 4)
    return -1;
  if (anyNameMatches(*Record, M.StreamTypes))
    return 0;
  const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(Record);
  if (!Spec || !anyNameMatches(*Record, M.WrapperTypes) || Spec->getTemplateArgs().size() == 0)
    return -1;
  const TemplateArgument &First = Spec->getTemplateArgs()[0];
  if (First.getKind() != TemplateArgument::Type)
    return -1;
  return streamKind(First.getAsType()->getAsCXXRecordDecl(), M, Depth + 1) >= 0 ? 1 : -1;
}

} // namespace

bool MissingTimeoutCheck::memberHasCall(const FieldDecl *Field,
                                        const std::vector<std::string> &Methods,
                                        const std::vector<std::string> &Accessors,
                                        ASTContext &Context) {
  auto Key = std::make_pair(Field, static_cast<const void *>(&Methods));
  if (auto It = MemberExpiries.find(Key); It != MemberExpiries.end())
    return It->second;
  auto DeclOf = [&](const Expr *E) { return streamDecl(E, Accessors); };
  bool Found = false;
  const RecordDecl *Record = Field->getParent();
  for (const Decl *D : Record->decls()) {
    const FunctionDecl *Method = nullptr;
    if (const auto *Template = dyn_cast<FunctionTemplateDecl>(D))
      Method = Template->getTemplatedDecl();
    else
      Method = dyn_cast<FunctionDecl>(D);
    const FunctionDecl *Definition = nullptr;
    if (!Method || !Method->hasBody(Definition) || !Definition)
      continue;
    if (calledBefore(Field, Methods, Definition->getBody(), SourceLocation(), Context, DeclOf)) {
      Found = true;
      break;
    }
  }
  MemberExpiries[Key] = Found;
  return Found;
}

void MissingTimeoutCheck::checkStreamOperation(const MatchFinder::MatchResult &Result,
                                               const CallExpr *Call) {
  ASTContext &Context = *Result.Context;
  const FunctionDecl *Callee = Call->getDirectCallee();
  if (!Callee)
    return;
  const auto *Member = dyn_cast<CXXMemberCallExpr>(Call);
  for (const ExpiringStreamModel &M : Models->ExpiringStreams) {
    const Expr *Stream = nullptr;
    if (Member && llvm::is_contained(M.Methods, Callee->getName()))
      Stream = Member->getImplicitObjectArgument();
    else if (!Member && anyNameMatches(*Callee, M.Functions) && Call->getNumArgs() > 0)
      Stream = Call->getArg(0);
    const CXXRecordDecl *Record = Stream ? recordOf(Stream) : nullptr;
    int Kind = streamKind(Record, M);
    if (Kind < 0)
      continue;
    const ValueDecl *Decl = streamDecl(Stream, M.LayerAccessors);
    auto DeclOf = [&](const Expr *E) { return streamDecl(E, M.LayerAccessors); };

    if (const auto *Field = dyn_cast_or_null<FieldDecl>(Decl)) {
      // A member stream may be armed by any method of its class: precision first.
      if (memberHasCall(Field, M.ExpirySetters, M.LayerAccessors, Context))
        return;
    } else if (const auto *Var = dyn_cast_or_null<VarDecl>(Decl)) {
      // Parameters, references and globals may have been armed by code we do not see.
      if (isa<ParmVarDecl>(Var) || !Var->hasLocalStorage() || Var->getType()->isReferenceType() ||
          Var->getType()->isPointerType())
        return;
      const Stmt *Body = owningBody(Var);
      if (!Body || calledBefore(Var, M.ExpirySetters, Body, Call->getBeginLoc(), Context, DeclOf))
        return;
      auto Cached = HandleFates.find(Var);
      HandleFate Fate;
      if (Cached != HandleFates.end()) {
        Fate = Cached->second;
      } else {
        auto Configures = [&](const CallExpr *C, int Arg) {
          const FunctionDecl *F = C->getDirectCallee();
          if (!F)
            return false;
          if (Arg == -1)
            return llvm::is_contained(M.ExpirySetters, F->getName());
          // get_lowest_layer(s).expires_after(...)
          if (!anyNameMatches(*F, M.LayerAccessors))
            return false;
          auto Parents = Context.getParents(*C);
          const auto *ME = Parents.empty() ? nullptr : Parents[0].get<MemberExpr>();
          return ME && llvm::is_contained(M.ExpirySetters, ME->getMemberDecl()->getName());
        };
        auto Library = [&](const CallExpr *C) {
          const FunctionDecl *F = C->getDirectCallee();
          if (!F)
            return false;
          std::string Qualified = F->getQualifiedNameAsString();
          return llvm::StringRef(Qualified).starts_with("boost::asio::") ||
                 llvm::StringRef(Qualified).starts_with("boost::beast::");
        };
        Fate = traceHandle(Var, Body, Context, {Configures, Library});
        HandleFates[Var] = Fate;
      }
      // Escaped to code we cannot see, or armed in a helper it was passed to.
      if (Fate == HandleFate::Escapes ||
          (Fate == HandleFate::Configured &&
           !calledBefore(Var, M.ExpirySetters, Body, SourceLocation(), Context, DeclOf)))
        return;
    } else {
      return;
    }

    std::string Message = substitute(M.Message, "{callee}", calleeName(Call, Record));
    diag(Call->getExprLoc(), "%0") << substitute(Message, "{stream}", Decl->getName());

    std::string StreamText = sourceText(Stream, Context);
    const std::string &Fix = Kind == 0 ? M.FixStatement : M.WrappedFixStatement;
    const Stmt *Statement = enclosingFullStatement(*Call, Context);
    if (Fix.empty() || StreamText.empty() || !Statement || !Statement->getBeginLoc().isFileID())
      return;
    SourceLocation Begin = Statement->getBeginLoc();
    std::string Insert =
        substitute(Fix, "{stream}", StreamText) + "\n" + lineIndent(Begin, *Result.SourceManager);
    diag(Begin, M.FixNote.empty() ? "set a deadline" : M.FixNote, DiagnosticIDs::Note)
        << FixItHint::CreateInsertion(Begin, Insert);
    return;
  }
}

} // namespace clang::tidy::distsys
