//===--- MissingTimeoutModels.cpp -----------------------------------------===//
#include "MissingTimeoutModels.h"

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

llvm::Expected<HandleModel> parseHandle(const json &H) {
  HandleModel M;
  M.Api = H.value("api", std::string("unnamed"));
  M.Creators = strings(H, "creators");
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
    O.HandleArg = Op.value("handleArg", -1);
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
    T.Options = strings(S, "options");
    if (T.Function.empty() == T.Method.empty())
      return modelError("timeout setter of '" + M.Api + "' needs one of function, method");
    M.TimeoutSetters.push_back(std::move(T));
  }
  if (M.TimeoutSetters.empty())
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

} // namespace

llvm::Expected<std::shared_ptr<const TimeoutModels>>
TimeoutModels::parse(const json &Models) {
  auto Result = std::make_shared<TimeoutModels>();
  try {
    for (const json &H : Models.value("handles", json::array())) {
      auto Handle = parseHandle(H);
      if (!Handle)
        return Handle.takeError();
      Result->Handles.push_back(std::move(*Handle));
    }
  } catch (const json::exception &E) {
    return modelError(std::string("malformed model: ") + E.what());
  }
  return Result;
}

bool nameMatches(const NamedDecl &D, llvm::StringRef Pattern) {
  Pattern.consume_front("::");
  std::string Qualified = D.getQualifiedNameAsString();
  llvm::StringRef Name(Qualified);
  return Name == Pattern ||
         (Name.ends_with(Pattern) && Name.drop_back(Pattern.size()).ends_with("::"));
}

} // namespace clang::tidy::distsys
