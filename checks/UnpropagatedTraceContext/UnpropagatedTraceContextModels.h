//===--- UnpropagatedTraceContextModels.h - models of distsys-unpropagated-trace-context -===//
//
// Typed view of the "models" section of rules/distsys-unpropagated-trace-context.json (plus user
// model files): which functions handle incoming requests, which calls leave the process, and
// what carries or injects trace context. The check holds logic only.
//
//===----------------------------------------------------------------------===//
#ifndef DISTLINT_CHECKS_UNPROPAGATEDTRACECONTEXTMODELS_H
#define DISTLINT_CHECKS_UNPROPAGATEDTRACECONTEXTMODELS_H

#include "llvm/Support/Error.h"
#include "llvm/Support/Regex.h"
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace clang::tidy::distsys {

/// A request handler signature: a function with a parameter of class ContextParam (through
/// pointers, references and cv), optionally also one of AlsoParam, optionally only when it
/// overrides a virtual (generated gRPC service bases).
struct HandlerModel {
  std::string Api;
  std::string ContextParam;
  std::string AlsoParam;
  std::string OrReturns; // instead of AlsoParam: returns this type
  bool RequireOverride = false;
};

/// A call that sends a request out of the process, and which of its operands carry the request's
/// headers or metadata.
struct OutgoingCallModel {
  std::string Api;
  std::string Function;                       // a free function, or:
  std::shared_ptr<llvm::Regex> MethodOfClass; // methods of classes matching ("::"-prefixed)
  std::vector<std::string> Methods;           // only these method names (empty: all)
  std::string FirstParamType;                 // only methods whose first parameter is this class
  std::vector<int> CarrierArgs;               // argument indices that carry context
  bool CarrierObject = false;                 // the object the method is called on carries it
  std::vector<std::string> CarrierTypes;      // any argument of these classes carries it
  bool RequireCarrierType = false;            // only calls with an argument of CarrierTypes
  std::string Message;                        // {call}, {handler} are replaced
};

/// Spans started in a handler that extracted the incoming context but left it unused.
struct SpanModel {
  std::string StartSpan;   // the method that starts a span
  std::string OptionsType; // its options parameter type
  std::string ParentField; // the options field that sets the parent
  std::vector<std::string> Extractors;
  std::vector<std::string> Attachers;
  std::string Message; // {call}, {handler} are replaced
};

/// Work handed to a new thread, which starts with an empty current context.
struct ThreadModel {
  std::vector<std::string> Spawners; // classes constructed or functions called with the work
  std::vector<std::string> CurrentContextReaders;
  std::vector<std::string> Attachers;
  std::string Message; // {call}, {spawner}, {handler} are replaced
};

struct TraceModels {
  /// The finding at a handler's call to a function defined elsewhere that calls out without
  /// context ({handler}, {helper}).
  std::string HelperMessage;
  std::string HandlerAnnotation;
  std::vector<std::string> HeaderNames; // lowercase
  std::vector<HandlerModel> Handlers;
  std::vector<std::string> ContextParams;
  std::shared_ptr<llvm::Regex> ContextParamNames;
  std::vector<std::string> CarrierBases;
  std::vector<std::string> PropagationFunctions;
  std::vector<OutgoingCallModel> OutgoingCalls;
  SpanModel Spans;
  ThreadModel Threads;

  static llvm::Expected<std::shared_ptr<const TraceModels>> parse(const nlohmann::json &Models);
};

} // namespace clang::tidy::distsys

#endif
