//===--- Report.h - ordering, fingerprints and report formats -------------===//
#ifndef DISTLINT_DRIVER_REPORT_H
#define DISTLINT_DRIVER_REPORT_H

#include "Finding.h"
#include "utils/RuleCatalog.h"
#include "llvm/Support/raw_ostream.h"
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

namespace distlint {

/// Sorts findings by (file, line, column, rule id, message) and drops exact duplicates (a header
/// finding seen from several translation units), so any -j gives the same report.
void sortAndDeduplicate(AnalysisResult &Result);

/// Where relative paths in reports start: SARIF's %SRCROOT%.
struct SourceRoot {
  std::string Path; // absolute, no trailing slash
  /// \p File relative to the root with '/' separators, or absolute when outside it. Symbolic
  /// links are resolved when the plain path is outside the root.
  std::string relative(llvm::StringRef File) const;
};

/// The SARIF partialFingerprints key of distlint's fingerprints (v1 had no function and counted
/// occurrences per file).
constexpr const char *FingerprintKey = "distlintFingerprint/v2";

/// Gives every finding a fingerprint "<hash>:<occurrence>": the hash covers its rule, its file
/// (relative to \p Root, so it survives a different checkout directory), the function it is in
/// and the text of its line (whitespace folded); the occurrence counts the findings with that
/// hash before it. Edits elsewhere in the file, and in other functions, do not change it; a copy
/// of the line added in the same function shares its hash (the baseline matches such findings
/// by count, see applyBaseline). Expects sorted findings.
void assignFingerprints(std::vector<Finding> &Findings, const SourceRoot &Root = {});

/// The 1-based column, in UTF-16 code units, of the byte at 1-based \p ByteColumn of the UTF-8
/// \p LineText (SARIF's default columnKind). Bytes past the end of the line count one each.
unsigned utf16Column(llvm::StringRef LineText, unsigned ByteColumn);

/// Version control facts for SARIF's versionControlProvenance.
struct Provenance {
  std::string RepositoryUri;
  std::string RevisionId;
  std::string Branch;
};

/// Facts about the run. Nothing here varies with -j or output paths, so the same input gives a
/// byte-identical SARIF log.
struct RunInfo {
  SourceRoot Root;
  std::string WorkingDirectory; // absolute; defaults to the root
  std::optional<Provenance> VersionControl;
  bool BaselineGiven = false;
  int FailOnRank = 0; // failOnRank(--fail-on): which findings fail the gate
  /// --sarif-suppressed=omit: NOLINT'd results left out of SARIF (GitHub code scanning ignores
  /// `suppressions` and would open alerts for them).
  bool OmitSuppressed = false;
};

/// The rule's documentation page on the project's home page (SARIF helpUri, --explain outside an
/// installed tree).
std::string helpUri(const Rule &R);

/// A repository URL fit to publish: credentials removed ("https://user:token@host/x" ->
/// "https://host/x"), scp-like "git@host:org/x.git" turned into "ssh://git@host/org/x.git" and an
/// absolute local path into a file:// URI; "" for a relative path, which has no absolute URI.
std::string publishableRepositoryUri(llvm::StringRef Url);

/// "file://" URI of an absolute path, percent-encoded.
std::string fileUri(llvm::StringRef Path);

/// The most of a source line a finding keeps, in bytes: a whole-file one-line policy repeated
/// per finding made a 400 MB SARIF log.
constexpr unsigned MaxLineTextBytes = 400;

/// Cuts \p F's LineText longer than MaxLineTextBytes to a window around its primary column
/// (whole UTF-8 characters), recording where the window starts.
void cutLineText(Finding &F);

/// \p Text safe to print on a terminal or CI log: control characters (but tabs) become
/// "<U+001B>", as clang prints them, so source text cannot rewrite what the log shows.
std::string printable(llvm::StringRef Text);

/// clang-style "file:line:col: warning: message [rule]" with the source line, a caret and the
/// text of the finding's own fix-its on that line, in clang's colours when \p Colors; a finding
/// in the baseline or outside the diff gets a note saying it does not fail the gate. NOLINT'd
/// findings are left out, as clang-tidy does.
void writeText(llvm::raw_ostream &OS, const AnalysisResult &Result, const SourceRoot &Root,
               int FailOnRank, bool Colors = false);

/// A plain JSON document: findings (each with its gate verdict) and failures.
nlohmann::json toJson(const AnalysisResult &Result, const SourceRoot &Root, int FailOnRank);

/// \p Doc as text with 2-space indentation. Bytes that are not UTF-8 (a Latin-1 comment on a
/// reported line) become U+FFFD instead of making the serialisation fail.
std::string serialize(const nlohmann::json &Doc);

/// A GitLab Code Quality report (a subset of Code Climate's issue format): one issue per finding
/// not suppressed by NOLINT, with the path relative to \p Root, unencoded, as GitLab matches it
/// against the merge request's files.
nlohmann::json toCodeQuality(const AnalysisResult &Result, const RuleCatalog &Catalog,
                             const SourceRoot &Root);

/// A SARIF 2.1.0 log with one run, rules from \p Catalog.
nlohmann::json toSarif(const AnalysisResult &Result, const RuleCatalog &Catalog,
                       const RunInfo &Run);

} // namespace distlint

#endif
