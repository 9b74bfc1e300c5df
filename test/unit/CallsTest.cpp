// checks/utils/Calls and MessageTemplates: calls and constructions read alike; templates filled.
#include "utils/Calls.h"
#include "AstTestHelpers.h"
#include "utils/MessageTemplates.h"

using namespace clang;
using namespace clang::tidy::distsys;
using distlint::testing::initOf;
using distlint::testing::parse;

namespace {

const char *const Code = R"cc(
  struct Stream { Stream(const char *Path, int Mode); };
  int open(const char *Path, int Flags);
  int fd = open("/tmp/x", 1);
  Stream s("/tmp/y", 2);
  int plain = 3;
)cc";

TEST(Calls, CallsAndConstructionsAlike) {
  auto AST = parse(Code);
  ASSERT_TRUE(AST);
  const Expr *Call = initOf(*AST, "fd");
  const Expr *Construct = initOf(*AST, "s");
  ASSERT_TRUE(Call && Construct);
  EXPECT_EQ("open", calleeOf(Call)->getName());
  EXPECT_TRUE(isa<CXXConstructorDecl>(calleeOf(Construct)));
  EXPECT_EQ(2u, callArguments(Call).size());
  EXPECT_EQ(2u, callArguments(Construct).size());
  EXPECT_NE(nullptr, argumentAt(Construct, 1));
  EXPECT_EQ(nullptr, argumentAt(Construct, 2));
  EXPECT_EQ(nullptr, argumentAt(Call, -1));
  const Expr *Literal = initOf(*AST, "plain");
  EXPECT_EQ(nullptr, calleeOf(Literal));
  EXPECT_TRUE(callArguments(Literal).empty());
  EXPECT_EQ(nullptr, calleeOf(nullptr));
}

TEST(MessageTemplates, ReplacesEveryPlaceholderOnce) {
  EXPECT_EQ("'Create' after 'Check'",
            substitute(substitute("'{c}' after '{k}'", "{c}", "Create"), "{k}", "Check"));
  EXPECT_EQ("a-a-a", substitute("{x}-{x}-{x}", "{x}", "a"));
  EXPECT_EQ("{x}{x}", substitute("{x}", "{x}", "{x}{x}")); // a value holding the key: no loop
  EXPECT_EQ("same", substitute("same", "", "value"));
}

} // namespace
