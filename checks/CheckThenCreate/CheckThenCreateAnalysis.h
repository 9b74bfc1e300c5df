//===--- CheckThenCreateAnalysis.h - check-then-create internals ----------===//
//
// Private header of checks/CheckThenCreate. The Operation a modelled call is read as, the Guard
// conditions a create runs under, and the Analysis that reads calls as checks and creates and
// follows a create's guards back to the checks they depend on; plus the helpers every API family
// shares: the name a resource travels in and the key that identifies it.
//
//===----------------------------------------------------------------------===//
#ifndef DISTLINT_CHECKS_CHECKTHENCREATEANALYSIS_H
#define DISTLINT_CHECKS_CHECKTHENCREATEANALYSIS_H

#include "CheckThenCreateCheck.h"
#include "CheckThenCreateModels.h"
#include "utils/Summaries.h"
#include "utils/ValueWrappers.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/Expr.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/ParentMap.h"
#include "clang/Basic/Diagnostic.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/FoldingSet.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringExtras.h"
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace clang::tidy::distsys::check_then_create {

using Family = ResourceFamily;
using Kind = ResourceFamily::Kind;

/// One modelled call: a check or a create of a resource named by Key.
struct Operation {
  const Expr *Call = nullptr;
  unsigned FamilyIndex = 0;
  std::string Name;               // shown in messages: CreateSecret, SET, INSERT INTO users
  std::optional<std::string> Key; // identity of the resource; unknown: never matches
  std::string Noun;               // naming-convention families: what the operation is on (Role)
  std::string Resource, Safe;
  bool Atomic = false;
  bool OwnershipOnly = false;
  bool ReadModifyWrite = false;
  bool ReadsValue = false;             // a check that only counts for read-modify-writes
  ResultSense Found;                   // a check: how its result says the resource exists
  std::vector<const Expr *> ValueArgs; // Redis: arguments that are not the key
  std::optional<FixItHint> Fix;
  // A check made inside a helper the guard calls (`if (!secretExists(name))`): Call and Name are
  // then the helper call, InnerCheck and InnerName the modelled check in its body.
  const Expr *InnerCheck = nullptr;
  std::string InnerName;
  // A create made by a project function the guarded code calls (`createTable(name)`): Call and
  // Name are the wrapper call, InnerCreate and InnerCreateName the modelled create in its body.
  const Expr *InnerCreate = nullptr;
  std::string InnerCreateName;
  /// For a check or create made by a function defined in another translation unit: what its
  /// summary must say for the operation to be real.
  std::vector<Premise> Premises;
};

/// Every call and assignment of one function body, collected once.
struct BodyIndex {
  std::vector<const Expr *> Calls; // CallExpr and CXXConstructExpr, in source order
  std::vector<const BinaryOperator *> Assignments;
};

/// What the analyses of one translation unit share.
struct TranslationUnitState {
  /// The summaries of the SummaryFile option, when set.
  std::shared_ptr<const SummarySet> Loaded;
  llvm::DenseMap<const Stmt *, std::unique_ptr<BodyIndex>> Bodies;
  /// Parents within each body: the driver's parent map covers only the main file's declarations,
  /// and a wrapper's body can be in a header.
  llvm::DenseMap<const Stmt *, std::unique_ptr<ParentMap>> Parents;
  /// The creates each project function's body makes of a resource its parameters name.
  llvm::DenseMap<const FunctionDecl *, std::vector<Operation>> WrapperCreates;
  const BodyIndex &indexFor(const Stmt *Body);
  const ParentMap &parentsOf(const Stmt *Body);
};

// Names and keys of resources, shared by every API family.

/// The wrappers a resource name travels in: casts, temporaries, converting constructors
/// (std::string, std::filesystem::path, pqxx::zview) and c_str()/data()/string().
inline const Expr *stripName(const Expr *E) {
  static constexpr llvm::StringRef Accessors[] = {"c_str", "data", "string", "native", "view"};
  static const ValueWrappers NameWrappers = [] {
    ValueWrappers W;
    W.Accessors = Accessors;
    return W;
  }();
  return stripValueWrappers(E, NameWrappers);
}

/// The text of a string literal, or of a const variable initialised with one.
inline std::optional<std::string> stringValue(const Expr *E, unsigned Depth = 0) {
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

inline std::optional<std::string> keyOfDecl(const VarDecl *Var) {
  return "v:" + llvm::utohexstr(reinterpret_cast<uintptr_t>(Var->getCanonicalDecl())) + ";";
}

/// Whether \p S nests more than \p Limit levels deep, found without recursing.
inline bool nestsDeeperThan(const Stmt *S, unsigned Limit) {
  llvm::SmallVector<std::pair<const Stmt *, unsigned>, 64> Work{{S, 0}};
  while (!Work.empty()) {
    auto [Node, Level] = Work.pop_back_val();
    if (Level > Limit)
      return true;
    for (const Stmt *Child : Node->children())
      if (Child)
        Work.push_back({Child, Level + 1});
  }
  return false;
}

/// The identity of the resource \p E names: the same string value, variable, member or (for
/// anything else) structurally identical expression.
inline std::optional<std::string> keyOf(const Expr *E, const ASTContext &Context) {
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
  // Stmt::Profile recurses once per level, and an expression tens of thousands of levels deep
  // (a + a + ... with std::string) would exhaust the stack; no resource is named that way.
  if (nestsDeeperThan(E, /*Limit=*/20000))
    return std::nullopt;
  llvm::FoldingSetNodeID ID;
  E->Profile(ID, Context, /*Canonical=*/true);
  return "p:" + llvm::utohexstr(ID.ComputeHash());
}

/// The part of a key that says what a naming-convention operation is on; empty for other families.
inline std::string nounKey(llvm::StringRef Noun) {
  return Noun.empty() ? std::string() : "n:" + Noun.str() + ";";
}

/// The words of a naming convention's noun, for messages: DBClusterParameterGroup is
/// "DB cluster parameter group".
std::string nounWords(llvm::StringRef Noun);

inline std::string join(const std::vector<std::string> &Parts) {
  std::string Out;
  for (const std::string &Part : Parts)
    Out += Part + "\x1f";
  return Out;
}

// Guards of a create (Guards.cpp).

/// A condition under which a create runs, and the code that runs because of it.
struct Guard {
  const Expr *Condition;
  const Stmt *Branch;                 // the guarded statement containing the create
  const CompoundStmt *Rest = nullptr; // early return: the block whose remainder is guarded
  bool WhenTrue = true;               // the create runs when Condition is true (else: false)
};

/// The conditions \p Call runs under, innermost first, up to the function or lambda body
/// \p Parents was built for.
std::vector<Guard> guardsOf(const Expr *Call, const ParentMap &Parents);

/// Whether the create guarded by \p G runs only where \p Check found the resource (true), only
/// where it did not (false), or either or unknown: the sense of the check's result followed
/// through !, &&, ||, comparisons with 0 and -1, the outcome's success method and local variables.
std::optional<bool> existsWhenGuardHolds(const Guard &G, const Operation &Check,
                                         const BodyIndex &Index, const ASTContext &Context);

/// How the result of a helper whose only return statement is \p Body's says that \p Check, a
/// check in it, found the resource (`return stat(p, &st) == 0;`: when non-zero).
ResultSense returnedSense(const Stmt *Body, const Operation &Check, const BodyIndex &Index,
                          const ASTContext &Context);

/// Whether the code guarded by \p G does more with the resource than create it (and ignore the
/// result): the create's result is used, or other statements follow it in the guarded code.
bool branchDoesMore(const Guard &G, const Expr *Call, const ParentMap &Parents);

// Redis commands (Redis.cpp).

/// One whitespace-separated token of a Redis command and the arguments it consumes.
struct RedisToken {
  std::string Pattern;
  std::vector<const Expr *> Args;
  std::optional<std::string> literal() const;
  std::optional<std::string> key(const ASTContext &Context) const;
};

/// Reads calls in one function body as checks and creates of the modelled resources, and follows
/// conditions back to the checks they depend on. The family-independent part is in Analysis.cpp,
/// project functions that wrap checks and creates in Wrappers.cpp; each API family's reading of a
/// call is in its own file.
class Analysis {
public:
  Analysis(const CheckThenCreateModels &Models, ASTContext &Context, const Stmt *Body,
           TranslationUnitState &State)
      : Models(Models), Context(Context), SM(Context.getSourceManager()), Body(Body),
        Index(State.indexFor(Body)), State(State) {}

  /// The check (or, with \p WantCreate, the create) \p E is, in the first family that models it.
  std::optional<Operation> classify(const Expr *E, bool WantCreate) const;

  /// Whether a create can lose a race: not atomic, naming a known resource, not followed by
  /// already-exists handling and not inside a transaction.
  bool mayRace(const Operation &Create) const;

  /// The existence check that guards \p Create and names the same resource, if any; with
  /// \p ReadModifyWrite set when it is a read whose value the create writes back.
  std::optional<Operation> guardingCheck(const Operation &Create, bool &ReadModifyWrite) const;

  /// The conditions \p Call, in this body, runs under.
  std::vector<Guard> guardsOf(const Expr *Call) const {
    return check_then_create::guardsOf(Call, State.parentsOf(Body));
  }

  // Wrappers.cpp.
  /// The creates \p Call makes through the body of the project function it calls (defined in
  /// this translation unit) or, for one defined elsewhere, may make according to its summary.
  std::vector<Operation> wrapperCreates(const CallExpr &Call) const;
  /// A quick test that \p Call may have wrapperCreates: a project function whose body here
  /// creates, or one defined elsewhere while summaries are available.
  bool mayWrapCreates(const CallExpr &Call) const;
  /// The summaries of \p Definition's parameters: the families whose resource it checks (its
  /// result says whether it exists) or creates, named by one parameter alone.
  void summarise(const FunctionDecl &Definition, SummarySet &Into) const;

  /// The checks \p Root depends on: calls in it, and through the local variables it reads, the
  /// calls that initialise, assign or fill (as an out-parameter) them before \p Before.
  void collectChecks(const Stmt *Root, SourceLocation Before, unsigned Depth,
                     llvm::SmallPtrSetImpl<const VarDecl *> &Seen,
                     std::vector<Operation> &Out) const;

  /// Whether code after the create names one of the family's already-exists codes, that is,
  /// handles the create losing the race.
  bool handlesExists(const Family &F, const Expr *Call, const Stmt *Body) const;

  /// Redis: a WATCH or MULTI before the create; SQL: a locking statement before it.
  bool inTransaction(const Family &F, const Expr *Create) const;

  const SourceManager &sourceManager() const { return SM; }
  /// The calls and constructions of the body, in source order.
  const std::vector<const Expr *> &calls() const { return Index.Calls; }
  bool isBefore(SourceLocation A, SourceLocation B) const {
    return SM.isBeforeInTranslationUnit(A, B);
  }

private:
  // Analysis.cpp: checks inside helper functions, and the command functions of Redis and SQL.
  /// The checks a helper's result depends on (`bool secretExists(const Aws::String &name)`), with
  /// the helper's parameters in their keys replaced by the caller's arguments.
  void helperChecks(const CallExpr *Call, unsigned Depth, std::vector<Operation> &Out) const;
  /// The checks \p Definition's result depends on, with the keys of its own body.
  std::vector<Operation> returnedChecks(const FunctionDecl &Definition, const Stmt *Body,
                                        unsigned Depth) const;

  // Wrappers.cpp.
  /// The racy creates of a resource its parameters name that \p Definition's body makes,
  /// directly or through wrappers of its own (\p Depth deep).
  const std::vector<Operation> &createsIn(const FunctionDecl &Definition, unsigned Depth) const;
  /// Checks or creates of the resource one argument names that \p Call to a function without a
  /// body here may make, one per family and argument, each under a premise on its summary.
  std::vector<Operation> externalOperations(const CallExpr &Call, Premise::Needs What) const;
  /// \p Key, a key of \p Definition's body, in terms of \p Call's arguments.
  std::optional<std::string> keyAtCall(const std::string &Key, const FunctionDecl &Definition,
                                       const CallExpr &Call) const;
  /// The topic of \p F's summaries (of a naming-convention family: of its \p Noun).
  static std::string topicOf(const Family &F, llvm::StringRef Noun = "");
  static bool refersTo(const Expr *E, const VarDecl *Var);
  const CommandFunction *commandFunction(const Family &F, const FunctionDecl &Callee) const;

  // CallFamilies.cpp: "calls" families (POSIX files, std::filesystem, AWS, ZooKeeper): the model a
  // call matches, the key it names, the AWS request setters.
  bool matchesCall(const ResourceCall &Model, const Expr *E, const FunctionDecl &Callee) const;
  /// Member calls on the request variable \p Request (or along a With* chain) named one of
  /// \p Setters or their With* forms, before \p Call.
  std::vector<const CXXMemberCallExpr *> setterCalls(const Expr *RequestArg, const Expr *Call,
                                                     llvm::StringRef Setter) const;
  /// Or whose name \p IsSetter accepts.
  std::vector<const CXXMemberCallExpr *>
  setterCalls(const Expr *RequestArg, const Expr *Call,
              llvm::function_ref<bool(llvm::StringRef)> IsSetter) const;
  std::optional<std::string> callKey(const ResourceCall &Model, const Expr *E) const;
  std::optional<Operation> classifyCall(const Family &F, const Expr *E, const FunctionDecl &Callee,
                                        bool WantCreate) const;

  // NamingConventions.cpp: service clients whose operation names say what they do (AWS SDK).
  std::optional<Operation> classifyConvention(const Family &F, const Expr *E,
                                              const FunctionDecl &Callee, bool WantCreate) const;
  /// The nouns of the convention family \p FamilyIndex that this body's operations check (or,
  /// with \p Creates, create): what a function defined elsewhere may check or create of them.
  /// Computed once per body.
  const std::vector<std::string> &conventionNouns(unsigned FamilyIndex, bool Creates) const;

  // Posix.cpp: flags and modes of a create (O_CREAT | O_EXCL, fopen modes) and their fix-its.
  /// Fills in atomicity and fix-its of a create; false when the call does not create at all
  /// (open without O_CREAT, fopen for reading, a mode we cannot read).
  bool createAttributes(const ResourceCall &Model, const Expr *E, Operation &Op) const;

  // Redis.cpp.
  std::optional<std::vector<RedisToken>> redisTokens(const CommandFunction &Fn,
                                                     const Expr *E) const;
  std::optional<Operation> classifyRedis(const Family &F, const Expr *E, const FunctionDecl &Callee,
                                         bool WantCreate) const;

  // Sql.cpp.
  std::optional<Operation> classifySql(const Family &F, const Expr *E, const FunctionDecl &Callee,
                                       bool WantCreate) const;
  /// Whether \p Call is to one of an SQL family's result bindings (`soci::into(count)`).
  bool isResultBinding(const Expr *Call) const;
  /// The checks made by the statement whose result \p Binding receives: those of its full
  /// expression (`sql << "SELECT ...", soci::into(count)`).
  void boundChecks(const Expr *Binding, std::vector<Operation> &Out) const;
  /// For a call saying whether the last statement on a session found a row (`sql.got_data()`):
  /// the latest check on that session before it, as made by the call.
  std::optional<Operation> lastResultCheck(const Expr *Call) const;

  const CheckThenCreateModels &Models;
  ASTContext &Context;
  const SourceManager &SM;
  const Stmt *Body;
  const BodyIndex &Index;
  TranslationUnitState &State;
  mutable std::map<std::pair<unsigned, bool>, std::vector<std::string>> ConventionNouns;
};

} // namespace clang::tidy::distsys::check_then_create

#endif
