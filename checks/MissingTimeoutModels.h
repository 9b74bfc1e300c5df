//===--- MissingTimeoutModels.h - API models of distsys-missing-timeout ---===//
//
// Typed view of the "models" section of rules/distsys-missing-timeout.json (plus user model
// files). The check holds logic only; which functions block and which set timeouts is data.
//
//===----------------------------------------------------------------------===//
#ifndef DISTLINT_CHECKS_MISSINGTIMEOUTMODELS_H
#define DISTLINT_CHECKS_MISSINGTIMEOUTMODELS_H

#include "clang/AST/Decl.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/Regex.h"
#include <nlohmann/json.hpp>
#include <memory>
#include <string>
#include <vector>

namespace clang::tidy::distsys {

/// A call that bounds the handle's waiting: a free function taking the handle (optionally only
/// with certain option constants) or a method called on it.
struct TimeoutSetter {
  std::string Function;
  std::string Method;
  int HandleArg = 0;
  int OptionArg = -1;
  std::vector<std::string> Options;
};

/// A call that blocks on the handle: a named function, or any method of classes whose qualified
/// name matches a pattern (generated gRPC stubs). HandleArg -1 means "whichever argument is it".
struct HandleOperation {
  std::string Function;
  std::string ClassPattern; // matched against "::"-prefixed qualified class names
  std::shared_ptr<llvm::Regex> MethodOfClass;
  int HandleArg = -1;
};

/// A family of handles: how they are created, which calls block on them, what bounds them.
struct HandleModel {
  std::string Api;
  std::vector<std::string> Creators; // handle = local variable initialised from one of these
  std::string HandleType;            // or: a local object of this class
  std::vector<HandleOperation> Operations; // empty: report at the creator instead
  std::vector<TimeoutSetter> TimeoutSetters;
  std::shared_ptr<llvm::Regex> LibraryFunctions; // calls that neither configure nor leak it
  std::string Message;      // {handle}, {callee} are replaced
  std::string FixNote;      // note carrying the suggested statement
  std::string FixStatement; // {handle} is replaced; inserted before the reported statement
};

struct TimeoutModels {
  std::vector<HandleModel> Handles;

  static llvm::Expected<std::shared_ptr<const TimeoutModels>> parse(const nlohmann::json &Models);
};

/// Whether \p D's qualified name is \p Pattern or ends in "::" + \p Pattern (hasName semantics).
bool nameMatches(const NamedDecl &D, llvm::StringRef Pattern);

} // namespace clang::tidy::distsys

#endif
