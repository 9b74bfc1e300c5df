//===--- Gate.h - which findings fail a pre-merge gate --------------------===//
#ifndef DISTLINT_DRIVER_GATE_H
#define DISTLINT_DRIVER_GATE_H

#include "Finding.h"
#include "llvm/Support/Error.h"
#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace distlint {

/// Rank of a level for --fail-on: note < warning < error; "none" fails nothing.
llvm::Expected<int> failOnRank(llvm::StringRef Level);
int levelRank(llvm::StringRef Level);

/// The fingerprints of the results recorded in a SARIF baseline written by distlint.
llvm::Expected<std::set<std::string>> loadBaseline(llvm::StringRef Path);
/// The same for a baseline's text; \p Path only names it in errors.
llvm::Expected<std::set<std::string>> loadBaselineText(llvm::StringRef Text, llvm::StringRef Path);

/// Lines added or changed since a git revision, keyed by absolute path. Untracked files count as
/// changed throughout.
struct ChangedLines {
  std::map<std::string, std::vector<std::pair<unsigned, unsigned>>> Ranges; // inclusive
  std::set<std::string> WholeFiles;
  std::string Unreadable; // a line of the diff that hides changes (a binary patch), if any
  bool contains(const std::string &File, unsigned Line) const;
};
llvm::Expected<ChangedLines> changedLinesSince(llvm::StringRef Revision, llvm::StringRef RepoRoot);

/// Marks findings the baseline knows and findings outside the diff.
void applyBaseline(std::vector<Finding> &Findings, const std::set<std::string> &Known);
void applyDiff(std::vector<Finding> &Findings, const ChangedLines &Changed);

/// The findings that fail the gate: not suppressed, not in the baseline, inside the diff, at or
/// above \p Rank.
unsigned gatingFindings(const std::vector<Finding> &Findings, int Rank);

/// Parses "git diff --unified=0" output into changed line ranges (exposed for unit tests).
ChangedLines parseUnifiedDiff(llvm::StringRef Diff, llvm::StringRef RepoRoot);

} // namespace distlint

#endif
