//===--- HardcodedTestResourceIdAnalysis.h - private helpers of the check ---===//
//
// Private header of checks/HardcodedTestResourceId: what the check class shares with the files
// that do the work. LiteralTracing.cpp follows a value back to a fixed literal, ResourceSinks.cpp
// finds the names a call passes to a modelled resource argument (plain, hiredis format, SQL),
// ParameterReach.cpp which parameters of project functions carry a name on to one,
// TestBodies.cpp recognises the functions that run as part of a test.
//
//===----------------------------------------------------------------------===//
#ifndef DISTLINT_CHECKS_HARDCODEDTESTRESOURCEIDANALYSIS_H
#define DISTLINT_CHECKS_HARDCODEDTESTRESOURCEIDANALYSIS_H

#include "HardcodedTestResourceIdModels.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/Expr.h"
#include "clang/AST/ExprCXX.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include <set>
#include <string>
#include <vector>

namespace clang::tidy::distsys::test_resource_id {

constexpr unsigned MaxDepth = 8;

/// A name a resource operation receives: fixed (Literal, where in it the name starts, the
/// whole name, and the constant or variable it travelled through, if any), or the value of a
/// parameter of the function the operation is in (Param). Kind, Operation and Effect describe
/// the operation ("table name", "CreateTable", "creates"); Use is the argument carrying the name
/// and Call the operation.
struct SinkName {
  const StringLiteral *Literal = nullptr;
  unsigned Offset = 0;
  std::string Name;
  const ValueDecl *Via = nullptr;
  const ParmVarDecl *Param = nullptr;
  std::string Kind;
  std::string Operation;
  std::string Effect;
  std::string Advice;
  std::shared_ptr<llvm::Regex> ValuePattern; // a parameter's value names a resource only if it
                                             // matches (paths under /tmp)
  const Expr *Use = nullptr;
  const Expr *Call = nullptr;
  bool SqlTable = false; // a table name in a SQL statement
  bool Premised = false; // holds only if the summaries of another file say so
};

/// What following a value back to its literal needs: the AST, the non-const members that some
/// code of the translation unit writes other than by a plain assignment, the right-hand sides of
/// the plain assignments to members (`table_ = "orders";` in SetUp()), and the variables of
/// static storage that some code writes; and, for a connection a helper receives, the calls of
/// the translation unit by the function they are made in.
struct Tracing {
  ASTContext &Context;
  const llvm::DenseSet<const FieldDecl *> &WrittenFields;
  const llvm::DenseMap<const FieldDecl *, std::vector<const Expr *>> &AssignedFields;
  const llvm::DenseSet<const VarDecl *> &WrittenStatics;
  const std::vector<std::pair<const Expr *, const FunctionDecl *>> &CallSites;
};

/// The pieces a string is concatenated from: literals, the value of a parameter, or neither for
/// another run-time part.
struct SqlPiece {
  const StringLiteral *Literal;
  const ValueDecl *Via;
  const Expr *Source;
  const ParmVarDecl *Param = nullptr;
};

// Literal tracing (LiteralTracing.cpp).

/// Skips what does not change a string's value: casts, temporaries, string and string_view
/// construction from one value, c_str()/data() and conversion operators.
const Expr *stripWrappers(const Expr *E);

/// Whether \p Var keeps the value of its initialiser wherever it is used: a constant, a
/// pointer to const characters at namespace scope, or a local no code modifies.
bool keepsInitialValue(const VarDecl *Var, ASTContext &Context);

/// The string literal whose value \p E always has, or null. \p Via receives the variable
/// \p E names, when the value travelled through one.
const StringLiteral *fixedLiteral(const Expr *E, const Tracing &T, const ValueDecl *&Via,
                                  unsigned Depth = 0);

/// The whole value \p E always has when it is concatenated from fixed parts only ("orders_" +
/// kSuffix), in \p Value, with the first literal; null otherwise. \p Via as for fixedLiteral.
const StringLiteral *fixedString(const Expr *E, const Tracing &T, std::string &Value,
                                 const ValueDecl *&Via);

/// The parameter whose value \p E always is (through wrappers and unmodified locals), when no
/// code of its function modifies it; or null.
const ParmVarDecl *parameterValue(const Expr *E, ASTContext &Context, unsigned Depth = 0);

/// Whether the use \p Use of a member or variable writes it: assigned, incremented, its address
/// taken, a non-const method called on it, or bound to a non-const reference (a parameter or a
/// variable). When it is a plain assignment, \p AssignedValue receives the right-hand side.
bool writesValue(const Expr &Use, ASTContext &Context, const Expr **AssignedValue = nullptr);

// Resource sinks (ResourceSinks.cpp).

/// Whether \p Callee is the function, constructor or method \p Sink models.
bool sinkMatches(const ResourceSink &Sink, const FunctionDecl &Callee);

/// Appends to \p Pieces the pieces the SQL argument \p E is concatenated from.
void sqlPieces(const Expr *E, const Tracing &T, std::vector<SqlPiece> &Pieces, unsigned Depth = 0);

/// Calls \p Found for every table name \p Statements find in the SQL \p Pieces make up, with
/// the piece the name starts in, its offset there and the statement: fixed names, and names that
/// are exactly a parameter's value. A name that runs into another run-time part is only a prefix
/// and is skipped.
void forEachSqlName(
    const std::vector<SqlPiece> &Pieces, const std::vector<SqlStatement> &Statements,
    llvm::function_ref<void(const SqlPiece &, unsigned, const SqlStatement &, const std::string &)>
        Found);

/// Reports through \p Found every fixed name, and every parameter of the enclosing function,
/// that the arguments \p Args of \p Call pass to \p Sink.
void namesAtSink(const ResourceSink &Sink, const Expr *Call, llvm::ArrayRef<const Expr *> Args,
                 const Tracing &T, const TestResourceModels &Models,
                 const std::set<std::string> &SessionLocal,
                 llvm::function_ref<void(const SinkName &)> Found);

/// Whether \p Call is (in) the statement of an assertion that it fails (ExpectFailureMacros).
bool expectedToFail(const Expr &Call, const ASTContext &Context, const TestResourceModels &Models);

/// Whether \p Call, a call of \p Sink in \p Body (null when unknown), may touch a shared resource:
/// not when the system makes the name unique itself (ZOO_SEQUENCE), when the connection is a
/// database private to the process (sqlite3_open(":memory:", &db) in Body), or when the request
/// whose setter it is goes only to mocks of the client (MOCK_METHOD).
bool sinkApplies(const ResourceSink &Sink, const Expr &Call, llvm::ArrayRef<const Expr *> Args,
                 const Stmt *Body, const Tracing &T, const TestResourceModels &Models);

// Parameters that reach resource operations (ParameterReach.cpp).

/// Which parameters of the project functions a test calls carry a resource name to a modelled
/// operation, directly or through further project functions with a body in the translation unit.
class ParameterReach {
public:
  ParameterReach(const Tracing &T, const TestResourceModels &Models,
                 const std::set<std::string> &SessionLocal)
      : T(T), Models(Models), SessionLocal(SessionLocal) {}
  /// The operation a value passed as parameter \p Index of \p Callee (a definition) reaches,
  /// or null.
  const SinkName *reach(const FunctionDecl &Callee, unsigned Index);

private:
  void analyse(const FunctionDecl &Function, unsigned Depth);
  const Tracing &T;
  const TestResourceModels &Models;
  const std::set<std::string> &SessionLocal;
  llvm::DenseSet<const FunctionDecl *> Analysed;
  llvm::DenseMap<const ParmVarDecl *, SinkName> Reached;
};

// Test bodies (TestBodies.cpp).

/// The function whose body contains \p E, looking through lambdas (a lambda in a test body runs
/// as part of the test).
const FunctionDecl *enclosingFunction(const Expr &E, ASTContext &Context);

} // namespace clang::tidy::distsys::test_resource_id

#endif
