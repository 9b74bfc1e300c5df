//===--- RuleCatalog.h - distlint rule metadata and API models -----------===//
//
// The single source of rule metadata (SARIF descriptors, --list-checks, --explain) and of the API
// models checks consult. Built from rules/*.json, which the build embeds in the binary, and from
// user model files named by the checks' ModelFiles option.
//
//===----------------------------------------------------------------------===//
#ifndef DISTLINT_CHECKS_RULECATALOG_H
#define DISTLINT_CHECKS_RULECATALOG_H

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace distlint {

/// One rules/*.json file as the build embedded it.
struct EmbeddedRuleFile {
  const char *Path;
  const char *Text;
};
const std::vector<EmbeddedRuleFile> &embeddedRuleFiles();

struct RuleOption {
  std::string Name;
  std::string Default;
  std::string Description;
};

struct Rule {
  std::string Id;          // distsys-missing-timeout
  std::string Name;        // MissingTimeout (PascalCase; also the check class name)
  std::string Summary;     // one sentence, SARIF shortDescription
  std::string Description; // SARIF fullDescription
  std::string Fix;         // one sentence naming the safe alternative
  std::string HelpMarkdown;
  std::string Level;       // error | warning | note
  std::string Precision;   // very-high | high | medium | low
  std::string Maturity;    // stable | experimental
  std::vector<std::string> Tags;
  std::optional<std::string> SecuritySeverity;
  std::vector<RuleOption> Options;
  nlohmann::json Models; // the rule's API models, shaped by its check

  /// Plain-text help: the description and the fix.
  std::string helpText() const;
  /// Relative path of the rule's documentation page inside the repository.
  std::string docPath() const { return "docs/checks/" + Id + ".md"; }
};

class RuleCatalog {
public:
  /// Parses rule files; an error names the file and the field at fault.
  static llvm::Expected<RuleCatalog>
  parse(const std::vector<EmbeddedRuleFile> &Files);

  /// The rules built into this binary, parsed once per process.
  static const RuleCatalog &builtin();

  const std::vector<Rule> &rules() const { return Rules; }
  const Rule *find(llvm::StringRef Id) const;
  /// Index of \p Id in rules(), as SARIF's ruleIndex; -1 when absent.
  int indexOf(llvm::StringRef Id) const;

private:
  std::vector<Rule> Rules; // sorted by id
};

/// The API models of \p RuleId: the built-in ones, extended by every user model file in
/// \p ModelFiles (';'-separated). A model file is a JSON object keyed by rule id whose values have
/// the shape of that rule's "models": arrays are appended to, objects merged. Relative paths are
/// looked up from \p SearchFrom upwards, like .clang-tidy. Each distinct request is computed once
/// per process.
llvm::Expected<const nlohmann::json *> modelsFor(llvm::StringRef RuleId,
                                                 llvm::StringRef ModelFiles,
                                                 llvm::StringRef SearchFrom);

/// \p Name when absolute or when \p SearchFrom is empty; otherwise the first existing
/// <dir>/\p Name for \p SearchFrom and each of its parents, or \p Name when none exists.
std::string findUpwards(llvm::StringRef Name, llvm::StringRef SearchFrom);

/// Merges a model file's entry for a rule into \p Into as modelsFor does: arrays are appended
/// to, objects merged, later scalars win; an array entry redefining a family (same family, api
/// or service) must say "replaces": true. Errors name \p Where.
llvm::Error mergeModels(nlohmann::json &Into, const nlohmann::json &Extra,
                        const std::string &Where);

} // namespace distlint

#endif
