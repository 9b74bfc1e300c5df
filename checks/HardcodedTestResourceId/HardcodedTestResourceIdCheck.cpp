//===--- HardcodedTestResourceIdCheck.cpp - distsys-hardcoded-test-resource-id ---===//
#include "HardcodedTestResourceIdCheck.h"
#include "HardcodedTestResourceIdModels.h"
#include "utils/ApiNames.h"
#include "utils/Calls.h"
#include "utils/ModelCache.h"
#include "utils/ValueWrappers.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/ExprCXX.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/Analysis/Analyses/ExprMutationAnalyzer.h"
#include "llvm/ADT/StringExtras.h"
#include <set>

using namespace clang::ast_matchers;

namespace clang::tidy::distsys {
namespace {

constexpr llvm::StringLiteral RuleId = "distsys-hardcoded-test-resource-id";
constexpr unsigned MaxDepth = 8;

/// A fixed name found in a literal: the literal, where in it the name starts, and the constant
/// or variable it travelled through, if any.
struct FixedName {
  const StringLiteral *Literal = nullptr;
  unsigned Offset = 0;
  std::string Name;
  const ValueDecl *Via = nullptr;
  std::string Kind;
  std::string Advice;
  const Expr *Use = nullptr;
};

bool isDefaultArg(const Expr *E) { return isa<CXXDefaultArgExpr>(E); }

/// Skips what does not change a string's value: casts, temporaries, string and string_view
/// construction from one value, c_str()/data() and conversion operators.
const Expr *stripWrappers(const Expr *E) {
  static constexpr llvm::StringRef Accessors[] = {"c_str", "data"};
  static const ValueWrappers StringWrappers = [] {
    ValueWrappers W;
    W.ConversionOperators = true;
    W.Accessors = Accessors;
    return W;
  }();
  return stripValueWrappers(E, StringWrappers);
}

/// Whether \p Var keeps the value of its initialiser wherever it is used: a constant, a
/// pointer to const characters at namespace scope, or a local no code modifies.
bool keepsInitialValue(const VarDecl *Var, ASTContext &Context) {
  if (!Var->getInit() || isa<ParmVarDecl>(Var))
    return false;
  QualType Type = Var->getType();
  if (Type->isReferenceType())
    Type = Type->getPointeeType();
  if (Var->isConstexpr() || Type.isConstQualified())
    return true;
  if (!Var->hasLocalStorage())
    return Type->isPointerType() && Type->getPointeeType().isConstQualified();
  const auto *Function = dyn_cast_or_null<FunctionDecl>(Var->getParentFunctionOrMethod());
  if (!Function || !Function->getBody())
    return false;
  return !ExprMutationAnalyzer(*Function->getBody(), Context).isMutated(Var);
}

/// What following a value back to its literal needs: the AST and the non-const members that some
/// code of the translation unit writes.
struct Tracing {
  ASTContext &Context;
  const llvm::DenseSet<const FieldDecl *> &WrittenFields;
};

/// Whether the member \p Field keeps its in-class initialiser: it is const, or no constructor
/// initialises it otherwise and no code writes it.
bool fieldKeepsInitializer(const FieldDecl *Field, const Tracing &T) {
  if (!Field->hasInClassInitializer())
    return false;
  if (Field->getType().isConstQualified())
    return true;
  if (T.WrittenFields.contains(Field))
    return false;
  const auto *Record = dyn_cast<CXXRecordDecl>(Field->getParent());
  if (!Record)
    return true;
  for (const CXXConstructorDecl *Ctor : Record->ctors())
    if (const auto *Definition = dyn_cast_or_null<CXXConstructorDecl>(Ctor->getDefinition()))
      for (const CXXCtorInitializer *Init : Definition->inits())
        if (Init->isWritten() && Init->getMember() == Field)
          return false;
  return true;
}

/// The string literal whose value \p E always has, or null. \p Via receives the variable
/// \p E names, when the value travelled through one.
const StringLiteral *fixedLiteral(const Expr *E, const Tracing &T, const ValueDecl *&Via,
                                  unsigned Depth = 0) {
  E = stripWrappers(E);
  if (!E || Depth > MaxDepth)
    return nullptr;
  if (const auto *Literal = dyn_cast<StringLiteral>(E))
    return Literal->isOrdinary() || Literal->isUTF8() ? Literal : nullptr;
  const ValueDecl *Decl = nullptr;
  if (const auto *Ref = dyn_cast<DeclRefExpr>(E))
    Decl = Ref->getDecl();
  else if (const auto *Member = dyn_cast<MemberExpr>(E))
    Decl = Member->getMemberDecl();
  if (!Decl)
    return nullptr;
  const Expr *Init = nullptr;
  if (const auto *Var = dyn_cast<VarDecl>(Decl)) {
    if (!keepsInitialValue(Var, T.Context))
      return nullptr;
    Init = Var->getInit();
  } else if (const auto *Field = dyn_cast<FieldDecl>(Decl)) {
    // A member a constructor or SetUp() assigns is not fixed.
    if (!fieldKeepsInitializer(Field, T))
      return nullptr;
    Init = Field->getInClassInitializer();
  }
  if (!Init)
    return nullptr;
  const StringLiteral *Literal = fixedLiteral(Init, T, Via, Depth + 1);
  if (Literal)
    Via = Decl; // the outermost variable: the one named where the value is used
  return Literal;
}

/// The first function named in \p S (its address taken, or decayed to a pointer).
const FunctionDecl *referencedFunction(const Stmt *S) {
  if (!S)
    return nullptr;
  if (const auto *Ref = dyn_cast<DeclRefExpr>(S))
    if (const auto *Function = dyn_cast<FunctionDecl>(Ref->getDecl()))
      return Function;
  for (const Stmt *Child : S->children())
    if (const FunctionDecl *Function = referencedFunction(Child))
      return Function;
  return nullptr;
}

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

/// Whether the member access \p Use writes the member: assigned, incremented, its address taken,
/// a non-const method called on it, or bound to a non-const reference parameter.
bool writesMember(const MemberExpr &Use, ASTContext &Context) {
  const Expr *Current = &Use;
  DynTypedNodeList Parents = Context.getParents(Use);
  while (!Parents.empty()) {
    if (const auto *Cast = Parents[0].get<ImplicitCastExpr>();
        Cast && Cast->getCastKind() == CK_NoOp) {
      Current = Cast;
    } else if (const auto *Paren = Parents[0].get<ParenExpr>()) {
      Current = Paren;
    } else {
      break;
    }
    Parents = Context.getParents(*Current);
  }
  if (Parents.empty())
    return false;
  if (const auto *Op = Parents[0].get<BinaryOperator>())
    return Op->isAssignmentOp() && Op->getLHS()->IgnoreParenImpCasts() == &Use;
  if (const auto *Op = Parents[0].get<UnaryOperator>())
    return Op->isIncrementDecrementOp() || Op->getOpcode() == UO_AddrOf;
  if (const auto *Member = Parents[0].get<MemberExpr>()) {
    const auto *Method = dyn_cast<CXXMethodDecl>(Member->getMemberDecl());
    return Method && !Method->isConst() && !Method->isStatic();
  }
  if (const auto *Op = Parents[0].get<CXXOperatorCallExpr>()) {
    if (Op->getNumArgs() > 0 && Op->getArg(0)->IgnoreParenImpCasts() == &Use)
      if (const auto *Method = dyn_cast_or_null<CXXMethodDecl>(Op->getDirectCallee()))
        return !Method->isConst();
    return false;
  }
  if (const auto *Call = Parents[0].get<CallExpr>()) {
    const FunctionDecl *Callee = Call->getDirectCallee();
    for (unsigned I = 0; Callee && I < Call->getNumArgs() && I < Callee->getNumParams(); ++I)
      if (Call->getArg(I) == Current) {
        QualType Type = Callee->getParamDecl(I)->getType();
        return Type->isReferenceType() && !Type->getPointeeType().isConstQualified();
      }
  }
  return false;
}

/// The function whose body contains \p E, looking through lambdas (a lambda in a test body runs
/// as part of the test).
const FunctionDecl *enclosingFunction(const Expr &E, ASTContext &Context) {
  DynTypedNodeList Parents = Context.getParents(E);
  for (unsigned Depth = 0; !Parents.empty() && Depth < 256; ++Depth) {
    DynTypedNode Next = Parents[0];
    for (const DynTypedNode &P : Parents)
      if (P.get<LambdaExpr>())
        Next = P;
    if (const auto *Function = Next.get<FunctionDecl>()) {
      const auto *Method = dyn_cast<CXXMethodDecl>(Function);
      if (!Method || !Method->getParent()->isLambda())
        return Function;
    }
    Parents = Context.getParents(Next);
  }
  return nullptr;
}

/// The function a resource operation calls; overloaded operators are no resource operations.
const FunctionDecl *operationCallee(const Expr *Call) {
  return isa<CXXOperatorCallExpr>(Call) ? nullptr : calleeOf(Call);
}

bool sinkMatches(const ResourceSink &Sink, const FunctionDecl &Callee) {
  if (!Sink.Function.empty())
    return nameMatches(Callee, Sink.Function);
  const auto *Method = dyn_cast<CXXMethodDecl>(&Callee);
  if (!Method)
    return false;
  if (!Sink.ConstructorOf.empty())
    return isa<CXXConstructorDecl>(Method) && nameMatches(*Method->getParent(), Sink.ConstructorOf);
  return Method->getDeclName().isIdentifier() &&
         llvm::is_contained(Sink.Methods, Method->getName()) &&
         Sink.MethodsOf->match("::" + Method->getParent()->getQualifiedNameAsString());
}

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

/// The pieces a SQL argument is concatenated from: literals, or null for a run-time part.
struct SqlPiece {
  const StringLiteral *Literal;
  const ValueDecl *Via;
  const Expr *Source;
};

void sqlPieces(const Expr *E, const Tracing &T, std::vector<SqlPiece> &Pieces, unsigned Depth = 0) {
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
  Pieces.push_back({Literal, Literal ? Via : nullptr, E});
}

std::string unquote(llvm::StringRef Name) {
  std::string Out;
  for (char C : Name)
    if (C != '"')
      Out += C;
  return Out;
}

/// Calls \p Found for every table name \p Statements find in the SQL \p Pieces make up, with
/// the piece the name starts in and its offset there. Run-time parts read as a character no name
/// contains, so a name that runs into one is only a prefix and is skipped.
template <typename Callback>
void forEachSqlName(const std::vector<SqlPiece> &Pieces,
                    const std::vector<SqlStatement> &Statements, Callback Found) {
  constexpr char RunTime = '\x01';
  std::string Joined;
  std::vector<size_t> Starts;
  for (const SqlPiece &Piece : Pieces) {
    Starts.push_back(Joined.size());
    if (Piece.Literal)
      Joined += Piece.Literal->getString();
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
      if (!Pieces[Piece].Literal)
        continue;
      Found(Pieces[Piece], static_cast<unsigned>(Offset - Starts[Piece]), Statement.Kind,
            unquote(Name));
    }
  }
}

/// Reports through \p Found every fixed name the arguments \p Args pass to \p Sink.
void namesAtSink(const ResourceSink &Sink, llvm::ArrayRef<const Expr *> Args, const Tracing &T,
                 const TestResourceModels &Models, const std::set<std::string> &SessionLocal,
                 llvm::function_ref<void(const FixedName &)> Report) {
  const Expr *Arg = Args[Sink.Arg];
  auto Make = [&](const StringLiteral *Literal, unsigned Offset, std::string Name,
                  const ValueDecl *Via, std::string Kind, const Expr *Use) {
    return FixedName{Literal, Offset, std::move(Name), Via, std::move(Kind), Sink.Advice, Use};
  };
  switch (Sink.Format) {
  case ArgFormat::Plain: {
    const ValueDecl *Via = nullptr;
    const StringLiteral *Literal = fixedLiteral(Arg, T, Via);
    if (!Literal || Literal->getLength() == 0 ||
        (Sink.ValuePattern && !Sink.ValuePattern->match(Literal->getString())))
      break;
    Report(Make(Literal, 0, Literal->getString().str(), Via, Sink.Kind, Arg));
    break;
  }
  case ArgFormat::Redis: {
    const ValueDecl *FormatVia = nullptr;
    const StringLiteral *Format = fixedLiteral(Arg, T, FormatVia);
    if (!Format)
      break;
    std::vector<RedisWord> Words = splitRedisFormat(Format->getString());
    if (Words.empty() || Words[0].Directives != 0)
      break;
    auto Shape = Models.RedisWriteCommands.find(llvm::StringRef(Words[0].Text).upper());
    if (Shape == Models.RedisWriteCommands.end())
      break;
    for (unsigned I = 1; I < Words.size(); ++I) {
      bool IsKey = Shape->second == RedisKeys::All ||
                   (Shape->second == RedisKeys::First && I == 1) ||
                   (Shape->second == RedisKeys::Alternate && I % 2 == 1);
      if (!IsKey)
        continue;
      const RedisWord &Word = Words[I];
      if (Word.Directives == 0) {
        Report(Make(Format, Word.Offset, Word.Text, FormatVia, Sink.Kind, Arg));
      } else if (Word.ArgIndex >= 0 && Sink.Arg + 1 + Word.ArgIndex < Args.size()) {
        const Expr *KeyArg = Args[Sink.Arg + 1 + Word.ArgIndex];
        const ValueDecl *Via = nullptr;
        if (const StringLiteral *Key = fixedLiteral(KeyArg, T, Via); Key && Key->getLength() > 0)
          Report(Make(Key, 0, Key->getString().str(), Via, Sink.Kind, KeyArg));
      }
    }
    break;
  }
  case ArgFormat::Sql: {
    std::vector<SqlPiece> Pieces;
    sqlPieces(Arg, T, Pieces);
    forEachSqlName(Pieces, Models.SqlStatements,
                   [&](const SqlPiece &Piece, unsigned Offset, const std::string &Kind,
                       const std::string &Name) {
                     if (!SessionLocal.count(llvm::StringRef(Name).lower()))
                       Report(Make(Piece.Literal, Offset, Name, Piece.Via, Kind, Piece.Source));
                   });
    break;
  }
  }
}

} // namespace

