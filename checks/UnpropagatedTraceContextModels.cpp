//===--- UnpropagatedTraceContextModels.cpp -------------------------------===//
#include "UnpropagatedTraceContextModels.h"
#include "llvm/ADT/StringExtras.h"

namespace clang::tidy::distsys {
using nlohmann::json;

namespace {

llvm::Error modelError(const std::string &What) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(), "%s", What.c_str());
}

std::vector<std::string> strings(const json &Obj, const char *Field) {
  std::vector<std::string> Out;
  for (const json &V : Obj.value(Field, json::array()))
    Out.push_back(V.get<std::string>());
  return Out;
}

llvm::Expected<std::shared_ptr<llvm::Regex>> regex(const json &Obj, const char *Field) {
  std::string Pattern = Obj.value(Field, std::string());
  if (Pattern.empty())
    return nullptr;
  auto R = std::make_shared<llvm::Regex>(Pattern);
  std::string Error;
  if (!R->isValid(Error))
    return modelError(std::string("'") + Field + "' is not a valid regex: " + Error);
  return R;
}

llvm::Expected<OutgoingCallModel> parseCall(const json &C) {
  OutgoingCallModel M;
  M.Api = C.value("api", std::string("unnamed"));
  M.Function = C.value("function", std::string());
  auto Class = regex(C, "methodOfClass");
  if (!Class)
    return Class.takeError();
  M.MethodOfClass = *Class;
  if (M.Function.empty() == !M.MethodOfClass)
    return modelError("outgoing call '" + M.Api + "' needs one of function, methodOfClass");
  M.Methods = strings(C, "methods");
  M.FirstParamType = C.value("firstParamType", std::string());
  for (const json &I : C.value("carrierArgs", json::array()))
    M.CarrierArgs.push_back(I.get<int>());
  M.CarrierObject = C.value("carrierObject", false);
  M.CarrierTypes = strings(C, "carrierTypes");
  M.RequireCarrierType = C.value("requireCarrierType", false);
  M.Message = C.value("message", std::string());
  if (M.Message.empty())
    return modelError("outgoing call '" + M.Api + "' has no message");
  return M;
}

} // namespace

llvm::Expected<std::shared_ptr<const TraceModels>> TraceModels::parse(const json &Models) {
  auto Result = std::make_shared<TraceModels>();
  try {
    Result->HandlerAnnotation = Models.value("handlerAnnotation", std::string());
    for (std::string &Name : strings(Models, "headerNames"))
      Result->HeaderNames.push_back(llvm::StringRef(Name).lower());
    for (const json &H : Models.value("handlers", json::array())) {
      HandlerModel M;
      M.Api = H.value("api", std::string("unnamed"));
      M.ContextParam = H.value("contextParam", std::string());
      if (M.ContextParam.empty())
        return modelError("handler model '" + M.Api + "' has no contextParam");
      M.AlsoParam = H.value("alsoParam", std::string());
      M.OrReturns = H.value("orReturns", std::string());
      M.RequireOverride = H.value("requireOverride", false);
      Result->Handlers.push_back(std::move(M));
    }
    Result->ContextParams = strings(Models, "contextParams");
    auto Names = regex(Models, "contextParamNames");
    if (!Names)
      return Names.takeError();
    Result->ContextParamNames = *Names;
    Result->CarrierBases = strings(Models, "carrierBases");
    Result->PropagationFunctions = strings(Models, "propagationFunctions");
    const json Spans = Models.value("spans", json::object());
    Result->Spans.StartSpan = Spans.value("startSpan", std::string());
    Result->Spans.OptionsType = Spans.value("optionsType", std::string());
    Result->Spans.ParentField = Spans.value("parentField", std::string());
    Result->Spans.Extractors = strings(Spans, "extractors");
    Result->Spans.Attachers = strings(Spans, "attachers");
    Result->Spans.Message = Spans.value("message", std::string());
    const json Threads = Models.value("threads", json::object());
    Result->Threads.Spawners = strings(Threads, "spawners");
    Result->Threads.CurrentContextReaders = strings(Threads, "currentContextReaders");
    Result->Threads.Attachers = strings(Threads, "attachers");
    Result->Threads.Message = Threads.value("message", std::string());
    for (const json &C : Models.value("outgoingCalls", json::array())) {
      auto Call = parseCall(C);
      if (!Call)
        return Call.takeError();
      Result->OutgoingCalls.push_back(std::move(*Call));
    }
  } catch (const json::exception &E) {
    return modelError(std::string("malformed model: ") + E.what());
  }
  return Result;
}

} // namespace clang::tidy::distsys
