//===--- ApiNames.h - matching declarations against model names -----------===//
//
// Models name APIs the way the hasName matcher reads names ("curl_easy_perform",
// "grpc::ClientContext", "Aws::S3::S3Client::HeadObject"); every check matches them here.
//
//===----------------------------------------------------------------------===//
#ifndef DISTLINT_CHECKS_UTILS_APINAMES_H
#define DISTLINT_CHECKS_UTILS_APINAMES_H

#include "clang/AST/Decl.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/Expr.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include <string>

namespace clang::tidy::distsys {

/// How a pattern without "::" ("open") matches.
enum class PlainName {
  /// As a suffix like any other: "open" matches ::open and project::File::open.
  AnyScope,
  /// Only a declaration at global scope, in namespace std, or with C linkage, so a project's own
  /// `open` or `access` is not mistaken for the POSIX one.
  GlobalOnly,
};

/// \p D's qualified name as hasName reads it: inline and anonymous namespaces left out.
std::string qualifiedName(const NamedDecl &D);

/// Whether \p D's qualified name is \p Pattern or ends in "::" + \p Pattern.
bool nameMatches(const NamedDecl &D, llvm::StringRef Pattern,
                 PlainName Plain = PlainName::AnyScope);

/// Whether \p D is spelled \p Name: its identifier, or for an operator "operator<<".
bool hasSpelledName(const NamedDecl &D, llvm::StringRef Name);

/// Whether \p E names one of \p Names: a string literal with that text, or a declaration (a
/// factory variable) or the callee of a call (a factory function) with that name; also through
/// `*` and through references and constants initialised with one (SOCI's backends).
bool identifiesOneOf(const clang::Expr *E, llvm::ArrayRef<std::string> Names);

/// Whether \p Method is "Class::method" of \p Pattern (an operator by its spelling,
/// "Class::operator<<"), its class matched as by nameMatches.
bool methodMatches(const CXXMethodDecl &Method, llvm::StringRef Pattern,
                   PlainName Plain = PlainName::AnyScope);

} // namespace clang::tidy::distsys

#endif
