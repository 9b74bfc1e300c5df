//===--- TimeoutFamilies.h - helpers shared by distsys-missing-timeout ----===//
#ifndef DISTLINT_CHECKS_TIMEOUTFAMILIES_H
#define DISTLINT_CHECKS_TIMEOUTFAMILIES_H

#include "utils/MessageTemplates.h"

#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/StringRef.h"
#include <string>

namespace clang::tidy::distsys {

/// The whitespace that starts the line of \p Loc, to indent an inserted statement like its
/// neighbour.
std::string lineIndent(SourceLocation Loc, const SourceManager &SM);

} // namespace clang::tidy::distsys

#endif
