//===--- Fixes.h - apply the safe fix-its of findings (--fix) -------------===//
#ifndef DISTLINT_DRIVER_FIXES_H
#define DISTLINT_DRIVER_FIXES_H

#include "Finding.h"
#include "llvm/Support/Error.h"
#include <vector>

namespace distlint {

/// Applies the safe fixes (Finding::Fixes, never the suggestions on notes) of unsuppressed
/// findings, each edit once, through clang::tooling::Replacements; an edit that conflicts with one
/// already taken is dropped, so the files stay well-formed. Returns the number of files rewritten.
llvm::Expected<unsigned> applyFixes(const std::vector<Finding> &Findings);

} // namespace distlint

#endif
