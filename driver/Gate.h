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

/// How many results of each fingerprint hash (the fingerprint before its ":<occurrence>") a
/// SARIF baseline written by distlint records.
using BaselineCounts = std::map<std::string, unsigned>;
llvm::Expected<BaselineCounts> loadBaseline(llvm::StringRef Path);
/// The same for a baseline's text; \p Path only names it in errors.
llvm::Expected<BaselineCounts> loadBaselineText(llvm::StringRef Text, llvm::StringRef Path);

/// Lines added or changed since a git revision, keyed by absolute path. Untracked files count as
/// changed throughout.
struct ChangedLines {
  std::map<std::string, std::vector<std::pair<unsigned, unsigned>>> Ranges; // inclusive
  std::set<std::string> WholeFiles;
  std::string Unreadable; // a line of the diff that hides changes (a binary patch), if any
  bool contains(const std::string &File, unsigned Line) const;
};
llvm::Expected<ChangedLines> changedLinesSince(llvm::StringRef Revision, llvm::StringRef RepoRoot);

/// Marks findings outside the diff.
void applyDiff(std::vector<Finding> &Findings, const ChangedLines &Changed);
/// Marks findings the baseline knows: of the findings sharing a fingerprint hash, as many as the
/// baseline recorded, those outside the diff first (after applyDiff), so that a copy of a
/// reviewed line added to the change is the new one. Without a diff, the last ones are new.
void applyBaseline(std::vector<Finding> &Findings, const BaselineCounts &Known);

/// Why a finding does or does not fail the gate, in order of precedence.
enum class GateVerdict { Fails, Suppressed, InBaseline, OutsideDiff, BelowFailOn };
GateVerdict gateVerdict(const Finding &F, int Rank);
/// "fails", "suppressed", "baseline", "outside-diff", "below-fail-on" (JSON and SARIF).
llvm::StringRef verdictName(GateVerdict Verdict);

/// How many findings fail the gate at \p Rank.
unsigned gatingFindings(const std::vector<Finding> &Findings, int Rank);

/// Parses "git diff --unified=0" output into changed line ranges (exposed for unit tests).
ChangedLines parseUnifiedDiff(llvm::StringRef Diff, llvm::StringRef RepoRoot);

} // namespace distlint

#endif