HardcodedTestResourceIdCheck::HardcodedTestResourceIdCheck(StringRef Name,
                                                           ClangTidyContext *Context)
    : ClangTidyCheck(Name, Context),
      ExtraIdentifierParameters(Options.get("ExtraIdentifierParameters", "")),
      ModelFiles(Options.getLocalOrGlobal("ModelFiles", "")) {
  Models = loadModels<TestResourceModels>(
      RuleId, ModelFiles, getCurrentMainFile(),
      [this](llvm::StringRef Error) { configurationDiag("%0: %1") << RuleId << Error; });
  llvm::SmallVector<llvm::StringRef, 4> Patterns;
  llvm::StringRef(ExtraIdentifierParameters).split(Patterns, ';', -1, /*KeepEmpty=*/false);
  for (llvm::StringRef Pattern : Patterns) {
    auto R = std::make_shared<llvm::Regex>(Pattern.trim(), llvm::Regex::IgnoreCase);
    std::string Error;
    if (!R->isValid(Error)) {
      configurationDiag("%0: ExtraIdentifierParameters: '%1' is not a valid regex: %2")
          << RuleId << Pattern << Error;
      continue;
    }
    ExtraParameterPatterns.push_back(std::move(R));
  }
}

HardcodedTestResourceIdCheck::~HardcodedTestResourceIdCheck() = default;

void HardcodedTestResourceIdCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  Options.store(Opts, "ExtraIdentifierParameters", ExtraIdentifierParameters);
  Options.store(Opts, "ModelFiles", ModelFiles);
}

void HardcodedTestResourceIdCheck::registerMatchers(MatchFinder *Finder) {
  for (const TestMethodModel &Model : Models->TestMethods) {
    std::vector<llvm::StringRef> Bases(Model.Bases.begin(), Model.Bases.end());
    std::vector<llvm::StringRef> Methods(Model.Methods.begin(), Model.Methods.end());
    auto Special = Model.Constructors
                       ? cxxMethodDecl(anyOf(cxxConstructorDecl(), cxxDestructorDecl()))
                       : cxxMethodDecl(unless(anything()));
    Finder->addMatcher(cxxMethodDecl(isDefinition(), unless(isExpansionInSystemHeader()),
                                     ofClass(cxxRecordDecl(isDerivedFrom(hasAnyName(Bases)))),
                                     anyOf(hasAnyName(Methods), Special))
                           .bind("testMethod"),
                       this);
  }
  std::vector<llvm::StringRef> Registrars, RegistrarClasses;
  for (const TestRegistrationModel &Model : Models->Registrations)
    (Model.Function.empty() ? RegistrarClasses : Registrars)
        .push_back(Model.Function.empty() ? Model.ConstructorOf : Model.Function);
  if (!Registrars.empty())
    Finder->addMatcher(
        callExpr(callee(functionDecl(hasAnyName(Registrars))), unless(isExpansionInSystemHeader()))
            .bind("registration"),
        this);
  if (!RegistrarClasses.empty())
    Finder->addMatcher(
        cxxConstructExpr(hasDeclaration(cxxConstructorDecl(ofClass(hasAnyName(RegistrarClasses)))),
                         unless(isExpansionInSystemHeader()))
            .bind("registration"),
        this);

  Finder->addMatcher(
      callExpr(unless(cxxOperatorCallExpr()), unless(isExpansionInSystemHeader())).bind("call"),
      this);
  Finder->addMatcher(cxxConstructExpr(unless(isExpansionInSystemHeader())).bind("call"), this);
  Finder->addMatcher(
      memberExpr(member(fieldDecl()), unless(isExpansionInSystemHeader())).bind("fieldUse"), this);
}

