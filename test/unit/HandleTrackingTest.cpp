// checks/utils/HandleTracking: a local handle is configured, unconfigured, or escapes, also
// through helpers it is passed to, up to the depth asked for.
#include "utils/HandleTracking.h"
#include "AstTestHelpers.h"

using namespace clang;
using namespace clang::ast_matchers;
using namespace clang::tidy::distsys;
using distlint::testing::only;
using distlint::testing::parse;

namespace {

const char *const Prelude = R"cc(
  struct Handle { void setTimeout(int); void perform(); };
  Handle *open();
  void lib_perform(Handle *);
  void configure(Handle *h) { h->setTimeout(5); }
  void forward(Handle *h) { configure(h); }
  void unknown(Handle *h);
  Handle *Stored;
)cc";

/// The fate of the local `h` declared in function `f` of \p Body.
HandleFate fateIn(const std::string &Body, unsigned Depth = 3) {
  auto AST = parse(std::string(Prelude) + Body);
  if (!AST)
    return HandleFate::Escapes;
  const auto *F = only<FunctionDecl>(*AST, functionDecl(hasName("f"), isDefinition()).bind("x"));
  const auto *H = only<VarDecl>(
      *AST,
      varDecl(hasName("h"), hasLocalStorage(), hasAncestor(functionDecl(hasName("f")))).bind("x"));
  if (!F || !H)
    return HandleFate::Escapes;
  auto Configures = [](const CallExpr *Call, int, const ParentMap &) {
    const FunctionDecl *Callee = Call->getDirectCallee();
    return Callee && Callee->getName() == "setTimeout";
  };
  auto IsLibraryCall = [](const CallExpr *Call) {
    const FunctionDecl *Callee = Call->getDirectCallee();
    return Callee && (Callee->getName() == "lib_perform" || Callee->getName() == "perform");
  };
  HandleUsePolicy Policy{Configures, IsLibraryCall};
  return traceHandle(H, F->getBody(), Policy, Depth);
}

TEST(HandleTracking, ConfiguredDirectly) {
  EXPECT_EQ(HandleFate::Configured,
            fateIn("void f() { Handle *h = open(); h->setTimeout(1); h->perform(); }"));
}

TEST(HandleTracking, LibraryCallsNeitherConfigureNorLeak) {
  EXPECT_EQ(HandleFate::Unconfigured,
            fateIn("void f() { Handle *h = open(); lib_perform(h); h->perform(); }"));
}

TEST(HandleTracking, HelpersAreFollowedUpToTheDepth) {
  EXPECT_EQ(HandleFate::Configured, fateIn("void f() { Handle *h = open(); forward(h); }"));
  EXPECT_EQ(HandleFate::Escapes, fateIn("void f() { Handle *h = open(); forward(h); }", 1));
}

TEST(HandleTracking, UnseenCodeAndStoresAreEscapes) {
  EXPECT_EQ(HandleFate::Escapes, fateIn("void f() { Handle *h = open(); unknown(h); }"));
  EXPECT_EQ(HandleFate::Escapes, fateIn("void f() { Handle *h = open(); Stored = h; }"));
  EXPECT_EQ(HandleFate::Unconfigured,
            fateIn("void f() { Handle *h = open(); if (!h) return; h->perform(); }"));
}

TEST(HandleTracking, HandleDeclLooksThroughAddressOfAndAccessors) {
  auto AST =
      parse(std::string(Prelude) + "void f() { Handle x; Handle *a = &x; Handle *b = &(x); }");
  ASSERT_TRUE(AST);
  const auto *X = only<VarDecl>(*AST, varDecl(hasName("x")).bind("x"));
  const auto *A = only<VarDecl>(*AST, varDecl(hasName("a")).bind("x"));
  const auto *B = only<VarDecl>(*AST, varDecl(hasName("b")).bind("x"));
  ASSERT_TRUE(X && A && B);
  EXPECT_EQ(X, handleDecl(A->getInit()));
  EXPECT_EQ(X, handleDecl(B->getInit()));
  EXPECT_EQ(2u, referencesTo(X, *only<FunctionDecl>(
                                     *AST, functionDecl(hasName("f"), isDefinition()).bind("x"))
                                     ->getBody())
                    .size());
}

TEST(HandleTracking, EnclosingBodyAndFullStatement) {
  auto AST = parse(std::string(Prelude) + "void f() { Handle *h = open(); h->perform(); }");
  ASSERT_TRUE(AST);
  const auto *Call = only<CXXMemberCallExpr>(
      *AST, cxxMemberCallExpr(callee(cxxMethodDecl(hasName("perform")))).bind("x"));
  const auto *F = only<FunctionDecl>(*AST, functionDecl(hasName("f"), isDefinition()).bind("x"));
  ASSERT_TRUE(Call && F);
  ASTContext &Context = AST->getASTContext();
  EXPECT_EQ(F->getBody(), enclosingFunctionBody(*Call, Context));
  EXPECT_EQ(Call, enclosingFullStatement(*Call, Context));
}

} // namespace
