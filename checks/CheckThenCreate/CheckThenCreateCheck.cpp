//===--- CheckThenCreateCheck.cpp - distsys-check-then-create -------------===//
//
// For each create of a modelled resource that is not atomic-if-absent, collect the conditions
// that guard it (enclosing if/?:/while/&&/|| conditions and earlier early-return ifs), follow each
// condition back to the calls it depends on (directly, through local variables' initialisers and
// assignments, and through out-parameters) and report when one of them checks the same resource.
//
//===----------------------------------------------------------------------===//
#include "CheckThenCreateCheck.h"
#include "CheckThenCreateModels.h"
#include "utils/ApiNames.h"
#include "utils/Calls.h"
#include "utils/HandleTracking.h"
#include "utils/MessageTemplates.h"
#include "utils/ModelCache.h"
#include "utils/ValueWrappers.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/Lex/Lexer.h"
#include "llvm/ADT/FoldingSet.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/ADT/StringExtras.h"
#include <optional>

using namespace clang::ast_matchers;

namespace clang::tidy::distsys {
namespace {

constexpr llvm::StringLiteral RuleId = "distsys-check-then-create";
using Family = ResourceFamily;
using Kind = ResourceFamily::Kind;

/// One modelled call: a check or a create of a resource named by Key.
struct Operation {
  const Expr *Call = nullptr;
  unsigned FamilyIndex = 0;
  std::string Name;               // shown in messages: CreateSecret, SET, INSERT INTO users
  std::optional<std::string> Key; // identity of the resource; unknown: never matches
  std::string Resource, Safe;
  bool Atomic = false;
  bool OwnershipOnly = false;
  bool ReadModifyWrite = false;
  bool ReadsValue = false;             // a check that only counts for read-modify-writes
  std::vector<const Expr *> ValueArgs; // Redis: arguments that are not the key
  std::optional<FixItHint> Fix;
  // A check made inside a helper the guard calls (`if (!secretExists(name))`): Call and Name are
  // then the helper call, InnerCheck and InnerName the modelled check in its body.
  const Expr *InnerCheck = nullptr;
  std::string InnerName;
};

/// The wrappers a resource name travels in: casts, temporaries, converting constructors
/// (std::string, std::filesystem::path, pqxx::zview) and c_str()/data()/string().
const Expr *stripName(const Expr *E) {
  static constexpr llvm::StringRef Accessors[] = {"c_str", "data", "string", "native", "view"};
  static const ValueWrappers NameWrappers = [] {
    ValueWrappers W;
    W.Accessors = Accessors;
    return W;
  }();
  return stripValueWrappers(E, NameWrappers);
}

/// The text of a string literal, or of a const variable initialised with one.
std::optional<std::string> stringValue(const Expr *E, unsigned Depth = 0) {
  E = stripName(E);
  if (const auto *Literal = dyn_cast_or_null<StringLiteral>(E))
    return Literal->getCharByteWidth() == 1 ? std::optional(Literal->getString().str())
                                            : std::nullopt;
  if (const auto *Ref = dyn_cast_or_null<DeclRefExpr>(E))
    if (const auto *Var = dyn_cast<VarDecl>(Ref->getDecl()))
      if (Depth < 3 && Var->getInit() &&
          (Var->getType().isConstQualified() || Var->isConstexpr() ||
           (Var->getType()->isPointerType() &&
            Var->getType()->getPointeeType().isConstQualified() &&
            Var->getType().isConstQualified())))
        return stringValue(Var->getInit(), Depth + 1);
  return std::nullopt;
}

std::optional<std::string> keyOfDecl(const VarDecl *Var) {
  return "v:" + llvm::utohexstr(reinterpret_cast<uintptr_t>(Var->getCanonicalDecl())) + ";";
}

/// The identity of the resource \p E names: the same string value, variable, member or (for
/// anything else) structurally identical expression.
std::optional<std::string> keyOf(const Expr *E, const ASTContext &Context) {
  if (!E)
    return std::nullopt;
  if (auto Value = stringValue(E))
    return "s:" + *Value;
  E = stripName(E);
  if (!E || E->isTypeDependent() || E->isValueDependent())
    return std::nullopt;
  if (const auto *Ref = dyn_cast<DeclRefExpr>(E))
    if (const auto *Var = dyn_cast<VarDecl>(Ref->getDecl()))
      return keyOfDecl(Var);
  llvm::FoldingSetNodeID ID;
  E->Profile(ID, Context, /*Canonical=*/true);
  return "p:" + llvm::utohexstr(ID.ComputeHash());
}

std::string join(const std::vector<std::string> &Parts) {
  std::string Out;
  for (const std::string &Part : Parts)
    Out += Part + "\x1f";
  return Out;
}

/// The names a flag set is written with, such as O_CREAT | O_EXCL whatever their values: the
/// identifiers spelled in its source, the macros its operands expand from (also through macros
/// such as CREATE(p) that hide the flags), and the declarations it names. A local variable is
/// followed to its initialiser.
void collectFlagNames(const Expr *E, const ASTContext &Context,
                      llvm::SmallVectorImpl<std::string> &Out, unsigned Depth = 0) {
  if (!E || Depth > 3)
    return;
  if (const auto *Ref = dyn_cast<DeclRefExpr>(E->IgnoreParenImpCasts()))
    if (const auto *Var = dyn_cast<VarDecl>(Ref->getDecl());
        Var && Var->hasLocalStorage() && Var->getInit())
      return collectFlagNames(Var->getInit(), Context, Out, Depth + 1);
  const SourceManager &SM = Context.getSourceManager();
  CharSourceRange Range = SM.getExpansionRange(E->getSourceRange());
  llvm::StringRef Text = Lexer::getSourceText(Range, SM, Context.getLangOpts());
  while (!Text.empty()) {
    Text = Text.drop_while([](char C) { return !llvm::isAlpha(C) && C != '_'; });
    llvm::StringRef Word = Text.take_while([](char C) { return llvm::isAlnum(C) || C == '_'; });
    if (!Word.empty())
      Out.push_back(Word.str());
    Text = Text.drop_front(Word.size());
  }
  llvm::SmallVector<const Stmt *, 16> Work{E};
  while (!Work.empty()) {
    const Stmt *S = Work.pop_back_val();
    if (!S)
      continue;
    if (const auto *Ref = dyn_cast<DeclRefExpr>(S); Ref && Ref->getDecl()->getIdentifier())
      Out.push_back(Ref->getDecl()->getName().str());
    if (const auto *Member = dyn_cast<MemberExpr>(S);
        Member && Member->getMemberDecl()->getIdentifier())
      Out.push_back(Member->getMemberDecl()->getName().str());
    for (SourceLocation Loc = S->getBeginLoc(); Loc.isMacroID();
         Loc = SM.getImmediateMacroCallerLoc(Loc)) {
      llvm::StringRef Macro = Lexer::getImmediateMacroName(Loc, SM, Context.getLangOpts());
      if (!Macro.empty())
        Out.push_back(Macro.str());
    }
    for (const Stmt *Child : S->children())
      Work.push_back(Child);
  }
}

llvm::SmallVector<std::string, 8> spelledIdentifiers(const Expr *E, const ASTContext &Context) {
  llvm::SmallVector<std::string, 8> Out;
  collectFlagNames(E, Context, Out);
  return Out;
}

bool mentionsAny(const llvm::SmallVector<std::string, 8> &Words,
                 const std::vector<std::string> &Names) {
  return llvm::any_of(Words, [&](const std::string &W) { return llvm::is_contained(Names, W); });
}

/// One whitespace-separated token of a Redis command and the arguments it consumes.
struct RedisToken {
  std::string Pattern;
  std::vector<const Expr *> Args;
  std::optional<std::string> literal() const {
    if (Args.empty())
      return Pattern;
    if (Pattern == "%s" && Args.size() == 1)
      return stringValue(Args[0]);
    return std::nullopt;
  }
  std::optional<std::string> key(const ASTContext &Context) const {
    if (Args.empty())
      return "s:" + Pattern;
    if (Pattern == "%s" || Pattern == "%b")
      return keyOf(Args[0], Context);
    std::vector<std::string> Parts{"t:" + Pattern};
    for (size_t I = 0; I < Args.size(); ++I) {
      if (Pattern.find("%b") != std::string::npos && I % 2)
        continue; // a %b length
      auto Part = keyOf(Args[I], Context);
      if (!Part)
        return std::nullopt;
      Parts.push_back(*Part);
    }
    return join(Parts);
  }
};

/// Splits a hiredis format string into tokens, assigning the variadic arguments to them.
std::optional<std::vector<RedisToken>> redisFormatTokens(llvm::StringRef Format,
                                                         llvm::ArrayRef<const Expr *> Args) {
  std::vector<RedisToken> Tokens;
  size_t NextArg = 0;
  bool InToken = false;
  for (size_t I = 0; I < Format.size(); ++I) {
    char C = Format[I];
    if (C == ' ') {
      InToken = false;
      continue;
    }
    if (!InToken) {
      Tokens.emplace_back();
      InToken = true;
    }
    RedisToken &Token = Tokens.back();
    Token.Pattern += C;
    if (C != '%' || I + 1 >= Format.size())
      continue;
    char Next = Format[++I];
    Token.Pattern += Next;
    if (Next == '%')
      continue;
    unsigned Consumed = Next == 'b' ? 2 : 1;
    if (Next != 's' && Next != 'b') {
      // A printf conversion: skip flags, width, precision and length up to the conversion.
      while (I < Format.size() && !llvm::StringRef("diouxXeEfFgGaAcp").contains(Format[I]))
        Token.Pattern += Format[++I];
    }
    for (unsigned K = 0; K < Consumed; ++K) {
      if (NextArg >= Args.size())
        return std::nullopt;
      Token.Args.push_back(Args[NextArg++]);
    }
  }
  return Tokens;
}

bool isExit(const Stmt *S) {
  if (!S)
    return false;
  if (isa<ReturnStmt, BreakStmt, ContinueStmt, GotoStmt, CXXThrowExpr>(S))
    return true;
  if (const auto *Cleanups = dyn_cast<ExprWithCleanups>(S))
    return isExit(Cleanups->getSubExpr());
  if (const auto *Compound = dyn_cast<CompoundStmt>(S))
    return !Compound->body_empty() && isExit(Compound->body_back());
  if (const auto *If = dyn_cast<IfStmt>(S))
    return isExit(If->getThen()) && isExit(If->getElse());
  if (const auto *Call = dyn_cast<CallExpr>(S))
    if (const FunctionDecl *Callee = Call->getDirectCallee())
      return Callee->isNoReturn();
  return false;
}

/// A condition under which a create runs, and the code that runs because of it.
struct Guard {
  const Expr *Condition;
  const Stmt *Branch;                 // the guarded statement containing the create
  const CompoundStmt *Rest = nullptr; // early return: the block whose remainder is guarded
};

bool isDiscardedCall(const Stmt *S, const Expr *Call) {
  if (const auto *E = dyn_cast_or_null<Expr>(S)) {
    E = E->IgnoreParenImpCasts();
    if (const auto *Cleanups = dyn_cast<ExprWithCleanups>(E))
      E = Cleanups->getSubExpr()->IgnoreParenImpCasts();
    if (const auto *Cast = dyn_cast<CStyleCastExpr>(E); Cast && Cast->getType()->isVoidType())
      E = Cast->getSubExpr()->IgnoreParenImpCasts();
    return E == Call;
  }
  return false;
}

/// Whether the code guarded by \p G does more with the resource than create it (and ignore the
/// result): the create's result is used, or other statements follow it in the guarded code.
bool branchDoesMore(const Guard &G, const Expr *Call, ASTContext &Context) {
  const Stmt *Full = enclosingFullStatement(*Call, Context);
  if (G.Rest) {
    auto Body = G.Rest->body();
    const auto *It = llvm::find(Body, Full);
    return It == Body.end() || std::next(It) != Body.end() || !isDiscardedCall(Full, Call);
  }
  const Stmt *Branch = G.Branch;
  if (const auto *Compound = dyn_cast_or_null<CompoundStmt>(Branch)) {
    if (Compound->size() != 1)
      return true;
    Branch = Compound->body_front();
  }
  return !isDiscardedCall(Branch, Call);
}

std::vector<Guard> guardsOf(const Expr *Call, ASTContext &Context) {
  std::vector<Guard> Guards;
  DynTypedNode Child = DynTypedNode::create(*Call);
  for (unsigned Depth = 0; Depth < 128; ++Depth) {
    DynTypedNodeList Parents = Context.getParents(Child);
    if (Parents.empty())
      break;
    const DynTypedNode &Parent = Parents[0];
    if (Parent.get<FunctionDecl>() || Parent.get<LambdaExpr>() || Parent.get<BlockDecl>())
      break;
    const Stmt *ChildStmt = Child.get<Stmt>();
    if (const auto *If = Parent.get<IfStmt>()) {
      if (ChildStmt && (ChildStmt == If->getThen() || ChildStmt == If->getElse()))
        Guards.push_back({If->getCond(), ChildStmt});
    } else if (const auto *Conditional = Parent.get<ConditionalOperator>()) {
      if (ChildStmt && ChildStmt != Conditional->getCond())
        Guards.push_back({Conditional->getCond(), ChildStmt});
    } else if (const auto *While = Parent.get<WhileStmt>()) {
      if (ChildStmt == While->getBody())
        Guards.push_back({While->getCond(), ChildStmt});
    } else if (const auto *For = Parent.get<ForStmt>()) {
      if (ChildStmt == For->getBody() && For->getCond())
        Guards.push_back({For->getCond(), ChildStmt});
    } else if (const auto *Binary = Parent.get<BinaryOperator>()) {
      if (Binary->isLogicalOp() && ChildStmt == Binary->getRHS())
        Guards.push_back({Binary->getLHS(), ChildStmt});
    } else if (const auto *Compound = Parent.get<CompoundStmt>()) {
      for (const Stmt *Sibling : Compound->body()) {
        if (Sibling == ChildStmt)
          break;
        const auto *If = dyn_cast<IfStmt>(Sibling);
        if (If && isExit(If->getThen()) && !If->getElse())
          Guards.push_back({If->getCond(), ChildStmt, Compound});
      }
    }
    Child = Parent;
  }
  return Guards;
}

class Analysis {
public:
  using IndexFn = llvm::function_ref<const CheckThenCreateCheck::BodyIndex &(const Stmt *)>;
  Analysis(const CheckThenCreateModels &Models, ASTContext &Context,
           const CheckThenCreateCheck::BodyIndex &Index, IndexFn IndexFor)
      : Models(Models), Context(Context), SM(Context.getSourceManager()), Index(Index),
        IndexFor(IndexFor) {}

