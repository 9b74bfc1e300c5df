//===--- MessageTemplates.h - fill in the message templates of rules/ -----===//
//
// Diagnostics, notes and fix-its are written in rules/ as templates with {placeholders}
// ("'{create}' after '{check}' at line {line} can race"); checks fill them in here.
//
//===----------------------------------------------------------------------===//
#ifndef DISTLINT_CHECKS_UTILS_MESSAGETEMPLATES_H
#define DISTLINT_CHECKS_UTILS_MESSAGETEMPLATES_H

#include "llvm/ADT/StringRef.h"
#include <string>

namespace clang::tidy::distsys {

/// \p Text with every occurrence of \p Key replaced by \p Value; replaced text is not searched
/// again, so a value that contains the key does not loop.
std::string substitute(std::string Text, llvm::StringRef Key, llvm::StringRef Value);

} // namespace clang::tidy::distsys

#endif
