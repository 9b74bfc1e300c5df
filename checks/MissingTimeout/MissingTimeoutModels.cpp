//===--- MissingTimeoutModels.cpp -----------------------------------------===//
#include "MissingTimeoutModels.h"
#include "utils/ModelJson.h"

namespace clang::tidy::distsys {
using nlohmann::json;

namespace {

llvm::Expected<std::shared_ptr<llvm::Regex>> regex(const json &Obj, const char *Field) {
  return compileRegex(Obj.value(Field, std::string()), Field);
}

llvm::Expected<HandleModel> parseHandle(const json &H) {
  HandleModel M;
  M.Api = H.value("api", std::string("unnamed"));
  M.Creators = stringList(H, "creators");
  M.HandleType = H.value("handleType", std::string());
  if (M.Creators.empty() == M.HandleType.empty())
    return modelError("handle model '" + M.Api + "' needs exactly one of creators, handleType");
  for (const json &Op : H.value("operations", json::array())) {
    HandleOperation O;
    O.Function = Op.value("function", std::string());
    auto Class = regex(Op, "methodOfClass");
    if (!Class)
      return Class.takeError();
    O.MethodOfClass = *Class;
    O.ClassPattern = Op.value("methodOfClass", std::string());
    auto Method = regex(Op, "methodName");
    if (!Method)
      return Method.takeError();
    O.MethodName = *Method;
    if (auto Arg = Op.find("handleArg"); Arg != Op.end() && Arg->is_string()) {
      if (*Arg != "object")
        return modelError("operation of '" + M.Api + "': handleArg is an index or \"object\"");
      O.HandleArg = HandleOperation::ObjectArg;
    } else {
      O.HandleArg = Op.value("handleArg", -1);
    }
    if (O.Function.empty() == !O.MethodOfClass)
      return modelError("operation of '" + M.Api + "' needs one of function, methodOfClass");
    M.Operations.push_back(std::move(O));
  }
  for (const json &S : H.value("timeoutSetters", json::array())) {
    TimeoutSetter T;
    T.Function = S.value("function", std::string());
    T.Method = S.value("method", std::string());
    T.HandleArg = S.value("handleArg", 0);
    T.OptionArg = S.value("optionArg", -1);
    T.Options = stringList(S, "options");
    T.ArgTypes = stringList(S, "argTypes");
    T.UnboundedValues = S.value("unboundedValues", std::vector<int64_t>{});
    if (T.Function.empty() == T.Method.empty())
      return modelError("timeout setter of '" + M.Api + "' needs one of function, method");
    M.TimeoutSetters.push_back(std::move(T));
  }
  if (auto Ctor = H.find("constructorConfig"); Ctor != H.end()) {
    M.ByConstructor.Arg = Ctor->value("arg", -1);
    M.ByConstructor.Setters = stringList(*Ctor, "setters");
    if (M.ByConstructor.Arg < 0 || M.ByConstructor.Setters.empty())
      return modelError("constructorConfig of '" + M.Api + "' needs arg and setters");
  }
  if (M.TimeoutSetters.empty() && M.ByConstructor.Arg < 0)
    return modelError("handle model '" + M.Api + "' has no timeoutSetters");
  auto Library = regex(H, "libraryFunctions");
  if (!Library)
    return Library.takeError();
  M.LibraryFunctions = *Library;
  M.Message = H.value("message", std::string());
  if (M.Message.empty())
    return modelError("handle model '" + M.Api + "' has no message");
  M.FixNote = H.value("fixNote", std::string());
  M.FixStatement = H.value("fixStatement", std::string());
  return M;
}

llvm::Expected<ConnectionStringModel> parseConnectionString(const json &C) {
  ConnectionStringModel M;
  M.Api = C.value("api", std::string("unnamed"));
  M.Functions = stringList(C, "functions");
  M.ConstructorsOf = stringList(C, "constructorsOf");
  M.Arg = C.value("arg", 0);
  M.Keyword = C.value("keyword", std::string());
  M.UriSchemes = stringList(C, "uriSchemes");
  M.FixValue = C.value("fixValue", std::string());
  M.Message = C.value("message", std::string());
  M.BackendArg = C.value("backendArg", -1);
  M.Backends = stringList(C, "backends");
  M.BackendPrefixes = stringList(C, "backendPrefixes");
  M.OptionsType = C.value("optionsType", std::string());
  if ((M.BackendArg >= 0) != !M.Backends.empty())
    return modelError("connection string model '" + M.Api + "' needs backendArg with backends");
  if (M.Functions.empty() && M.ConstructorsOf.empty())
    return modelError("connection string model '" + M.Api + "' needs functions or constructorsOf");
  if (M.Keyword.empty() || M.Message.empty())
    return modelError("connection string model '" + M.Api + "' needs keyword and message");
  return M;
}

llvm::Expected<InfiniteArgumentModel> parseInfiniteArgument(const json &I) {
  InfiniteArgumentModel M;
  M.Api = I.value("api", std::string("unnamed"));
  M.Functions = stringList(I, "functions");
  M.Param = I.value("param", std::string());
  M.Arg = I.value("arg", -1);
  M.InfiniteValues = I.value("infiniteValues", std::vector<double>{});
  M.Message = I.value("message", std::string());
  M.DefaultMessage = I.value("defaultMessage", M.Message);
  M.FixNote = I.value("fixNote", std::string());
  M.FixArgument = I.value("fixArgument", std::string());
  if (M.Functions.empty() || (M.Param.empty() && M.Arg < 0) || M.InfiniteValues.empty() ||
      M.Message.empty())
    return modelError("infinite argument model '" + M.Api +
                      "' needs functions, param or arg, infiniteValues and message");
  return M;
}

llvm::Expected<InfiniteFieldModel> parseInfiniteField(const json &I) {
  InfiniteFieldModel M;
  M.Api = I.value("api", std::string("unnamed"));
  M.Fields = stringList(I, "fields");
  M.InfiniteValues = I.value("infiniteValues", std::vector<double>{});
  M.BoundedBy = stringList(I, "boundedBy");
  M.Message = I.value("message", std::string());
  if (M.Fields.empty() || M.InfiniteValues.empty() || M.Message.empty())
    return modelError("infinite field model '" + M.Api +
                      "' needs fields, infiniteValues and message");
  return M;
}

llvm::Expected<OptionArgumentModel> parseOptionArgument(const json &O) {
  OptionArgumentModel M;
  M.Api = O.value("api", std::string("unnamed"));
  M.Functions = stringList(O, "functions");
  M.BoundingTypes = stringList(O, "boundingTypes");
  M.UnboundedValues = O.value("unboundedValues", std::vector<int64_t>{});
  M.Message = O.value("message", std::string());
  M.UnboundedMessage = O.value("unboundedMessage", std::string());
  M.FixNote = O.value("fixNote", std::string());
  M.FixArgument = O.value("fixArgument", std::string());
  if (M.Functions.empty() || M.BoundingTypes.empty() || M.Message.empty() ||
      M.UnboundedValues.empty() != M.UnboundedMessage.empty())
    return modelError("option argument model '" + M.Api +
                      "' needs functions, boundingTypes and message (and unboundedMessage "
                      "with unboundedValues)");
  return M;
}

llvm::Expected<UnboundedOperationModel> parseUnbounded(const json &U, bool OptIn) {
  UnboundedOperationModel M;
  M.Api = U.value("api", std::string("unnamed"));
  M.Functions = stringList(U, "functions");
  M.ObjectArg = U.value("objectArg", 0);
  M.Methods = stringList(U, "methods");
  M.ObjectTypes = stringList(U, "objectTypes");
  M.BoundedBy = stringList(U, "boundedBy");
  M.OptIn = OptIn;
  M.Message = U.value("message", std::string());
  if (M.Functions.empty() == M.Methods.empty() || M.ObjectTypes.empty() || M.Message.empty())
    return modelError("unbounded operation model '" + M.Api +
                      "' needs one of functions, methods, plus objectTypes and message");
  return M;
}

llvm::Expected<ExpiringStreamModel> parseExpiringStream(const json &E) {
  ExpiringStreamModel M;
  M.Api = E.value("api", std::string("unnamed"));
  M.StreamTypes = stringList(E, "streamTypes");
  M.WrapperTypes = stringList(E, "wrapperTypes");
  M.Functions = stringList(E, "functions");
  M.Methods = stringList(E, "methods");
  M.ExpirySetters = stringList(E, "expirySetters");
  M.LayerAccessors = stringList(E, "layerAccessors");
  M.Message = E.value("message", std::string());
  M.FixNote = E.value("fixNote", std::string());
  M.FixStatement = E.value("fixStatement", std::string());
  M.WrappedFixStatement = E.value("wrappedFixStatement", std::string());
  if (M.StreamTypes.empty() || M.ExpirySetters.empty() || M.Message.empty() ||
      (M.Functions.empty() && M.Methods.empty()))
    return modelError("expiring stream model '" + M.Api +
                      "' needs streamTypes, functions or methods, expirySetters and message");
  return M;
}

template <typename T, typename ParseFn>
llvm::Error parseAll(const json &Models, const char *Section, std::vector<T> &Out,
                     ParseFn Parse) {
  for (const json &Item : Models.value(Section, json::array())) {
    auto Parsed = Parse(Item);
    if (!Parsed)
      return Parsed.takeError();
    Out.push_back(std::move(*Parsed));
  }
  return llvm::Error::success();
}

} // namespace

llvm::Expected<std::shared_ptr<const TimeoutModels>>
TimeoutModels::parse(const json &Models) {
  auto Result = std::make_shared<TimeoutModels>();
  try {
    if (auto E = parseAll(Models, "handles", Result->Handles, parseHandle))
      return std::move(E);
    auto Defaults = [](const json &H) -> llvm::Expected<HandleModel> {
      auto M = parseHandle(H);
      if (M)
        M->LibraryDefault = true;
      return M;
    };
    if (auto E = parseAll(Models, "libraryDefaults", Result->Handles, Defaults))
      return std::move(E);
    if (auto E = parseAll(Models, "connectionStrings", Result->ConnectionStrings,
                          parseConnectionString))
      return std::move(E);
    if (auto E = parseAll(Models, "infiniteArguments", Result->InfiniteArguments,
                          parseInfiniteArgument))
      return std::move(E);
    if (auto E = parseAll(Models, "infiniteFields", Result->InfiniteFields, parseInfiniteField))
      return std::move(E);
    if (auto E = parseAll(Models, "optionArguments", Result->OptionArguments, parseOptionArgument))
      return std::move(E);
    auto Always = [](const json &U) { return parseUnbounded(U, false); };
    auto OptIn = [](const json &U) { return parseUnbounded(U, true); };
    if (auto E = parseAll(Models, "unboundedOperations", Result->UnboundedOperations, Always))
      return std::move(E);
    if (auto E = parseAll(Models, "unboundedWaits", Result->UnboundedOperations, OptIn))
      return std::move(E);
    if (auto E = parseAll(Models, "expiringStreams", Result->ExpiringStreams,
                          parseExpiringStream))
      return std::move(E);
  } catch (const json::exception &E) {
    return modelError(std::string("malformed model: ") + E.what());
  }
  return Result;
}

} // namespace clang::tidy::distsys