  std::optional<Operation> classify(const Expr *E, bool WantCreate) const {
    const FunctionDecl *Callee = calleeOf(E);
    if (!Callee || (!Callee->getIdentifier() && !isa<CXXConstructorDecl>(Callee)))
      return std::nullopt;
    for (unsigned I = 0; I < Models.Families.size(); ++I) {
      const Family &F = Models.Families[I];
      std::optional<Operation> Op;
      switch (F.FamilyKind) {
      case Kind::Calls:
        Op = classifyCall(F, E, *Callee, WantCreate);
        break;
      case Kind::Redis:
        Op = classifyRedis(F, E, *Callee, WantCreate);
        break;
      case Kind::Sql:
        Op = classifySql(F, E, *Callee, WantCreate);
        break;
      }
      if (Op) {
        Op->FamilyIndex = I;
        Op->Call = E;
        return Op;
      }
    }
    return std::nullopt;
  }

  /// The checks \p S depends on: calls in it, and through the local variables it reads, the
  /// calls that initialise, assign or fill (as an out-parameter) them before \p Before.
  void collectChecks(const Stmt *S, SourceLocation Before, unsigned Depth,
                     llvm::SmallPtrSetImpl<const VarDecl *> &Seen,
                     std::vector<Operation> &Out) const {
    if (!S)
      return;
    if (const auto *E = dyn_cast<Expr>(S); E && (isa<CallExpr, CXXConstructExpr>(E))) {
      if (auto Op = classify(E, /*WantCreate=*/false))
        Out.push_back(std::move(*Op));
      else if (const auto *Call = dyn_cast<CallExpr>(E); Call && Depth > 0)
        helperChecks(Call, Depth - 1, Out);
    }
    if (const auto *Ref = dyn_cast<DeclRefExpr>(S)) {
      const auto *Var = dyn_cast<VarDecl>(Ref->getDecl());
      if (Var && Var->hasLocalStorage() && !isa<ParmVarDecl>(Var) && Depth > 0 &&
          Seen.insert(Var).second) {
        collectChecks(Var->getInit(), Before, Depth - 1, Seen, Out);
        for (const BinaryOperator *Assign : Index.Assignments)
          if (refersTo(Assign->getLHS(), Var) && isBefore(Assign->getBeginLoc(), Before))
            collectChecks(Assign->getRHS(), Before, Depth - 1, Seen, Out);
        for (const Expr *Call : Index.Calls) {
          if (!isBefore(Call->getBeginLoc(), Before))
            break;
          for (unsigned A = 0, N = callArguments(Call).size(); A < N; ++A) {
            const auto *AddrOf = dyn_cast<UnaryOperator>(argumentAt(Call, A)->IgnoreParenImpCasts());
            if (AddrOf && AddrOf->getOpcode() == UO_AddrOf && refersTo(AddrOf->getSubExpr(), Var))
              if (auto Op = classify(Call, /*WantCreate=*/false))
                Out.push_back(std::move(*Op));
          }
        }
      }
    }
    if (isa<LambdaExpr>(S))
      return;
    for (const Stmt *Child : S->children())
      collectChecks(Child, Before, Depth, Seen, Out);
  }

