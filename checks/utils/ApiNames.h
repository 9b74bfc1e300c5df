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

/// Whether \p Method is "Class::method" of \p Pattern (an operator by its spelling,
/// "Class::operator<<"), its class matched as by nameMatches.
bool methodMatches(const CXXMethodDecl &Method, llvm::StringRef Pattern,
                   PlainName Plain = PlainName::AnyScope);

} // namespace clang::tidy::distsys

#endif
