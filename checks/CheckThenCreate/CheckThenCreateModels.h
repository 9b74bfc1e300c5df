//===--- CheckThenCreateModels.h - API models of distsys-check-then-create ===//
//
// Typed view of the "models" section of rules/distsys-check-then-create.json (plus user model
// files): which calls check that a resource exists, which create it, how to tell the resource a
// call names, and what makes a create atomic-if-absent. The check holds logic only.
//
//===----------------------------------------------------------------------===//
#ifndef DISTLINT_CHECKS_CHECKTHENCREATEMODELS_H
#define DISTLINT_CHECKS_CHECKTHENCREATEMODELS_H

#include "llvm/Support/Error.h"
#include "llvm/Support/Regex.h"
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace clang::tidy::distsys {

/// How a check's result reads: whether the resource exists when the result is non-zero (true,
/// a non-null pointer), when it is zero (access, stat, zoo_exists: 0 on success), or when the
/// outcome object it returns says so through SuccessMethod (the AWS SDK's IsSuccess()).
struct ResultSense {
  enum class Kind { Unknown, NonZero, Zero, Success } How = Kind::Unknown;
  std::string SuccessMethod;
};

/// A function, method or constructor that checks or creates a resource ("calls" families).
struct ResourceCall {
  std::string Function; // free function, "::"-qualified or plain (then global, extern "C" or std)
  std::string Method;   // qualified method name, Class::method
  std::string Constructor; // qualified class name
  std::vector<int> KeyArgs; // the arguments naming the resource (a hash's key and field)
  int RequestArg = -1;     // or: a request object whose key setters name it
  std::vector<std::string> KeySetters;
  // Checks only: what the result says when the resource exists.
  ResultSense Found;
  // Creates only.
  int FlagsArg = -1;
  std::vector<std::string> RequiredFlags, AtomicFlags;
  std::string FixAddFlag;
  int ModeArg = -1;
  std::string CreateModes, AtomicModeChars, FixModeChar, FixModes;
  std::vector<std::string> AtomicSetters;
  bool OwnershipOnly = false; // a create that is harmless unless the branch goes on to use it
  std::string Resource, Safe;
  /// When the request's class has no method SafeNeeds (an SDK older than the API Safe advises:
  /// S3's SetIfNoneMatch), the advice is SafeOtherwise.
  std::string SafeNeeds, SafeOtherwise;
};

/// A function that sends a Redis command (format string or argv array) or runs an SQL statement.
struct CommandFunction {
  std::string Function, Method;
  int FormatArg = -1; // printf-like command (Redis) or SQL text
  int ArgvArg = -1;   // argv array of a Redis command
};

struct RedisCommand {
  std::string Command;
  unsigned KeyTokens = 1;   // tokens after the command that name the resource
  unsigned OptionsFrom = 0; // first token index holding options (0: no options)
  std::vector<std::string> AtomicTokens;
  bool ReadModifyWrite = false;
  /// A check that reads the value (GET): it only counts when the create writes a value computed
  /// from what it read. Filling a missing key with an independent value (cache-aside) is benign.
  bool ReadsValue = false;
  std::string Resource, Safe;
};

/// Service clients whose operations follow a naming convention (the AWS SDK for C++: every
/// Aws::<Svc>::<Svc>Client): <check verb><Noun> probes for the resource that <create verb><Noun>
/// creates, both naming it through the request's identifier setters.
struct NamingConvention {
  std::string ClientNamespace; // Aws
  std::string ClientSuffix;    // the class is <namespace below ClientNamespace> + ClientSuffix
  std::vector<std::string> CheckVerbs, CreateVerbs;
  /// Check verbs whose noun is plural (DescribeDBClusters, ListRoles).
  std::vector<std::string> PluralCheckVerbs;
  std::vector<std::string> SetterPrefixes; // Set, With
  /// A setter names the resource when it is <prefix><Noun><suffix> or <prefix><bare identifier>.
  std::vector<std::string> IdentifierSuffixes, BareIdentifiers;
  std::vector<std::string> AtomicSetters; // client or idempotency tokens, conditional writes
  ResultSense Found;                      // of the checks
  std::string Safe;                       // {create} is the create's name
};

struct ResourceFamily {
  std::string Name;
  enum class Kind { Calls, Redis, Sql, Convention } FamilyKind = Kind::Calls;
  std::vector<std::string> ExistsCodes; // naming one after the create means it is handled
  /// Or any identifier matching this (case-insensitive) after the create.
  std::shared_ptr<llvm::Regex> ExistsPattern;
  NamingConvention Convention; // Convention families
  // Calls.
  std::vector<ResourceCall> Checks, Creates;
  // Redis and SQL.
  std::vector<CommandFunction> CommandFunctions;
  std::vector<RedisCommand> CheckCommands, CreateCommands;
  std::vector<std::string> TransactionCommands;
  std::shared_ptr<llvm::Regex> CheckQuery, CreateQuery;
  std::vector<std::shared_ptr<llvm::Regex>> AtomicQueries, LockQueries;
  std::string CheckName, CreateName, Safe;
  /// SQL: functions whose arguments receive the result of the statement their full expression
  /// runs (SOCI's into()), and methods that say whether the last statement found a row
  /// (SOCI's session::got_data()).
  std::vector<std::string> ResultBindings, LastResultMethods;
  /// What the family creates (SQL: a row); for "calls" families, the word for a create made by a
  /// wrapper defined elsewhere (default: the first create's).
  std::string Resource;
};

struct CheckThenCreateModels {
  std::string Message, ReadModifyWriteMessage, CheckNote;
  /// The advice for a create made by a project function ({create}), and the note at the
  /// modelled create in its body.
  std::string WrapperSafe, CreateNote;
  std::vector<ResourceFamily> Families;

  static llvm::Expected<std::shared_ptr<const CheckThenCreateModels>>
  parse(const nlohmann::json &Models);
};

} // namespace clang::tidy::distsys

#endif
