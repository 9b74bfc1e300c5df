//===--- Report.h - ordering, fingerprints and report formats -------------===//
#ifndef DISTLINT_DRIVER_REPORT_H
#define DISTLINT_DRIVER_REPORT_H

#include "Finding.h"
#include "RuleCatalog.h"
#include "llvm/Support/raw_ostream.h"
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

namespace distlint {

/// Sorts findings by (file, line, column, rule id, message) and drops exact duplicates (a header
/// finding seen from several translation units), so any -j gives the same report.
void sortAndDeduplicate(AnalysisResult &Result);

/// Gives every finding a fingerprint that depends on its rule, the text of its line (whitespace
/// folded) and how many identical (rule, line text) pairs precede it in the file, so edits
/// elsewhere in the file do not change it. Expects sorted findings.
void assignFingerprints(std::vector<Finding> &Findings);

/// Where relative paths in reports start: SARIF's %SRCROOT%.
struct SourceRoot {
  std::string Path; // absolute, no trailing slash
  /// \p File relative to the root with '/' separators, or absolute when outside it.
  std::string relative(llvm::StringRef File) const;
};

/// Version control facts for SARIF's versionControlProvenance.
struct Provenance {
  std::string RepositoryUri;
  std::string RevisionId;
  std::string Branch;
};

struct RunInfo {
  SourceRoot Root;
  std::optional<Provenance> VersionControl;
  std::vector<std::string> CommandLine;
  bool BaselineGiven = false;
};

/// clang-style "file:line:col: warning: message [rule]" with the source line and a caret.
/// NOLINT'd findings are left out, as clang-tidy does.
void writeText(llvm::raw_ostream &OS, const AnalysisResult &Result, const SourceRoot &Root);

/// A plain JSON document: findings (with suppressed ones marked) and failures.
nlohmann::json toJson(const AnalysisResult &Result, const SourceRoot &Root);

/// A SARIF 2.1.0 log with one run, rules from \p Catalog.
nlohmann::json toSarif(const AnalysisResult &Result, const RuleCatalog &Catalog,
                       const RunInfo &Run);

} // namespace distlint

#endif
