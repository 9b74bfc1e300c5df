//===--- ModelJson.h - reading API models out of rules/ JSON --------------===//
//
// The pieces every check's model parser needs, so each parser only states its own shape.
//
//===----------------------------------------------------------------------===//
#ifndef DISTLINT_CHECKS_MODELJSON_H
#define DISTLINT_CHECKS_MODELJSON_H

#include "llvm/Support/Error.h"
#include "llvm/Support/Regex.h"
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace clang::tidy::distsys {

/// An error in a model, reported as a configuration error naming \p What.
llvm::Error modelError(const std::string &What);

/// How deeply arrays and objects may nest in a JSON input distlint reads (model files, SARIF
/// baselines): deeper ones are rejected before parsing, since copying, merging and printing a
/// JSON value recurse once per level.
constexpr unsigned MaxJsonDepth = 128;

/// \p Text parsed as JSON; an error naming \p What when it is not JSON or nests deeper than
/// MaxJsonDepth.
llvm::Expected<nlohmann::json> parseBoundedJson(llvm::StringRef Text, llvm::StringRef What);

/// The strings of the array \p Field of \p Obj; none when the field is absent.
std::vector<std::string> stringList(const nlohmann::json &Obj, const char *Field);

/// Why \p Pattern cannot serve as a regex, or nullopt when it can: invalid syntax, or a
/// back-reference (\1 to \9), with which llvm::Regex backtracks and a pattern from a pull
/// request could take minutes on one name.
std::optional<std::string> regexProblem(llvm::StringRef Pattern);

/// \p Pattern compiled, or nullptr when it is empty; an invalid pattern is an error naming
/// \p Where.
llvm::Expected<std::shared_ptr<llvm::Regex>>
compileRegex(const std::string &Pattern, const std::string &Where, bool IgnoreCase = false);

} // namespace clang::tidy::distsys

#endif
