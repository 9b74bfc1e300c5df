//===--- ResourceSinks.cpp - names passed to a resource argument ----------===//
//
// distsys-hardcoded-test-resource-id's resource sinks: whether a call is one a model names, and
// the fixed names its resource argument carries, read as a plain name, as the keys of a hiredis
// format string (by write command) or as the table names of SQL statements, literal pieces of a
// "+" chain included.
//
//===----------------------------------------------------------------------===//
#include "HardcodedTestResourceIdAnalysis.h"
#include "utils/ApiNames.h"
#include "utils/Calls.h"

#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"

namespace clang::tidy::distsys::test_resource_id {
namespace {

/// One whitespace-separated word of a hiredis format string.
struct RedisWord {
  std::string Text;
  unsigned Offset = 0;
  unsigned Directives = 0;
  int ArgIndex = -1; // the word is exactly one %s: the variadic argument it takes
};

std::vector<RedisWord> splitRedisFormat(llvm::StringRef Format) {
  std::vector<RedisWord> Words;
  unsigned Args = 0;
  bool InWord = false;
  for (unsigned I = 0; I < Format.size(); ++I) {
    char C = Format[I];
    if (C == ' ' || C == '\t' || C == '\n' || C == '\r') {
      InWord = false;
      continue;
    }
    if (!InWord) {
      Words.push_back({std::string(), I, 0, -1});
      InWord = true;
    }
    RedisWord &Word = Words.back();
    if (C != '%' || I + 1 == Format.size()) {
      Word.Text += C;
      continue;
    }
    char Next = Format[I + 1];
    if (Next == '%') {
      Word.Text += '%';
      ++I;
      continue;
    }
    unsigned Start = I;
    ++I;
    while (I < Format.size() && !llvm::StringRef("sbdiouxXeEfFgGaAcp").contains(Format[I]))
      ++I;
    if (I == Format.size())
      break;
    ++Word.Directives;
    if (Format[I] == 's' && I == Start + 1)
      Word.ArgIndex = Word.Directives == 1 && Word.Text.empty() ? static_cast<int>(Args) : -1;
    else
      Word.ArgIndex = -1;
    Word.Text += Format.substr(Start, I - Start + 1);
    Args += Format[I] == 'b' ? 2 : 1;
  }
  // A word with a directive and more text, or several directives, is built at run time.
  for (RedisWord &Word : Words)
    if (Word.Directives != 1 || Word.Text != "%s")
      Word.ArgIndex = -1;
  return Words;
}

std::string unquote(llvm::StringRef Name) {
  std::string Out;
  for (char C : Name)
    if (C != '"')
      Out += C;
  return Out;
}

} // namespace

bool sinkMatches(const ResourceSink &Sink, const FunctionDecl &Callee) {
  if (!Sink.Function.empty())
    return nameMatches(Callee, Sink.Function);
  const auto *Method = dyn_cast<CXXMethodDecl>(&Callee);
  if (!Method)
    return false;
  if (!Sink.ConstructorOf.empty())
    return isa<CXXConstructorDecl>(Method) && nameMatches(*Method->getParent(), Sink.ConstructorOf);
  return llvm::any_of(Sink.Methods,
                      [&](const std::string &Name) { return hasSpelledName(*Method, Name); }) &&
         Sink.MethodsOf->match("::" + Method->getParent()->getQualifiedNameAsString());
}

void sqlPieces(const Expr *E, const Tracing &T, std::vector<SqlPiece> &Pieces, unsigned Depth) {
  E = stripWrappers(E);
  if (const auto *Op = dyn_cast_or_null<CXXOperatorCallExpr>(E);
      Op && Op->getOperator() == OO_Plus && Op->getNumArgs() == 2 && Depth < MaxDepth) {
    sqlPieces(Op->getArg(0), T, Pieces, Depth + 1);
    sqlPieces(Op->getArg(1), T, Pieces, Depth + 1);
    return;
  }
  // SQL assembled into a variable first: follow it when nothing changes it afterwards.
  if (const auto *Ref = dyn_cast_or_null<DeclRefExpr>(E); Ref && Depth < MaxDepth)
    if (const auto *Var = dyn_cast<VarDecl>(Ref->getDecl());
        Var && keepsInitialValue(Var, T.Context) &&
        isa<CXXOperatorCallExpr>(stripWrappers(Var->getInit()))) {
      sqlPieces(Var->getInit(), T, Pieces, Depth + 1);
      return;
    }
  const ValueDecl *Via = nullptr;
  const StringLiteral *Literal = E ? fixedLiteral(E, T, Via) : nullptr;
  Pieces.push_back({Literal, Literal ? Via : nullptr, E,
                    Literal || !E ? nullptr : parameterValue(E, T.Context)});
}

void forEachSqlName(
    const std::vector<SqlPiece> &Pieces, const std::vector<SqlStatement> &Statements,
    llvm::function_ref<void(const SqlPiece &, unsigned, const SqlStatement &, const std::string &)>
        Found) {
  // A run-time part reads as a character no name contains; a parameter as a name of its own, so
  // that a statement naming exactly the parameter's value is found.
  constexpr char RunTime = '\x01';
  constexpr llvm::StringLiteral ParameterName = "distlint_parameter_value";
  std::string Joined;
  std::vector<size_t> Starts;
  for (const SqlPiece &Piece : Pieces) {
    Starts.push_back(Joined.size());
    if (Piece.Literal)
      Joined += Piece.Literal->getString();
    else if (Piece.Param)
      Joined += ParameterName;
    else
      Joined += RunTime;
  }
  llvm::StringRef Text(Joined);
  for (const SqlStatement &Statement : Statements) {
    llvm::StringRef Rest = Text;
    llvm::SmallVector<llvm::StringRef, 8> Groups;
    while (!Rest.empty() && Statement.Pattern->match(Rest, &Groups)) {
      llvm::StringRef Name = Groups[Statement.NameGroup];
      size_t End = Groups[0].data() + Groups[0].size() - Rest.data();
      Rest = Rest.drop_front(std::max<size_t>(End, 1));
      size_t Offset = Name.data() - Text.data();
      if (Name.empty() ||
          (Offset + Name.size() < Text.size() && Text[Offset + Name.size()] == RunTime))
        continue;
      unsigned Piece = llvm::upper_bound(Starts, Offset) - Starts.begin() - 1;
      const SqlPiece &Where = Pieces[Piece];
      bool WholeParameter = Where.Param && Offset == Starts[Piece] && Name == ParameterName;
      if (Where.Literal ? Name.contains(ParameterName) : !WholeParameter)
        continue;
      Found(Where, static_cast<unsigned>(Offset - Starts[Piece]), Statement, unquote(Name));
    }
  }
}

bool expectedToFail(const Expr &Call, const ASTContext &Context, const TestResourceModels &Models) {
  if (Models.ExpectFailureMacros.empty())
    return false;
  const SourceManager &SM = Context.getSourceManager();
  for (SourceLocation Loc = Call.getBeginLoc(); Loc.isMacroID();
       Loc = SM.getImmediateMacroCallerLoc(Loc))
    if (llvm::is_contained(Models.ExpectFailureMacros,
                           Lexer::getImmediateMacroName(Loc, SM, Context.getLangOpts())))
      return true;
  return false;
}

namespace {

/// Whether \p E, or an expression in it, names a declaration called one of \p Names (a sink's
/// UniqueWhenValues).
bool namesOneOf(const Expr *E, const std::vector<std::string> &Names) {
  if (!E)
    return false;
  if (const auto *Ref = dyn_cast<DeclRefExpr>(E->IgnoreParenImpCasts()))
    if (Ref->getDecl()->getDeclName().isIdentifier() &&
        llvm::is_contained(Names, Ref->getDecl()->getName()))
      return true;
  for (const Stmt *Child : E->children())
    if (namesOneOf(dyn_cast_or_null<Expr>(Child), Names))
      return true;
  return false;
}

/// Whether the request object whose setter \p SinkCall is goes, within \p Body, only to mocks:
/// it is passed to at least one call, and each is a method of a mock class (one with the
/// MockMethodPrefix + method member that GoogleTest's MOCK_METHOD declares).
bool sentOnlyToMocks(const Expr &SinkCall, const Stmt &Body, const TestResourceModels &Models) {
  const auto *Setter = dyn_cast<CXXMemberCallExpr>(&SinkCall);
  const auto *Object = Setter ? dyn_cast_or_null<DeclRefExpr>(
                                    Setter->getImplicitObjectArgument()->IgnoreParenImpCasts())
                              : nullptr;
  const auto *Request = Object ? dyn_cast<VarDecl>(Object->getDecl()) : nullptr;
  if (!Request || Models.MockMethodPrefix.empty())
    return false;
  auto IsMocked = [&](const CXXMemberCallExpr &Send) {
    const CXXMethodDecl *Method = Send.getMethodDecl();
    if (!Method || !Method->getIdentifier())
      return false;
    std::string Mocker = Models.MockMethodPrefix + Method->getName().str();
    const CXXRecordDecl *Class = Send.getRecordDecl();
    return Class && llvm::any_of(Class->methods(), [&](const CXXMethodDecl *M) {
             return M->getIdentifier() && M->getName() == Mocker;
           });
  };
  unsigned Sends = 0;
  for (const Expr *E : callsIn(&Body))
    if (const auto *Call = dyn_cast<CallExpr>(E))
      for (const Expr *Arg : Call->arguments())
        if (const auto *Ref = dyn_cast_or_null<DeclRefExpr>(stripWrappers(Arg));
            Ref && Ref->getDecl() == Request) {
          const auto *Send = dyn_cast<CXXMemberCallExpr>(Call);
          if (!Send || !IsMocked(*Send))
            return false;
          ++Sends;
        }
  return Sends > 0;
}

/// The path argument of \p E when it opens the connection \p Handle as \p Opener says.
const Expr *openedPath(const Expr *E, const VarDecl &Handle, const DatabaseOpener &Opener) {
  const FunctionDecl *Callee = calleeOf(E);
  llvm::ArrayRef<const Expr *> Args = callArguments(E);
  if (!Callee || Args.empty())
    return nullptr;
  auto Path = [&]() -> const Expr * {
    if (Opener.BackendArg >= 0 && static_cast<size_t>(Opener.BackendArg) + 1 < Args.size() &&
        !identifiesOneOf(Args[Opener.BackendArg], Opener.Backends))
      return nullptr;
    if (Opener.PathArg < 0)
      return Args.back();
    return static_cast<size_t>(Opener.PathArg) < Args.size() ? Args[Opener.PathArg] : nullptr;
  };
  auto IsHandle = [&](const Expr *Arg) {
    const auto *Ref = dyn_cast_or_null<DeclRefExpr>(Arg ? Arg->IgnoreParenImpCasts() : nullptr);
    return Ref && Ref->getDecl() == &Handle;
  };
  if (!Opener.Function.empty()) {
    if (Opener.HandleArg >= Args.size() || !nameMatches(*Callee, Opener.Function))
      return nullptr;
    const auto *Address = dyn_cast<UnaryOperator>(Args[Opener.HandleArg]->IgnoreParenImpCasts());
    return Address && Address->getOpcode() == UO_AddrOf && IsHandle(Address->getSubExpr())
               ? Path()
               : nullptr;
  }
  if (!Opener.ConstructorOf.empty()) {
    const Expr *Init = Handle.getInit() ? Handle.getInit()->IgnoreImplicit() : nullptr;
    return isa<CXXConstructExpr>(E) && Init == E &&
                   nameMatches(*cast<CXXConstructorDecl>(Callee)->getParent(), Opener.ConstructorOf)
               ? Path()
               : nullptr;
  }
  const auto *Member = dyn_cast<CXXMemberCallExpr>(E);
  const auto *Method = dyn_cast<CXXMethodDecl>(Callee);
  return Member && Method && methodMatches(*Method, Opener.Method) &&
                 IsHandle(Member->getImplicitObjectArgument())
             ? Path()
             : nullptr;
}

/// The database a connect string opens: without the opener's prefix, the value of its path
/// keyword (`db=:memory: timeout=2`), else the whole string.
std::string databaseOf(llvm::StringRef Connect, const DatabaseOpener &Opener) {
  llvm::SmallVector<llvm::StringRef, 2> Prefix;
  if (Opener.ConnectPrefix && Opener.ConnectPrefix->match(Connect, &Prefix) && !Prefix.empty() &&
      Connect.starts_with(Prefix[0]))
    Connect = Connect.drop_front(Prefix[0].size());
  llvm::SmallVector<llvm::StringRef, 4> Words;
  Connect.split(Words, ' ', -1, /*KeepEmpty=*/false);
  for (llvm::StringRef Word : Words) {
    auto [Keyword, Value] = Word.split('=');
    if (Word.contains('=') && llvm::is_contained(Opener.PathKeywords, Keyword))
      return Value.str();
  }
  return Opener.PathKeywords.empty() || !Connect.contains('=') ? Connect.str() : std::string("?");
}

/// The parameter of a constructor of \p Field's class that every constructor initialises the
/// reference member \p Field from (`m_sql(sql)`), by constructor; empty when any does otherwise.
std::vector<const ParmVarDecl *> initialisingParameters(const FieldDecl &Field) {
  std::vector<const ParmVarDecl *> Params;
  const auto *Class = dyn_cast<CXXRecordDecl>(Field.getParent());
  if (!Class || !Field.getType()->isReferenceType())
    return {};
  for (const CXXConstructorDecl *Ctor : Class->ctors()) {
    if (Ctor->isCopyOrMoveConstructor() || Ctor->isDeleted() || Ctor->isImplicit())
      continue;
    const ParmVarDecl *From = nullptr;
    for (const CXXCtorInitializer *Init : Ctor->inits())
      if (Init->getMember() == &Field)
        if (const auto *Ref = dyn_cast<DeclRefExpr>(Init->getInit()->IgnoreParenImpCasts()))
          From = dyn_cast<ParmVarDecl>(Ref->getDecl());
    if (!From)
      return {};
    Params.push_back(From);
  }
  return Params;
}

bool privateDatabase(const Expr *Database, const Stmt &Body, const Tracing &T,
                     const TestResourceModels &Models, unsigned Depth = 0);

/// Whether every call of the translation unit passes, for \p Param, a private database (at least
/// one call does).
bool privateAtEveryCall(const ParmVarDecl &Param, const Tracing &T,
                        const TestResourceModels &Models, unsigned Depth) {
  const auto *Function = dyn_cast<FunctionDecl>(Param.getDeclContext());
  if (!Function || Depth >= 2)
    return false;
  unsigned Index = Param.getFunctionScopeIndex(), Calls = 0;
  for (const auto &[Call, Enclosing] : T.CallSites) {
    const FunctionDecl *Callee = calleeOf(Call);
    if (!Callee || Callee->getCanonicalDecl() != Function->getCanonicalDecl())
      continue;
    llvm::ArrayRef<const Expr *> Args = callArguments(Call);
    if (isa<CXXOperatorCallExpr>(Call) && isa<CXXMethodDecl>(Callee))
      Args = Args.drop_front();
    if (Index >= Args.size() || !Enclosing->getBody() ||
        !privateDatabase(Args[Index], *Enclosing->getBody(), T, Models, Depth + 1))
      return false;
    ++Calls;
  }
  return Calls > 0;
}

/// Whether the connection \p Database (a local) is opened, in \p Body, only on a database private
/// to the process (DatabaseOpeners, PrivateDatabasePaths: sqlite3_open(":memory:", &db)); or, held
/// by a parameter or a reference member a constructor's parameter initialises, every call of the
/// translation unit passes such a connection.
bool privateDatabase(const Expr *Database, const Stmt &Body, const Tracing &T,
                     const TestResourceModels &Models, unsigned Depth) {
  const Expr *Stripped = stripWrappers(Database);
  if (const auto *Member = dyn_cast_or_null<MemberExpr>(Stripped);
      Member && isa<CXXThisExpr>(Member->getBase()->IgnoreParenImpCasts()))
    if (const auto *Field = dyn_cast<FieldDecl>(Member->getMemberDecl())) {
      std::vector<const ParmVarDecl *> Params = initialisingParameters(*Field);
      return !Params.empty() && llvm::all_of(Params, [&](const ParmVarDecl *P) {
        return privateAtEveryCall(*P, T, Models, Depth);
      });
    }
  const auto *Ref = dyn_cast_or_null<DeclRefExpr>(Stripped);
  if (const auto *Param = Ref ? dyn_cast<ParmVarDecl>(Ref->getDecl()) : nullptr)
    return privateAtEveryCall(*Param, T, Models, Depth);
  const auto *Handle = Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
  if (!Handle || !Handle->hasLocalStorage() || !Models.PrivateDatabasePaths)
    return false;
  unsigned PrivateOpens = 0;
  for (const Expr *E : callsIn(&Body)) {
    for (const DatabaseOpener &Opener : Models.DatabaseOpeners) {
      const Expr *PathArg = openedPath(E, *Handle, Opener);
      if (!PathArg)
        continue;
      std::string Path;
      const ValueDecl *Via = nullptr;
      // openedPath checked the backend when the call names one besides the path.
      bool Embedded = Opener.RunTimePathPrivate && Opener.BackendArg >= 0 &&
                      callArguments(E).size() > static_cast<size_t>(Opener.BackendArg) + 1;
      if (fixedString(PathArg, T, Path, Via)
              ? !Models.PrivateDatabasePaths->match(databaseOf(Path, Opener))
              : !Embedded)
        return false;
      ++PrivateOpens;
    }
  }
  return PrivateOpens > 0;
}

} // namespace

bool sinkApplies(const ResourceSink &Sink, const Expr &Call, llvm::ArrayRef<const Expr *> Args,
                 const Stmt *Body, const Tracing &T, const TestResourceModels &Models) {
  if (Sink.UniqueWhenArg >= 0 && static_cast<unsigned>(Sink.UniqueWhenArg) < Args.size() &&
      namesOneOf(Args[Sink.UniqueWhenArg], Sink.UniqueWhenValues))
    return false;
  if (!Body)
    return true;
  if (Sink.DatabaseArg >= 0 && static_cast<unsigned>(Sink.DatabaseArg) < Args.size() &&
      privateDatabase(Args[Sink.DatabaseArg], *Body, T, Models))
    return false;
  return !sentOnlyToMocks(Call, *Body, Models);
}

void namesAtSink(const ResourceSink &Sink, const Expr *Call, llvm::ArrayRef<const Expr *> Args,
                 const Tracing &T, const TestResourceModels &Models,
                 const std::set<std::string> &SessionLocal,
                 llvm::function_ref<void(const SinkName &)> Found) {
  const Expr *Arg = Args[Sink.Arg];
  auto Make = [&](llvm::StringRef Operation, llvm::StringRef Effect, const Expr *Use) {
    SinkName Name;
    Name.Kind = Sink.Kind;
    Name.Operation = Operation.str();
    Name.Effect = Effect.str();
    Name.Advice = Sink.Advice;
    Name.Use = Use;
    Name.Call = Call;
    return Name;
  };
  // A plain name: fixed, or a parameter's value (which the caller checks against ValuePattern).
  auto Plain = [&](const Expr *Value, llvm::StringRef Operation, llvm::StringRef Effect,
                   const std::string &Kind) {
    SinkName Name = Make(Operation, Effect, Value);
    Name.Kind = Kind;
    if ((Name.Literal = fixedString(Value, T, Name.Name, Name.Via))) {
      if (!Name.Name.empty() && (!Sink.ValuePattern || Sink.ValuePattern->match(Name.Name)))
        Found(Name);
    } else if ((Name.Param = parameterValue(Value, T.Context))) {
      Name.ValuePattern = Sink.ValuePattern;
      Found(Name);
    }
  };
  switch (Sink.Format) {
  case ArgFormat::Plain:
    Plain(Arg, Sink.Operation, Sink.Effect, Sink.Kind);
    break;
  case ArgFormat::Redis: {
    const ValueDecl *FormatVia = nullptr;
    const StringLiteral *Format = fixedLiteral(Arg, T, FormatVia);
    if (!Format)
      break;
    std::vector<RedisWord> Words = splitRedisFormat(Format->getString());
    if (Words.empty() || Words[0].Directives != 0)
      break;
    std::string Command = llvm::StringRef(Words[0].Text).upper();
    auto Write = Models.RedisWriteCommands.find(Command);
    if (Write == Models.RedisWriteCommands.end())
      break;
    RedisKeys Keys = Write->second.Keys;
    for (unsigned I = 1; I < Words.size(); ++I) {
      bool IsKey = Keys == RedisKeys::All || (Keys == RedisKeys::First && I == 1) ||
                   (Keys == RedisKeys::Alternate && I % 2 == 1);
      if (!IsKey)
        continue;
      const RedisWord &Word = Words[I];
      if (Word.Directives == 0) {
        SinkName Name = Make(Command, Write->second.Effect, Arg);
        Name.Literal = Format;
        Name.Offset = Word.Offset;
        Name.Name = Word.Text;
        Name.Via = FormatVia;
        Found(Name);
      } else if (Word.ArgIndex >= 0 && Sink.Arg + 1 + Word.ArgIndex < Args.size()) {
        Plain(Args[Sink.Arg + 1 + Word.ArgIndex], Command, Write->second.Effect, Sink.Kind);
      }
    }
    break;
  }
  case ArgFormat::Sql: {
    std::vector<SqlPiece> Pieces;
    sqlPieces(Arg, T, Pieces);
    forEachSqlName(Pieces, Models.SqlStatements,
                   [&](const SqlPiece &Piece, unsigned Offset, const SqlStatement &Statement,
                       const std::string &Text) {
                     if (Piece.Literal && SessionLocal.count(llvm::StringRef(Text).lower()))
                       return;
                     SinkName Name = Make(Statement.Operation, Statement.Effect, Piece.Source);
                     Name.Kind = Statement.Kind;
                     Name.Literal = Piece.Literal;
                     Name.Offset = Offset;
                     Name.Via = Piece.Via;
                     Name.Param = Piece.Param;
                     Name.SqlTable = true;
                     if (Piece.Literal)
                       Name.Name = Text;
                     Found(Name);
                   });
    break;
  }
  }
}

} // namespace clang::tidy::distsys::test_resource_id
