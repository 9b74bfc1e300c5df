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

std::optional<std::string> regexProblem(llvm::StringRef Pattern) {
  for (size_t I = 0; I + 1 < Pattern.size(); ++I)
    if (Pattern[I] == '\\') {
      if (Pattern[I + 1] >= '1' && Pattern[I + 1] <= '9')
        return "back-references such as '\\" + std::string(1, Pattern[I + 1]) +
               "' are not supported (matching could take exponential time)";
      ++I; // an escaped character
    }
  std::string Error;
  if (!llvm::Regex(Pattern).isValid(Error))
    return Error;
  return std::nullopt;
}

llvm::Expected<std::shared_ptr<llvm::Regex>>
compileRegex(const std::string &Pattern, const std::string &Where, bool IgnoreCase) {
  if (Pattern.empty())
    return nullptr;
  if (auto Problem = regexProblem(Pattern))
    return modelError("'" + Where + "' is not a valid regex: " + *Problem);
  return std::make_shared<llvm::Regex>(Pattern,
                                       IgnoreCase ? llvm::Regex::IgnoreCase : llvm::Regex::NoFlags);
}

} // namespace clang::tidy::distsys
