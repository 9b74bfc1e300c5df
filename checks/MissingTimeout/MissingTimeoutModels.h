//===--- MissingTimeoutModels.h - API models of distsys-missing-timeout ---===//
//
// Typed view of the "models" section of rules/distsys-missing-timeout.json (plus user model
// files). The check holds logic only; which functions block and which set timeouts is data.
//
//===----------------------------------------------------------------------===//
#ifndef DISTLINT_CHECKS_MISSINGTIMEOUTMODELS_H
#define DISTLINT_CHECKS_MISSINGTIMEOUTMODELS_H

#include "utils/ApiNames.h"
#include "clang/AST/Decl.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/Regex.h"
#include <nlohmann/json.hpp>
#include <memory>
#include <string>
#include <vector>

namespace clang::tidy::distsys {

/// A call that bounds the handle's waiting: a free function taking the handle (optionally only
/// with certain option constants) or a method called on it (optionally only with an argument of
/// one of certain classes: cpr's `SetOption(cpr::Timeout)`, not its other overloads).
struct TimeoutSetter {
  std::string Function;
  std::string Method;
  int HandleArg = 0;
  int OptionArg = -1;
  std::vector<std::string> Options;
  std::vector<std::string> ArgTypes;
  /// An argument constructed from one of these sets no timeout (cpr's SetTimeout(0)).
  std::vector<int64_t> UnboundedValues;
};

/// A call that blocks on the handle: a named function, or any method of classes whose qualified
/// name matches a pattern (generated gRPC stubs). HandleArg -1 means "whichever argument is it".
struct HandleOperation {
  static constexpr int ObjectArg = -2; // "handleArg": "object": the handle is the call's object
  std::string Function;
  std::string ClassPattern; // matched against "::"-prefixed qualified class names
  std::shared_ptr<llvm::Regex> MethodOfClass;
  std::shared_ptr<llvm::Regex> MethodName; // optional: only these methods of the class
  int HandleArg = -1;
};

/// A handle configured through a constructor argument (cpprestsdk's http_client_config): the
/// handle counts as configured when that argument is a local on which one of \p Setters is called,
/// or an object we cannot see into.
struct ConstructorConfig {
  int Arg = -1;
  std::vector<std::string> Setters;
};

/// A family of handles: how they are created, which calls block on them, what bounds them.
struct HandleModel {
  std::string Api;
  std::vector<std::string> Creators; // handle = local variable initialised from one of these
  std::string HandleType;            // or: a local object of this class
  std::vector<HandleOperation> Operations; // empty: report at the creator instead
  std::vector<TimeoutSetter> TimeoutSetters;
  ConstructorConfig ByConstructor;
  bool LibraryDefault = false; // from "libraryDefaults": the library's default timeout is finite
  std::shared_ptr<llvm::Regex> LibraryFunctions; // calls that neither configure nor leak it
  std::string Message;      // {handle}, {callee} are replaced
  std::string FixNote;      // note carrying the suggested statement
  std::string FixStatement; // {handle} is replaced; inserted before the reported statement
};

/// A literal connection string without the keyword that bounds connecting (libpq's
/// connect_timeout), passed to a function or a constructor.
struct ConnectionStringModel {
  std::string Api;
  std::vector<std::string> Functions;    // qualified names
  std::vector<std::string> ConstructorsOf; // or: constructors of these classes
  int Arg = 0;
  std::string Keyword;                    // its presence anywhere in the string bounds it
  std::vector<std::string> UriSchemes;    // "postgresql://": fix with ?keyword=… / &keyword=…
  std::string FixValue;                   // "10"
  /// Only for one backend of a multi-database library (SOCI): the argument naming it, by a string
  /// or a factory variable, and the values that name this one; or a prefix of the string that does
  /// (`postgresql://`, not part of what the backend's driver reads).
  int BackendArg = -1;
  std::vector<std::string> Backends, BackendPrefixes;
  /// Or: the argument is a local options object of this type, bounded once the function assigns
  /// its member Keyword (redis-plus-plus's `opts.socket_timeout = ...`).
  std::string OptionsType;
  std::string Message; // {callee}; for options objects also {options}
};

/// Calls whose timeout argument has a value that means "wait forever" (librdkafka's -1), also
/// when it is left to a default that does (Drogon's `sendRequest(req, timeout = 0)`).
struct InfiniteArgumentModel {
  std::string Api;
  std::vector<std::string> Functions; // qualified names; methods match their overriders too
  std::string Param;                  // the timeout parameter, by name
  int Arg = -1;                       // or by index
  std::vector<double> InfiniteValues;
  std::string Message;        // {callee}, {value}
  std::string DefaultMessage; // the argument is not written: {callee}, {value}
  std::string FixNote;
  std::string FixArgument; // appended to the call's arguments when the default is used
};

/// Configuration fields whose value means "wait forever" (the AWS SDK's requestTimeoutMs = 0 turns
/// off its stalled-transfer timeout): an assignment of such a value, unless the same function
/// also gives one of \p BoundedBy on the same object a value that bounds it.
struct InfiniteFieldModel {
  std::string Api;
  std::vector<std::string> Fields; // qualified names: Class::field
  std::vector<double> InfiniteValues;
  std::vector<std::string> BoundedBy; // fields of the same class
  std::string Message;                // {target} (as written), {field}, {object}, {value}
};

/// Calls configured by the types of their arguments (cpr's `cpr::Get(url, cpr::Timeout{...})`):
/// unbounded unless one argument is of a bounding class, constructed from other than a value
/// that means "no timeout" (cpr::Timeout{0}).
struct OptionArgumentModel {
  std::string Api;
  std::vector<std::string> Functions;     // qualified names
  std::vector<std::string> BoundingTypes; // exactly these classes, not classes derived from them
  std::vector<int64_t> UnboundedValues;
  std::string Message;          // {callee}
  std::string UnboundedMessage; // {callee}, {value}
  std::string FixNote;
  std::string FixArgument; // appended to the call's arguments
};

/// Calls that block with no way to bound them, on an object of certain types: synchronous socket
/// I/O, std::future::get. "boundedBy" methods called on the same object earlier in the function
/// (future.wait_for, socket.non_blocking) make them fine.
struct UnboundedOperationModel {
  std::string Api;
  std::vector<std::string> Functions; // free functions whose argument ObjectArg is the object
  int ObjectArg = 0;
  std::vector<std::string> Methods;   // or: methods called on the object
  std::vector<std::string> ObjectTypes;
  std::vector<std::string> BoundedBy;
  bool OptIn = false; // from "unboundedWaits": reported only with FlagUnboundedWaits
  std::string Message; // {callee}, {object}
};

/// Streams whose asynchronous operations time out only after an expiry was set on them
/// (boost::beast::basic_stream), possibly reached through wrappers (ssl_stream).
struct ExpiringStreamModel {
  std::string Api;
  std::vector<std::string> StreamTypes;
  std::vector<std::string> WrapperTypes;    // first template argument is the wrapped stream
  std::vector<std::string> Functions;       // free functions taking the stream as argument 0
  std::vector<std::string> Methods;         // member operations of the stream or its wrapper
  std::vector<std::string> ExpirySetters;   // methods of the stream that arm the timer
  std::vector<std::string> LayerAccessors;  // get_lowest_layer(s), s.next_layer()
  std::string Message;                      // {callee}, {stream}
  std::string FixNote;
  std::string FixStatement;        // {stream}
  std::string WrappedFixStatement; // {stream}, for a wrapper
};

struct TimeoutModels {
  std::vector<HandleModel> Handles; // "handles" then "libraryDefaults"
  std::vector<ConnectionStringModel> ConnectionStrings;
  std::vector<InfiniteArgumentModel> InfiniteArguments;
  std::vector<InfiniteFieldModel> InfiniteFields;
  std::vector<OptionArgumentModel> OptionArguments;
  std::vector<UnboundedOperationModel> UnboundedOperations; // "unboundedOperations", "unboundedWaits"
  std::vector<ExpiringStreamModel> ExpiringStreams;

  static llvm::Expected<std::shared_ptr<const TimeoutModels>> parse(const nlohmann::json &Models);
};

} // namespace clang::tidy::distsys

#endif
