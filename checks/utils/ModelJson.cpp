//===--- ModelJson.cpp ----------------------------------------------------===//
#include "ModelJson.h"

namespace clang::tidy::distsys {

llvm::Error modelError(const std::string &What) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(), "%s", What.c_str());
}

llvm::Expected<nlohmann::json> parseBoundedJson(llvm::StringRef Text, llvm::StringRef What) {
  unsigned Depth = 0;
  bool InString = false;
  for (size_t I = 0; I < Text.size(); ++I) {
    char C = Text[I];
    if (InString) {
      if (C == '\\')
        ++I;
      else if (C == '"')
        InString = false;
    } else if (C == '"') {
      InString = true;
    } else if (C == '[' || C == '{') {
      if (++Depth > MaxJsonDepth)
        return modelError(What.str() + " nests arrays and objects deeper than " +
                          std::to_string(MaxJsonDepth) + " levels");
    } else if ((C == ']' || C == '}') && Depth) {
      --Depth;
    }
  }
  auto Doc = nlohmann::json::parse(Text.begin(), Text.end(), nullptr, /*allow_exceptions=*/false);
  if (Doc.is_discarded())
    return modelError(What.str() + " is not valid JSON");
  return Doc;
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
