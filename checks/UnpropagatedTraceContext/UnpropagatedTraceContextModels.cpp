//===--- UnpropagatedTraceContextModels.cpp -------------------------------===//
#include "UnpropagatedTraceContextModels.h"
#include "utils/ModelJson.h"
#include "llvm/ADT/StringExtras.h"

namespace clang::tidy::distsys {
using nlohmann::json;

namespace {

llvm::Expected<std::shared_ptr<llvm::Regex>> regex(const json &Obj, const char *Field) {
  return compileRegex(Obj.value(Field, std::string()), Field);
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
  M.Methods = stringList(C, "methods");
  M.FirstParamType = C.value("firstParamType", std::string());
  for (const json &I : C.value("carrierArgs", json::array()))
    M.CarrierArgs.push_back(I.get<int>());
  M.CarrierObject = C.value("carrierObject", false);
  M.CarrierTypes = stringList(C, "carrierTypes");
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
    Result->HelperMessage = Models.value("helperMessage", std::string());
    Result->HandlerAnnotation = Models.value("handlerAnnotation", std::string());
    for (std::string &Name : stringList(Models, "headerNames"))
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
    Result->ContextParams = stringList(Models, "contextParams");
    auto Names = regex(Models, "contextParamNames");
    if (!Names)
      return Names.takeError();
    Result->ContextParamNames = *Names;
    Result->CarrierBases = stringList(Models, "carrierBases");
    Result->PropagationFunctions = stringList(Models, "propagationFunctions");
    const json Spans = Models.value("spans", json::object());
    Result->Spans.StartSpan = Spans.value("startSpan", std::string());
    Result->Spans.OptionsType = Spans.value("optionsType", std::string());
    Result->Spans.ParentField = Spans.value("parentField", std::string());
    Result->Spans.Extractors = stringList(Spans, "extractors");
    Result->Spans.Attachers = stringList(Spans, "attachers");
    Result->Spans.Message = Spans.value("message", std::string());
    const json Threads = Models.value("threads", json::object());
    Result->Threads.Spawners = stringList(Threads, "spawners");
    Result->Threads.CurrentContextReaders = stringList(Threads, "currentContextReaders");
    Result->Threads.Attachers = stringList(Threads, "attachers");
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
  if (!Result->OutgoingCalls.empty() && Result->HelperMessage.empty())
    return modelError("models need a 'helperMessage'");
  return Result;
}

} // namespace clang::tidy::distsys