void HardcodedTestResourceIdCheck::collectRegisteredBody(
    const Expr *Registration, unsigned Arg, const std::vector<std::string> &CalledMethods) {
  llvm::ArrayRef<const Expr *> Args = callArguments(Registration);
  if (Arg >= Args.size())
    return;
  const FunctionDecl *Body = referencedFunction(Args[Arg]);
  if (!Body)
    return;
  TestBodies.insert(Body->getCanonicalDecl());
  if (CalledMethods.empty())
    return;
  // Boost.Test: the registered invoker constructs the fixture and calls test_method().
  const FunctionDecl *Definition = Body->getDefinition();
  if (!Definition || !Definition->getBody())
    return;
  auto Calls = match(findAll(cxxMemberCallExpr().bind("m")), *Definition->getBody(), *Context);
  for (const BoundNodes &Node : Calls)
    if (const CXXMethodDecl *Method = Node.getNodeAs<CXXMemberCallExpr>("m")->getMethodDecl())
      if (Method->getDeclName().isIdentifier() &&
          llvm::is_contained(CalledMethods, Method->getName()))
        TestBodies.insert(Method->getCanonicalDecl());
}

void HardcodedTestResourceIdCheck::check(const MatchFinder::MatchResult &Result) {
  Context = Result.Context;
  if (const auto *Method = Result.Nodes.getNodeAs<CXXMethodDecl>("testMethod")) {
    TestBodies.insert(Method->getCanonicalDecl());
    return;
  }
  if (const auto *Registration = Result.Nodes.getNodeAs<Expr>("registration")) {
    const FunctionDecl *Registrar = operationCallee(Registration);
    if (!Registrar)
      return;
    for (const TestRegistrationModel &Model : Models->Registrations) {
      bool Matches = Model.Function.empty()
                         ? isa<CXXConstructorDecl>(Registrar) &&
                               nameMatches(*cast<CXXConstructorDecl>(Registrar)->getParent(),
                                           Model.ConstructorOf)
                         : nameMatches(*Registrar, Model.Function);
      if (Matches)
        collectRegisteredBody(Registration, Model.Arg, Model.CalledMethods);
    }
    return;
  }
  if (const auto *Use = Result.Nodes.getNodeAs<MemberExpr>("fieldUse")) {
    if (writesMember(*Use, *Context))
      WrittenFields.insert(cast<FieldDecl>(Use->getMemberDecl()));
    return;
  }
  const auto *Call = Result.Nodes.getNodeAs<Expr>("call");
  if (!Call || !operationCallee(Call))
    return;
  if (const FunctionDecl *Enclosing = enclosingFunction(*Call, *Context))
    Candidates.push_back({Call, Enclosing});
}

