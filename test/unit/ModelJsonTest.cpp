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

} // namespace