  /// Whether code after the create names one of the family's already-exists codes, that is,
  /// handles the create losing the race.
  bool handlesExists(const Family &F, const Expr *Call, const Stmt *Body) const {
    if (F.ExistsCodes.empty())
      return false;
    SourceLocation Begin = SM.getExpansionLoc(Call->getBeginLoc());
    SourceLocation End = SM.getExpansionLoc(Body->getEndLoc());
    if (SM.getFileID(Begin) != SM.getFileID(End))
      return false;
    llvm::StringRef Text =
        Lexer::getSourceText(CharSourceRange::getCharRange(Begin, End), SM, Context.getLangOpts());
    for (const std::string &Code : F.ExistsCodes)
      for (size_t Pos = Text.find(Code); Pos != llvm::StringRef::npos;
           Pos = Text.find(Code, Pos + 1)) {
        auto IsWord = [](char C) { return llvm::isAlnum(C) || C == '_'; };
        bool Start = Pos == 0 || !IsWord(Text[Pos - 1]);
        bool Finish = Pos + Code.size() >= Text.size() || !IsWord(Text[Pos + Code.size()]);
        if (Start && Finish)
          return true;
      }
    return false;
  }

  /// Redis: a WATCH or MULTI before the create; SQL: a locking statement before it.
  bool inTransaction(const Family &F, const Expr *Create) const {
    for (const Expr *Call : Index.Calls) {
      if (!isBefore(Call->getBeginLoc(), Create->getBeginLoc()))
        break;
      const FunctionDecl *Callee = calleeOf(Call);
      const CommandFunction *Fn = Callee ? commandFunction(F, *Callee) : nullptr;
      if (!Fn)
        continue;
      if (F.FamilyKind == Kind::Redis) {
        auto Tokens = redisTokens(*Fn, Call);
        if (Tokens && !Tokens->empty())
          if (auto Command = (*Tokens)[0].literal())
            if (llvm::is_contained(F.TransactionCommands, llvm::StringRef(*Command).upper()))
              return true;
      } else if (F.FamilyKind == Kind::Sql) {
        if (auto Sql = stringValue(argumentAt(Call, Fn->FormatArg)))
          if (llvm::any_of(F.LockQueries, [&](const auto &R) { return R->match(*Sql); }))
            return true;
      }
    }
    return false;
  }

