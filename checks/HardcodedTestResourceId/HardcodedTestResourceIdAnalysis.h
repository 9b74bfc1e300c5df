//===--- HardcodedTestResourceIdAnalysis.h - private helpers of the check ---===//
//
// Private header of checks/HardcodedTestResourceId: what the check class shares with the files
// that do the work. LiteralTracing.cpp follows a value back to a fixed literal, ResourceSinks.cpp
// finds the names a call passes to a modelled resource argument (plain, hiredis format, SQL),
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
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include <set>
#include <string>
#include <vector>

namespace clang::tidy::distsys::test_resource_id {

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

/// What following a value back to its literal needs: the AST and the non-const members that some
/// code of the translation unit writes.
struct Tracing {
  ASTContext &Context;
  const llvm::DenseSet<const FieldDecl *> &WrittenFields;
};

/// The pieces a SQL argument is concatenated from: literals, or null for a run-time part.
struct SqlPiece {
  const StringLiteral *Literal;
  const ValueDecl *Via;
  const Expr *Source;
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

/// Whether the member access \p Use writes the member: assigned, incremented, its address taken,
/// a non-const method called on it, or bound to a non-const reference parameter.
bool writesMember(const MemberExpr &Use, ASTContext &Context);

// Resource sinks (ResourceSinks.cpp).

/// Whether \p Callee is the function, constructor or method \p Sink models.
bool sinkMatches(const ResourceSink &Sink, const FunctionDecl &Callee);

/// Whether \p E, or an expression in it, names a declaration called one of \p Names (a sink's
/// UniqueWhenValues).
bool namesOneOf(const Expr *E, const std::vector<std::string> &Names);

/// Appends to \p Pieces the pieces the SQL argument \p E is concatenated from.
void sqlPieces(const Expr *E, const Tracing &T, std::vector<SqlPiece> &Pieces, unsigned Depth = 0);

/// Calls \p Found for every table name \p Statements find in the SQL \p Pieces make up, with
/// the piece the name starts in and its offset there. Run-time parts read as a character no name
/// contains, so a name that runs into one is only a prefix and is skipped.
void forEachSqlName(
    const std::vector<SqlPiece> &Pieces, const std::vector<SqlStatement> &Statements,
    llvm::function_ref<void(const SqlPiece &, unsigned, const std::string &, const std::string &)>
        Found);

/// Reports through \p Report every fixed name the arguments \p Args pass to \p Sink.
void namesAtSink(const ResourceSink &Sink, llvm::ArrayRef<const Expr *> Args, const Tracing &T,
                 const TestResourceModels &Models, const std::set<std::string> &SessionLocal,
                 llvm::function_ref<void(const FixedName &)> Report);

// Test bodies (TestBodies.cpp).

/// The function whose body contains \p E, looking through lambdas (a lambda in a test body runs
/// as part of the test).
const FunctionDecl *enclosingFunction(const Expr &E, ASTContext &Context);

} // namespace clang::tidy::distsys::test_resource_id

#endif
