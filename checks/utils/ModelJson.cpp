//===--- ModelJson.cpp ----------------------------------------------------===//
#include "ModelJson.h"

namespace clang::tidy::distsys {

llvm::Error modelError(const std::string &What) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(), "%s", What.c_str());
}

std::vector<std::string> stringList(const nlohmann::json &Obj, const char *Field) {
  std::vector<std::string> Out;
  for (const nlohmann::json &V : Obj.value(Field, nlohmann::json::array()))
    Out.push_back(V.get<std::string>());
  return Out;
}

llvm::Expected<std::shared_ptr<llvm::Regex>>
compileRegex(const std::string &Pattern, const std::string &Where, bool IgnoreCase) {
  if (Pattern.empty())
    return nullptr;
  auto R = std::make_shared<llvm::Regex>(Pattern, IgnoreCase ? llvm::Regex::IgnoreCase
                                                             : llvm::Regex::NoFlags);
  std::string Error;
  if (!R->isValid(Error))
    return modelError("'" + Where + "' is not a valid regex: " + Error);
  return R;
}

} // namespace clang::tidy::distsys
