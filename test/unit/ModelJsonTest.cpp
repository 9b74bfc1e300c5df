// checks/utils/ModelJson: the pieces every model parser shares.
#include "utils/ModelJson.h"

#include <gtest/gtest.h>

using namespace clang::tidy::distsys;

namespace {

TEST(ModelJson, StringListsAndAbsentFields) {
  auto Obj = nlohmann::json::parse(R"({"names": ["a", "b"]})");
  EXPECT_EQ((std::vector<std::string>{"a", "b"}), stringList(Obj, "names"));
  EXPECT_TRUE(stringList(Obj, "missing").empty());
}

TEST(ModelJson, RegexesCompileOrNameTheField) {
  auto Empty = compileRegex("", "models.x");
  ASSERT_TRUE(static_cast<bool>(Empty));
  EXPECT_EQ(nullptr, *Empty);
  auto Good = compileRegex("^Get[A-Z]", "models.x", /*IgnoreCase=*/true);
  ASSERT_TRUE(static_cast<bool>(Good));
  EXPECT_TRUE((*Good)->match("getObject"));
  auto Bad = compileRegex("(unclosed", "models.handlers[0].pattern");
  ASSERT_FALSE(static_cast<bool>(Bad));
  EXPECT_NE(
      std::string::npos,
      llvm::toString(Bad.takeError()).find("'models.handlers[0].pattern' is not a valid regex"));
}

TEST(ModelJson, BackReferencesAreRefusedEscapedBackslashesAreNot) {
  EXPECT_FALSE(regexProblem("^Get[A-Z]\\.x$"));
  EXPECT_FALSE(regexProblem("a\\\\1")); // an escaped backslash, then the digit 1
  auto Problem = regexProblem("^(a*)\\1b$");
  ASSERT_TRUE(Problem);
  EXPECT_NE(std::string::npos, Problem->find("back-references such as '\\1'"));
  auto Bad = compileRegex("(x)\\1", "models.pattern");
  ASSERT_FALSE(static_cast<bool>(Bad));
  EXPECT_NE(std::string::npos, llvm::toString(Bad.takeError()).find("'models.pattern'"));
}

TEST(ModelJson, DeepNestingIsRefusedBeforeParsing) {
  std::string Deep = std::string(MaxJsonDepth + 1, '[') + std::string(MaxJsonDepth + 1, ']');
  auto TooDeep = parseBoundedJson(Deep, "input");
  ASSERT_FALSE(static_cast<bool>(TooDeep));
  EXPECT_NE(std::string::npos, llvm::toString(TooDeep.takeError()).find("deeper than 128"));
  std::string Fits = std::string(MaxJsonDepth, '[') + std::string(MaxJsonDepth, ']');
  EXPECT_TRUE(static_cast<bool>(parseBoundedJson(Fits, "input")));
  // Brackets inside strings do not count.
  EXPECT_TRUE(static_cast<bool>(parseBoundedJson("{\"k\": \"" + Deep + "\\\"\"}", "input")));
  auto NotJson = parseBoundedJson("{", "input");
  ASSERT_FALSE(static_cast<bool>(NotJson));
  EXPECT_EQ("input is not valid JSON", llvm::toString(NotJson.takeError()));
}

} // namespace
