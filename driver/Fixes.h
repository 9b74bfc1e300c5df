//===--- Fixes.h - apply the safe fix-its of findings (--fix) -------------===//
#ifndef DISTLINT_DRIVER_FIXES_H
#define DISTLINT_DRIVER_FIXES_H

#include "Finding.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/raw_ostream.h"
#include <vector>

namespace distlint {

/// The fix --fix takes for \p F: its own fixes; with \p FixNotes and none of its own, the one
/// suggestion on its notes (clang-tidy's --fix-notes: never a choice between several).
const std::vector<Fix> &chosenFixes(const Finding &F, bool FixNotes);

/// Applies the chosen fixes of unsuppressed findings, each edit once, through
/// clang::tooling::Replacements; an edit that conflicts with one already taken is dropped, so the
/// files stay well-formed. Returns the number of files rewritten.
llvm::Expected<unsigned> applyFixes(const std::vector<Finding> &Findings, bool FixNotes);

/// Writes the same fixes as clang-tidy's --export-fixes does: a clang::tooling
/// TranslationUnitDiagnostics YAML document, one diagnostic per unsuppressed finding, which
/// clang-apply-replacements applies. Suggestions on notes are left out without \p FixNotes
/// (clang-apply-replacements would otherwise apply them).
void exportFixes(llvm::raw_ostream &OS, const std::vector<Finding> &Findings, bool FixNotes,
                 llvm::StringRef BuildDirectory);

} // namespace distlint

#endif
