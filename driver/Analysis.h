//===--- Analysis.h - run the distsys checks over translation units -------===//
#ifndef DISTLINT_DRIVER_ANALYSIS_H
#define DISTLINT_DRIVER_ANALYSIS_H

#include "Finding.h"
#include "clang/Tooling/CompilationDatabase.h"
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace distlint {

struct AnalysisOptions {
  std::vector<std::string> Files; // absolute paths
  const clang::tooling::CompilationDatabase *Database = nullptr;
  std::optional<std::string> Checks;     // --checks, layered over the configuration
  std::optional<std::string> ConfigFile; // --config-file, instead of .clang-tidy discovery
  std::optional<std::string> ConfigText; // --config: the configuration itself, as YAML
  std::optional<std::string> HeaderFilter;             // --header-filter, over HeaderFilterRegex
  std::optional<std::string> ExcludeHeaderFilter;      // --exclude-header-filter
  std::vector<std::string> ExtraArgsBefore, ExtraArgs; // prepended / appended to each command
  std::string ResourceDir;               // clang's builtin headers
  unsigned Jobs = 1;
  /// The stack of the thread each translation unit is parsed on (clang's own cc1 asks for 8 MiB
  /// and overflows on far less nesting than generated code has).
  unsigned StackMiB = 512;
  bool VerifyConfigOnly = false; // --verify-config: read and check each file's configuration only
  /// Called from the analysis threads as each file is done, with the seconds it took.
  std::function<void(const std::string &File, double Seconds)> OnFileDone;
};

/// Parses each file once and runs every enabled check on it, \p Jobs files at a time. Findings
/// come back unsorted; compiler errors, missing compile commands and configuration problems come
/// back as failures or config errors, never silently dropped.
AnalysisResult analyze(const AnalysisOptions &Options);

/// The directory with clang's builtin headers for this binary, or "" when none can be found.
std::string findResourceDir(const char *Argv0);

} // namespace distlint

#endif