  bool isBefore(SourceLocation A, SourceLocation B) const {
    return SM.isBeforeInTranslationUnit(A, B);
  }

private:
  /// The checks a helper's result depends on (`bool secretExists(const Aws::String &name)`), with
  /// the helper's parameters in their keys replaced by the caller's arguments.
  void helperChecks(const CallExpr *Call, unsigned Depth, std::vector<Operation> &Out) const {
    const FunctionDecl *Callee = Call->getDirectCallee();
    const FunctionDecl *Definition = nullptr;
    const Stmt *Body = Callee ? Callee->getBody(Definition) : nullptr;
    if (!Body || !Definition || Definition->isVariadic() ||
        SM.isInSystemHeader(Definition->getLocation()) ||
        Definition->getNumParams() != Call->getNumArgs())
      return;
    Analysis Helper(Models, Context, IndexFor(Body), IndexFor);
    std::vector<Operation> Inner;
    llvm::SmallPtrSet<const VarDecl *, 8> Seen;
    llvm::SmallVector<const Stmt *, 16> Work{Body};
    while (!Work.empty()) {
      const Stmt *S = Work.pop_back_val();
      if (!S || isa<LambdaExpr>(S))
        continue;
      if (const auto *Return = dyn_cast<ReturnStmt>(S))
        Helper.collectChecks(Return->getRetValue(), Body->getEndLoc(), Depth, Seen, Inner);
      for (const Stmt *Child : S->children())
        Work.push_back(Child);
    }
    for (Operation &Op : Inner) {
      if (!Op.Key)
        continue;
      std::string Key = *Op.Key;
      bool Mapped = true;
      for (unsigned I = 0; I < Definition->getNumParams() && Mapped; ++I) {
        std::string Param = *keyOfDecl(Definition->getParamDecl(I));
        if (Key.find(Param) == std::string::npos)
          continue;
        std::optional<std::string> Arg = keyOf(Call->getArg(I), Context);
        if (!Arg)
          Mapped = false;
        else
          Key = substitute(Key, Param, *Arg);
      }
      if (!Mapped)
        continue;
      Op.Key = Key;
      if (!Op.InnerCheck) {
        Op.InnerCheck = Op.Call;
        Op.InnerName = Op.Name;
      }
      Op.Call = Call;
      Op.Name = Callee->getName().str();
      Out.push_back(std::move(Op));
    }
  }

