//===--- Finding.h - what one analysis run produced -----------------------===//
#ifndef DISTLINT_DRIVER_FINDING_H
#define DISTLINT_DRIVER_FINDING_H

#include "utils/Summaries.h"

#include <string>
#include <vector>

namespace distlint {

/// A source range; File is absolute, lines and columns 1-based, EndColumn exclusive. Column and
/// EndColumn count bytes, as clang does; the Utf16 variants count UTF-16 code units, as SARIF's
/// default columnKind does (0: not computed, the line is taken to be ASCII up to the column).
struct SourceSpan {
  std::string File;
  unsigned Line = 0;
  unsigned Column = 0;
  unsigned EndLine = 0;
  unsigned EndColumn = 0;
  unsigned Utf16Column = 0;
  unsigned Utf16EndColumn = 0;
};

struct Edit {
  SourceSpan Span;      // the replaced text (empty for an insertion)
  unsigned Offset = 0;  // byte offset of Span's start in File
  unsigned Length = 0;  // bytes replaced
  std::string Text;
};

struct Fix {
  std::string Description;
  std::vector<Edit> Edits;
};

/// A second site that matters to a finding: the note clang-tidy attached to it.
struct RelatedNote {
  SourceSpan Span;
  std::string Message;
};

struct Finding {
  std::string RuleId;
  std::string Level; // error | warning | note
  std::string Message;
  SourceSpan Primary;
  unsigned PrimaryOffset = 0; // byte offset of Primary's start in its file
  std::string LineText; // text of the primary line, for snippets and fingerprints
  unsigned LineTextColumn = 1; // its first byte's column: not 1 when a long line was cut
  std::string Function;        // qualified name of the function it is in; "" outside any
  std::vector<RelatedNote> Notes;
  std::vector<Fix> Fixes;      // fix-its on the finding itself: safe to apply
  std::vector<Fix> NoteFixes;  // fix-its on its notes: suggestions
  bool Suppressed = false;     // silenced by NOLINT
  std::string Fingerprint;     // "<hash>:<occurrence>", filled by assignFingerprints
  bool InBaseline = false;
  bool OutsideDiff = false;
  /// Helpers in other files the handle was passed to: the finding holds only if the run's merged
  /// summaries say each of them only uses it (see checks/utils/Summaries.h). Empty after analyze.
  std::vector<clang::tidy::distsys::Premise> Condition;
};

/// A translation unit or file that could not be analysed completely.
struct AnalysisFailure {
  std::string File;
  std::string Message;
};

struct AnalysisResult {
  std::vector<Finding> Findings;
  std::vector<AnalysisFailure> Failures;
  std::vector<std::string> ConfigErrors;
  /// What the run should say once but does not fail on (a Checks glob asking for other
  /// modules; rules that did not run on some files). Sorted and unique after sortAndDeduplicate.
  std::vector<std::string> Notices;
  /// (rule id, file) for every distsys rule the configuration disabled on an analysed file.
  std::vector<std::pair<std::string, std::string>> RulesNotRun;
  unsigned FilesConfigured = 0; // files whose configuration was read
  /// Rules the configuration disabled on every file (after sortAndDeduplicate).
  std::vector<std::string> RulesDisabled;
  unsigned FilesAnalysed = 0;
  bool Crashed = false; // clang or a check crashed on some file (recovered)
  /// What the functions defined in the analysed files do to handles passed to them, merged in
  /// the order of the files.
  clang::tidy::distsys::SummarySet Summaries;
};

} // namespace distlint

#endif