void HardcodedTestResourceIdCheck::onEndOfTranslationUnit() {
  if (!Context) {
    Candidates.clear();
    TestBodies.clear();
    WrittenFields.clear();
    return;
  }
  ASTContext &Ctx = *Context;
  const Tracing T{Ctx, WrittenFields};
  const SourceManager &SM = Ctx.getSourceManager();
  auto IsTestBody = [&](const FunctionDecl *F) {
    return TestBodies.contains(F->getCanonicalDecl());
  };

  // Helpers the test file defines and its test bodies call run as part of the tests too.
  llvm::DenseSet<const Decl *> Helpers;
  for (const Candidate &C : Candidates) {
    if (!IsTestBody(C.Enclosing))
      continue;
    const FunctionDecl *Callee = operationCallee(C.Call);
    const FunctionDecl *Definition = Callee ? Callee->getDefinition() : nullptr;
    if (Definition && SM.isInMainFile(SM.getExpansionLoc(Definition->getLocation())))
      Helpers.insert(Definition->getCanonicalDecl());
  }
  auto InTest = [&](const FunctionDecl *F) {
    return IsTestBody(F) || Helpers.contains(F->getCanonicalDecl());
  };

  // Names of session-private SQL tables (CREATE TEMP TABLE): no other test sees them.
  std::set<std::string> SessionLocal;
  for (const Candidate &C : Candidates) {
    const FunctionDecl *Callee = operationCallee(C.Call);
    for (const ResourceSink &Sink : Models->Sinks) {
      llvm::ArrayRef<const Expr *> Args = callArguments(C.Call);
      if (Sink.Format != ArgFormat::Sql || Sink.Arg >= Args.size() || !sinkMatches(Sink, *Callee))
        continue;
      std::vector<SqlPiece> Pieces;
      sqlPieces(Args[Sink.Arg], T, Pieces);
      forEachSqlName(Pieces, Models->SqlSessionLocal,
                     [&](const SqlPiece &, unsigned, const std::string &, const std::string &Name) {
                       SessionLocal.insert(llvm::StringRef(Name).lower());
                     });
    }
  }

  std::set<std::pair<unsigned, std::string>> Reported;
  auto Report = [&](const FixedName &Found) {
    SourceLocation Loc = Found.Literal->getBeginLoc();
    if (Found.Offset > 0)
      Loc = Found.Literal->getLocationOfByte(Found.Offset, SM, Ctx.getLangOpts(),
                                             Ctx.getTargetInfo());
    Loc = SM.getFileLoc(Loc);
    SourceLocation Key = SM.getFileLoc(Found.Literal->getBeginLoc());
    if (Loc.isInvalid() || SM.isInSystemHeader(Loc) ||
        !Reported.insert({Key.getRawEncoding(), Found.Name}).second)
      return;
    diag(Loc, "%0 \"%1\" is fixed; tests running in parallel will collide \u2014 %2")
        << Found.Kind << Found.Name
        << (Found.Advice.empty() ? Models->DefaultAdvice : Found.Advice);
    if (Found.Via && Found.Use)
      diag(SM.getFileLoc(Found.Use->getBeginLoc()), "'%0' is used as the %1 here",
           DiagnosticIDs::Note)
          << Found.Via->getName() << Found.Kind;
  };

  for (const Candidate &C : Candidates) {
    if (!InTest(C.Enclosing))
      continue;
    const FunctionDecl *Callee = operationCallee(C.Call);
    llvm::ArrayRef<const Expr *> Args = callArguments(C.Call);
    bool Modelled = false;
    for (const ResourceSink &Sink : Models->Sinks) {
      if (Sink.Arg >= Args.size() || !sinkMatches(Sink, *Callee))
        continue;
      Modelled = true;
      if (Sink.UniqueWhenArg >= 0 && static_cast<unsigned>(Sink.UniqueWhenArg) < Args.size() &&
          namesOneOf(Args[Sink.UniqueWhenArg], Sink.UniqueWhenValues))
        continue;
      namesAtSink(Sink, Args, T, *Models, SessionLocal, Report);
    }
    if (Modelled || SM.isInSystemHeader(Callee->getLocation()))
      continue;
    // A project function whose parameter's name says it takes a resource identifier.
    for (unsigned I = 0; I < Callee->getNumParams() && I < Args.size(); ++I) {
      const ParmVarDecl *Param = Callee->getParamDecl(I);
      if (!Param->getDeclName().isIdentifier() || Param->getName().empty())
        continue;
      llvm::StringRef ParamName = Param->getName();
      bool IsIdentifier =
          (Models->IdentifierParameters && Models->IdentifierParameters->match(ParamName)) ||
          llvm::any_of(ExtraParameterPatterns,
                       [&](const auto &Pattern) { return Pattern->match(ParamName); });
      if (!IsIdentifier || isDefaultArg(Args[I]))
        continue;
      const ValueDecl *Via = nullptr;
      const StringLiteral *Literal = fixedLiteral(Args[I], T, Via);
      if (Literal && Literal->getLength() > 0)
        Report({Literal, 0, Literal->getString().str(), Via, ParamName.str(), "", Args[I]});
    }
  }
  Candidates.clear();
  TestBodies.clear();
  WrittenFields.clear();
  Context = nullptr;
}

} // namespace clang::tidy::distsys
