// checks/utils/ValueWrappers: each kind of wrapper is looked through only when asked for.
#include "utils/ValueWrappers.h"
#include "AstTestHelpers.h"

#include "clang/AST/ExprCXX.h"

using namespace clang;
using namespace clang::tidy::distsys;
using distlint::testing::initOf;
using distlint::testing::parse;

namespace {

const char *const Prelude = R"cc(
  struct String {
    String(const char *S, int Flags = 0);
    String(const String &);
    const char *c_str() const;
    const char *data() const;
    operator const char *() const;
  };
  namespace std {
  typedef decltype(sizeof(0)) size_t;
  template <class E> class initializer_list {
    const E *B; size_t N;
  public:
    initializer_list() : B(nullptr), N(0) {}
  };
  }
  String make();
  const String Named("name");
)cc";

/// The expression stripValueWrappers leaves of variable \p Var's initialiser.
std::string strippedKind(const std::string &Code, const char *Var, const ValueWrappers &Kinds) {
  auto AST = parse(std::string(Prelude) + Code);
  const Expr *E = AST ? initOf(*AST, Var) : nullptr;
  if (!E)
    return "<none>";
  return stripValueWrappers(E, Kinds)->getStmtClassName();
}

TEST(ValueWrappers, ConvertingConstructionsAreTheirArgument) {
  ValueWrappers Kinds;
  EXPECT_EQ("StringLiteral", strippedKind("String v = String(\"orders\");", "v", Kinds));
  EXPECT_EQ("StringLiteral", strippedKind("String v(\"orders\");", "v", Kinds));
  Kinds.ConvertingConstructors = false;
  EXPECT_EQ("CXXConstructExpr", strippedKind("String v(\"orders\");", "v", Kinds));
}

TEST(ValueWrappers, AConstructionWithAnExplicitSecondArgumentIsNotTheSameValue) {
  ValueWrappers Kinds;
  EXPECT_EQ("CXXConstructExpr", strippedKind("String v(\"orders\", 1);", "v", Kinds));
}

TEST(ValueWrappers, CopyConstructorsOnlyWhenAsked) {
  ValueWrappers Kinds;
  EXPECT_EQ("DeclRefExpr", strippedKind("String v(Named);", "v", Kinds));
  Kinds.CopyConstructors = false;
  EXPECT_EQ("CXXConstructExpr", strippedKind("String v(Named);", "v", Kinds));
}

TEST(ValueWrappers, ExplicitCastsAllOrFunctionalOnly) {
  ValueWrappers Kinds;
  const char *Static = "const char *v = static_cast<const char *>(\"x\");";
  EXPECT_EQ("StringLiteral", strippedKind(Static, "v", Kinds));
  Kinds.ExplicitCasts = ValueWrappers::Casts::Functional;
  EXPECT_EQ("CXXStaticCastExpr", strippedKind(Static, "v", Kinds));
  EXPECT_EQ("StringLiteral", strippedKind("String v = String(\"x\");", "v", Kinds));
}

TEST(ValueWrappers, AccessorsAndConversionOperatorsOnlyWhenListed) {
  ValueWrappers Kinds;
  EXPECT_EQ("CXXMemberCallExpr", strippedKind("const char *v = Named.c_str();", "v", Kinds));
  static constexpr llvm::StringRef CStr[] = {"c_str"};
  Kinds.Accessors = CStr;
  EXPECT_EQ("DeclRefExpr", strippedKind("const char *v = Named.c_str();", "v", Kinds));
  EXPECT_EQ("CXXMemberCallExpr", strippedKind("const char *v = Named.data();", "v", Kinds));
  EXPECT_EQ("CXXMemberCallExpr", strippedKind("const char *v = Named;", "v", Kinds));
  Kinds.ConversionOperators = true;
  EXPECT_EQ("DeclRefExpr", strippedKind("const char *v = Named;", "v", Kinds));
}

TEST(ValueWrappers, TemporariesAndParenthesesAlways) {
  ValueWrappers Kinds;
  Kinds.ConvertingConstructors = false;
  EXPECT_EQ("CallExpr", strippedKind("const String &v = (make());", "v", Kinds));
}

TEST(ValueWrappers, InitializerListsOnlyWhenAsked) {
  const char *Code = "std::initializer_list<int> v = {1, 2};";
  ValueWrappers Kinds;
  EXPECT_EQ("CXXStdInitializerListExpr", strippedKind(Code, "v", Kinds));
  Kinds.InitializerLists = true;
  EXPECT_EQ("InitListExpr", strippedKind(Code, "v", Kinds));
}

TEST(ValueWrappers, IsValueWrapperAgreesWithStrip) {
  auto AST = parse(std::string(Prelude) + "String v(\"orders\"); String w(\"a\", 1);");
  ASSERT_TRUE(AST);
  ValueWrappers Kinds;
  EXPECT_TRUE(isValueWrapper(*initOf(*AST, "v"), Kinds));
  EXPECT_FALSE(isValueWrapper(*initOf(*AST, "w"), Kinds));
  Kinds.ConvertingConstructors = false;
  EXPECT_FALSE(isValueWrapper(*initOf(*AST, "v"), Kinds));
}

TEST(ValueWrappers, NullStaysNull) { EXPECT_EQ(nullptr, stripValueWrappers(nullptr, {})); }

} // namespace
