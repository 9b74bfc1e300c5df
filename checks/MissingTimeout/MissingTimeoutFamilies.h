//===--- MissingTimeoutFamilies.h - helpers shared by the API families ----===//
//
// Private header of checks/MissingTimeout. The analysis of each API family is a member of
// MissingTimeoutCheck defined in the family's own file (Handles.cpp, ConnectionStrings.cpp,
// InfiniteArguments.cpp, OptionArguments.cpp, UnboundedOperations.cpp, ExpiringStreams.cpp); the
// AST helpers more than one of them needs are declared here and defined in
// MissingTimeoutFamilies.cpp.
//
//===----------------------------------------------------------------------===//
#ifndef DISTLINT_CHECKS_MISSINGTIMEOUTFAMILIES_H
#define DISTLINT_CHECKS_MISSINGTIMEOUTFAMILIES_H

#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/StringRef.h"
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace clang::tidy::distsys::missing_timeout {

/// \p Names as the StringRefs hasAnyName takes.
std::vector<llvm::StringRef> refs(const std::vector<std::string> &Names);

/// Whether \p D matches one of the name patterns \p Names (see nameMatches).
bool anyNameMatches(const NamedDecl &D, const std::vector<std::string> &Names);

/// The whitespace that starts the line of \p Loc, to indent an inserted statement like its
/// neighbour.
std::string lineIndent(SourceLocation Loc, const SourceManager &SM);

/// The class of \p E's type, through pointers and references.
const CXXRecordDecl *recordOf(const Expr *E);

/// Whether \p E's value is an object of exactly one of the classes \p Names (not of a class
/// derived from one: cpr::ConnectTimeout is a cpr::Timeout that bounds only the connect).
bool isOfExactClass(const Expr *E, const std::vector<std::string> &Names);

/// The integer constant \p E's object is constructed from, also through objects constructed from
/// one: `cpr::Timeout{0}`, `cpr::Timeout{std::chrono::milliseconds{0}}`.
std::optional<int64_t> constructedFrom(const Expr *E, const ASTContext &Context);

/// The source text of \p E, or "" when it is (partly) in a macro expansion.
std::string sourceText(const Expr *E, const ASTContext &Context);

/// "{class}::{method}" for a method called on an object of class \p Record, else the callee's
/// qualified name.
std::string calleeName(const CallExpr *Call, const CXXRecordDecl *Record);

/// Whether a member call named one of \p Methods is made on \p Object somewhere in \p Body
/// before \p Before (anywhere when \p Before is invalid).
bool calledBefore(const ValueDecl *Object, const std::vector<std::string> &Methods,
                  const Stmt *Body, SourceLocation Before, ASTContext &Context,
                  llvm::function_ref<const ValueDecl *(const Expr *)> DeclOf);

/// The body \p D lives in: its function's for a local, none otherwise.
const Stmt *owningBody(const ValueDecl *D);

/// The stream declaration \p E reaches through layer accessors: `s`, `get_lowest_layer(s)`,
/// `s.next_layer()`, `*p`.
const ValueDecl *streamDecl(const Expr *E, const std::vector<std::string> &Accessors);

} // namespace clang::tidy::distsys::missing_timeout

#endif
