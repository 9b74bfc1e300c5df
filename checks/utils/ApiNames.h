//===--- ApiNames.h - matching declarations against model names -----------===//
#ifndef DISTLINT_CHECKS_APINAMES_H
#define DISTLINT_CHECKS_APINAMES_H

#include "clang/AST/Decl.h"
#include "llvm/ADT/StringRef.h"

namespace clang::tidy::distsys {

/// Whether \p D's qualified name is \p Pattern or ends in "::" + \p Pattern, as the hasName
/// matcher reads the names that models list ("curl_easy_perform", "grpc::ClientContext").
bool nameMatches(const NamedDecl &D, llvm::StringRef Pattern);

} // namespace clang::tidy::distsys

#endif