  static bool refersTo(const Expr *E, const VarDecl *Var) {
    const auto *Ref = dyn_cast<DeclRefExpr>(E->IgnoreParenImpCasts());
    return Ref && Ref->getDecl() == Var;
  }

  bool matchesCall(const ResourceCall &Model, const Expr *E, const FunctionDecl &Callee) const {
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

  /// Member calls on the request variable \p Request (or along a With* chain) named one of
  /// \p Setters or their With* forms, before \p Call.
  std::vector<const CXXMemberCallExpr *> setterCalls(const Expr *RequestArg, const Expr *Call,
                                                     llvm::StringRef Setter) const {
    std::string With = Setter.starts_with("Set") ? "With" + Setter.drop_front(3).str() : "";
    auto Named = [&](const CXXMemberCallExpr *M) {
      const CXXMethodDecl *Method = M->getMethodDecl();
      return Method && Method->getIdentifier() && M->getNumArgs() >= 1 &&
             (Method->getName() == Setter || Method->getName() == With);
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

  std::optional<std::string> callKey(const ResourceCall &Model, const Expr *E) const {
    if (Model.KeyArg >= 0)
      return keyOf(argumentAt(E, Model.KeyArg), Context);
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

  std::optional<Operation> classifyCall(const Family &F, const Expr *E, const FunctionDecl &Callee,
                                        bool WantCreate) const {
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
      Op.OwnershipOnly = Model.OwnershipOnly;
      if (!WantCreate)
        return Op;
      if (!createAttributes(Model, E, Op))
        continue; // not a create (open without O_CREAT, fopen for reading): try the next model
      return Op;
    }
    return std::nullopt;
  }

  /// Fills in atomicity and fix-its of a create; false when the call does not create at all
  /// (open without O_CREAT, fopen for reading, a mode we cannot read).
  bool createAttributes(const ResourceCall &Model, const Expr *E, Operation &Op) const {
    const LangOptions &LangOpts = Context.getLangOpts();
    if (Model.FlagsArg >= 0 || !Model.AtomicFlags.empty()) {
      llvm::SmallVector<std::string, 8> Words;
      if (Model.FlagsArg >= 0) {
        Words = spelledIdentifiers(argumentAt(E, Model.FlagsArg), Context);
      } else {
        for (unsigned I = 0, N = callArguments(E).size(); I < N; ++I)
          if (static_cast<int>(I) != Model.KeyArg && !isa<CXXDefaultArgExpr>(argumentAt(E, I)))
            Words.append(spelledIdentifiers(argumentAt(E, I), Context));
      }
      if (!Model.RequiredFlags.empty() && !mentionsAny(Words, Model.RequiredFlags))
        return false;
      Op.Atomic = mentionsAny(Words, Model.AtomicFlags);
      const Expr *Flags = argumentAt(E, Model.FlagsArg);
      CharSourceRange Range =
          Flags ? Lexer::makeFileCharRange(CharSourceRange::getTokenRange(Flags->getSourceRange()),
                                           SM, LangOpts)
                : CharSourceRange();
      if (!Op.Atomic && Range.isValid() && !Model.FixAddFlag.empty() &&
          !Model.RequiredFlags.empty()) {
        // Append the atomic flag right after the required one: O_CREAT -> O_CREAT | O_EXCL.
        llvm::StringRef Text = Lexer::getSourceText(Range, SM, LangOpts);
        const std::string &Required = Model.RequiredFlags.front();
        for (size_t Pos = Text.find(Required); Pos != llvm::StringRef::npos;
             Pos = Text.find(Required, Pos + 1)) {
          size_t End = Pos + Required.size();
          auto IsWord = [](char C) { return llvm::isAlnum(C) || C == '_'; };
          if ((Pos > 0 && IsWord(Text[Pos - 1])) || (End < Text.size() && IsWord(Text[End])))
            continue;
          Op.Fix = FixItHint::CreateInsertion(Range.getBegin().getLocWithOffset(End),
                                              " | " + Model.FixAddFlag);
          break;
        }
      }
    }
    if (Model.ModeArg >= 0) {
      const Expr *ModeExpr = argumentAt(E, Model.ModeArg);
      auto Mode = stringValue(ModeExpr);
      if (!Mode || Mode->empty() || !llvm::StringRef(Model.CreateModes).contains((*Mode)[0]))
        return false;
      Op.Atomic = Op.Atomic || llvm::StringRef(*Mode).find_first_of(Model.AtomicModeChars) !=
                                   llvm::StringRef::npos;
      const auto *Literal = dyn_cast<StringLiteral>(stripName(ModeExpr));
      if (!Op.Atomic && Literal && !Model.FixModeChar.empty() &&
          llvm::StringRef(Model.FixModes).contains((*Mode)[0]) &&
          Literal->getNumConcatenated() == 1 && Literal->getBeginLoc().isFileID()) {
        CharSourceRange Range = CharSourceRange::getTokenRange(Literal->getSourceRange());
        llvm::StringRef Text = Lexer::getSourceText(Range, SM, LangOpts);
        if (Text == "\"" + *Mode + "\"")
          Op.Fix = FixItHint::CreateInsertion(
              Literal->getBeginLoc().getLocWithOffset(Text.size() - 1), Model.FixModeChar);
      }
    }
    const Expr *Request = argumentAt(E, Model.RequestArg);
    for (const std::string &Setter : Model.AtomicSetters)
      if (Request && !setterCalls(Request, E, Setter).empty())
        Op.Atomic = true;
    return true;
  }

  const CommandFunction *commandFunction(const Family &F, const FunctionDecl &Callee) const {
    for (const CommandFunction &Fn : F.CommandFunctions) {
      if (!Fn.Method.empty()) {
        const auto *Method = dyn_cast<CXXMethodDecl>(&Callee);
        if (Method && methodMatches(*Method, Fn.Method, PlainName::GlobalOnly))
          return &Fn;
      } else if (!isa<CXXMethodDecl>(Callee) && nameMatches(Callee, Fn.Function, PlainName::GlobalOnly)) {
        return &Fn;
      }
    }
    return nullptr;
  }

  std::optional<std::vector<RedisToken>> redisTokens(const CommandFunction &Fn,
                                                     const Expr *E) const {
    const auto *Call = dyn_cast<CallExpr>(E);
    if (!Call)
      return std::nullopt;
    if (Fn.FormatArg >= 0) {
      auto Format = stringValue(argumentAt(E, Fn.FormatArg));
      if (!Format)
        return std::nullopt;
      llvm::SmallVector<const Expr *, 8> Args;
      for (unsigned I = Fn.FormatArg + 1; I < Call->getNumArgs(); ++I)
        Args.push_back(Call->getArg(I));
      return redisFormatTokens(*Format, Args);
    }
    // argv form: a local array initialised with the command's words.
    const Expr *Argv = argumentAt(E, Fn.ArgvArg);
    const auto *Ref = Argv ? dyn_cast<DeclRefExpr>(Argv->IgnoreParenImpCasts()) : nullptr;
    const auto *Var = Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
    const auto *Init = Var ? dyn_cast_or_null<InitListExpr>(Var->getInit()) : nullptr;
    if (!Init)
      return std::nullopt;
    std::vector<RedisToken> Tokens;
    for (const Expr *Element : Init->inits()) {
      RedisToken Token;
      if (auto Literal = stringValue(Element); Literal && !llvm::StringRef(*Literal).contains(' '))
        Token.Pattern = *Literal;
      else
        Token = {"%s", {Element}};
      Tokens.push_back(std::move(Token));
    }
    return Tokens;
  }

  std::optional<Operation> classifyRedis(const Family &F, const Expr *E, const FunctionDecl &Callee,
                                         bool WantCreate) const {
    const CommandFunction *Fn = commandFunction(F, Callee);
    if (!Fn)
      return std::nullopt;
    auto Tokens = redisTokens(*Fn, E);
    if (!Tokens || Tokens->empty())
      return std::nullopt;
    auto Command = (*Tokens)[0].literal();
    if (!Command)
      return std::nullopt;
    std::string Upper = llvm::StringRef(*Command).upper();
    for (const RedisCommand &Model : WantCreate ? F.CreateCommands : F.CheckCommands) {
      if (Model.Command != Upper || Tokens->size() <= Model.KeyTokens)
        continue;
      Operation Op;
      Op.Name = Model.Command;
      Op.Resource = Model.Resource;
      Op.Safe = Model.Safe;
      Op.ReadModifyWrite = Model.ReadModifyWrite;
      Op.ReadsValue = Model.ReadsValue;
      std::vector<std::string> Parts;
      for (unsigned I = 1; I <= Model.KeyTokens; ++I) {
        auto Part = (*Tokens)[I].key(Context);
        if (!Part)
          break;
        Parts.push_back(*Part);
      }
      if (Parts.size() == Model.KeyTokens)
        Op.Key = join(Parts);
      for (unsigned I = Model.KeyTokens + 1; I < Tokens->size(); ++I) {
        const RedisToken &Token = (*Tokens)[I];
        Op.ValueArgs.insert(Op.ValueArgs.end(), Token.Args.begin(), Token.Args.end());
        auto Literal = Token.literal();
        if (Literal && llvm::is_contained(Model.AtomicTokens, llvm::StringRef(*Literal).upper()))
          Op.Atomic = true;
        // An option we cannot read might be NX: precision first.
        if (!Literal && Model.OptionsFrom && I >= Model.OptionsFrom)
          Op.Atomic = true;
      }
      return Op;
    }
    return std::nullopt;
  }

  std::optional<Operation> classifySql(const Family &F, const Expr *E, const FunctionDecl &Callee,
                                       bool WantCreate) const {
    const CommandFunction *Fn = commandFunction(F, Callee);
    if (!Fn)
      return std::nullopt;
    auto Sql = stringValue(argumentAt(E, Fn->FormatArg));
    if (!Sql)
      return std::nullopt;
    llvm::SmallVector<llvm::StringRef, 2> Groups;
    const auto &Pattern = WantCreate ? F.CreateQuery : F.CheckQuery;
    if (!Pattern->match(*Sql, &Groups) || Groups.size() < 2)
      return std::nullopt;
    std::string Table = Groups[1].str();
    Operation Op;
    Op.Name = substitute(WantCreate ? F.CreateName : F.CheckName, "{table}", Table);
    Op.Key = "table:" + llvm::StringRef(Table).lower();
    Op.Resource = F.Resource;
    Op.Safe = F.Safe;
    if (WantCreate)
      Op.Atomic = llvm::any_of(F.AtomicQueries, [&](const auto &R) { return R->match(*Sql); });
    return Op;
  }

  const CheckThenCreateModels &Models;
  ASTContext &Context;
  const SourceManager &SM;
  const CheckThenCreateCheck::BodyIndex &Index;
  IndexFn IndexFor;
};

void indexBody(const Stmt *S, CheckThenCreateCheck::BodyIndex &Index) {
  if (!S)
    return;
  if (isa<CallExpr, CXXConstructExpr>(S))
    Index.Calls.push_back(cast<Expr>(S));
  if (const auto *Binary = dyn_cast<BinaryOperator>(S); Binary && Binary->isAssignmentOp())
    Index.Assignments.push_back(Binary);
  for (const Stmt *Child : S->children())
    indexBody(Child, Index);
}

} // namespace

CheckThenCreateCheck::CheckThenCreateCheck(StringRef Name, ClangTidyContext *Context)
    : ClangTidyCheck(Name, Context), ModelFiles(Options.getLocalOrGlobal("ModelFiles", "")) {
  Models = loadModels<CheckThenCreateModels>(
      RuleId, ModelFiles, getCurrentMainFile(),
      [this](llvm::StringRef Error) { configurationDiag("%0: %1") << RuleId << Error; });
}

CheckThenCreateCheck::~CheckThenCreateCheck() = default;

void CheckThenCreateCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  Options.store(Opts, "ModelFiles", ModelFiles);
}

void CheckThenCreateCheck::registerMatchers(MatchFinder *Finder) {
  std::vector<llvm::StringRef> Functions, Classes;
  for (const ResourceFamily &F : Models->Families) {
    for (const ResourceCall &C : F.Creates) {
      if (!C.Constructor.empty())
        Classes.push_back(C.Constructor);
      else
        Functions.push_back(C.Function.empty() ? llvm::StringRef(C.Method) : C.Function);
    }
    for (const CommandFunction &Fn : F.CommandFunctions)
      Functions.push_back(Fn.Function.empty() ? llvm::StringRef(Fn.Method) : Fn.Function);
  }
  auto Outside = allOf(unless(isExpansionInSystemHeader()), unless(isInTemplateInstantiation()));
  if (!Functions.empty())
    Finder->addMatcher(
        callExpr(Outside, callee(functionDecl(hasAnyName(Functions)))).bind("create"), this);
  if (!Classes.empty())
    Finder->addMatcher(
        cxxConstructExpr(Outside, hasDeclaration(cxxConstructorDecl(ofClass(hasAnyName(Classes)))))
            .bind("create"),
        this);
}

void CheckThenCreateCheck::check(const MatchFinder::MatchResult &Result) {
  ASTContext &Context = *Result.Context;
  const auto *Call = Result.Nodes.getNodeAs<Expr>("create");
  if (!Call || Call->getBeginLoc().isInvalid() ||
      Result.SourceManager->isInSystemHeader(
          Result.SourceManager->getSpellingLoc(Call->getExprLoc())))
    return; // also a system macro expanded in user code: its author must fix it, not the user
  const Stmt *Body = enclosingFunctionBody(*Call, Context);
  if (!Body)
    return;
  auto IndexFor = [this](const Stmt *S) -> const BodyIndex & {
    std::unique_ptr<BodyIndex> &Entry = Bodies[S];
    if (!Entry) {
      Entry = std::make_unique<BodyIndex>();
      indexBody(S, *Entry);
    }
    return *Entry;
  };
  Analysis A(*Models, Context, IndexFor(Body), IndexFor);
  std::optional<Operation> Create = A.classify(Call, /*WantCreate=*/true);
  if (!Create || Create->Atomic || !Create->Key)
    return;
  const ResourceFamily &F = Models->Families[Create->FamilyIndex];
  if (A.handlesExists(F, Call, Body) || A.inTransaction(F, Call))
    return;

  auto SameResource = [&](const Operation &Check) {
    return Check.FamilyIndex == Create->FamilyIndex && Check.Key == Create->Key &&
           Check.Call != Call && A.isBefore(Check.Call->getBeginLoc(), Call->getBeginLoc());
  };
  // Checks whose value the create writes back (GET then SET of a value computed from it).
  std::vector<Operation> ValueSources;
  if (Create->ReadModifyWrite) {
    llvm::SmallPtrSet<const VarDecl *, 8> Seen;
    for (const Expr *Value : Create->ValueArgs)
      A.collectChecks(Value, Call->getBeginLoc(), /*Depth=*/4, Seen, ValueSources);
    llvm::erase_if(ValueSources, [&](const Operation &Check) { return !SameResource(Check); });
  }
  auto FeedsValue = [&](const Operation &Check) {
    return llvm::any_of(ValueSources,
                        [&](const Operation &Source) { return Source.Call == Check.Call; });
  };

  std::optional<Operation> Found;
  bool ReadModifyWrite = false;
  for (const Guard &G : guardsOf(Call, Context)) {
    if (Create->OwnershipOnly && !branchDoesMore(G, Call, Context))
      continue;
    std::vector<Operation> Checks;
    llvm::SmallPtrSet<const VarDecl *, 8> Seen;
    A.collectChecks(G.Condition, Call->getBeginLoc(), /*Depth=*/4, Seen, Checks);
    for (Operation &Check : Checks)
      if (SameResource(Check) && (!Check.ReadsValue || FeedsValue(Check)) &&
          (!Found || A.isBefore(Found->Call->getBeginLoc(), Check.Call->getBeginLoc())))
        Found = std::move(Check);
    if (Found)
      break;
  }
  if (!Found && !ValueSources.empty()) {
    Found = ValueSources.front();
    ReadModifyWrite = true;
  }
  if (!Found)
    return;

  const SourceManager &SM = *Result.SourceManager;
  SourceLocation CheckLoc = Found->Call->getExprLoc();
  unsigned Line = SM.getExpansionLineNumber(CheckLoc);
  auto Fill = [&](std::string Text) {
    Text = substitute(std::move(Text), "{create}", Create->Name);
    Text = substitute(std::move(Text), "{check}", Found->Name);
    Text = substitute(std::move(Text), "{resource}", Create->Resource);
    Text = substitute(std::move(Text), "{line}", std::to_string(Line));
    return substitute(std::move(Text), "{safe}", Create->Safe);
  };
  const std::string &Template = ReadModifyWrite && !Models->ReadModifyWriteMessage.empty()
                                    ? Models->ReadModifyWriteMessage
                                    : Models->Message;
  {
    auto Diag = diag(Call->getExprLoc(), "%0") << Fill(Template);
    if (Create->Fix && !ReadModifyWrite)
      Diag << *Create->Fix;
  }
  const std::string &Note =
      Models->CheckNote.empty() ? "'{check}' checks the {resource} here" : Models->CheckNote;
  diag(CheckLoc, "%0", DiagnosticIDs::Note) << Fill(Note);
  if (Found->InnerCheck) {
    Found->Name = Found->InnerName;
    diag(Found->InnerCheck->getExprLoc(), "%0", DiagnosticIDs::Note) << Fill(Note);
  }
}

} // namespace clang::tidy::distsys
