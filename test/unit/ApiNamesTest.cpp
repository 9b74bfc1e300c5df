// checks/utils/ApiNames: model names match declarations the way hasName reads them.
#include "utils/ApiNames.h"
#include "AstTestHelpers.h"

using namespace clang;
using namespace clang::ast_matchers;
using namespace clang::tidy::distsys;
using distlint::testing::only;
using distlint::testing::parse;

namespace {

const char *const Code = R"cc(
  extern "C" int open(const char *, int);
  namespace project { struct File { int open(const char *); }; int open(const char *); }
  namespace db { struct Session { Session &operator<<(const char *); Session &operator,(int); }; }
  namespace Aws { namespace S3 { inline namespace v1 { struct S3Client { void HeadObject(); }; } } }
  namespace { struct Hidden { void run(); }; }
  namespace std { int remove(const char *); }
)cc";

const NamedDecl *named(ASTUnit &AST, const char *Qualified) {
  return only<NamedDecl>(AST, namedDecl(hasName(Qualified), unless(isImplicit())).bind("x"));
}

TEST(ApiNames, QualifiedNamesLeaveOutInlineAndAnonymousNamespaces) {
  auto AST = parse(Code);
  ASSERT_TRUE(AST);
  EXPECT_EQ("Aws::S3::S3Client", qualifiedName(*named(*AST, "Aws::S3::S3Client")));
  EXPECT_EQ("Hidden", qualifiedName(*named(*AST, "Hidden")));
}

TEST(ApiNames, SuffixesMatchAtScopeBoundariesOnly) {
  auto AST = parse(Code);
  ASSERT_TRUE(AST);
  const NamedDecl *Client = named(*AST, "Aws::S3::S3Client");
  EXPECT_TRUE(nameMatches(*Client, "S3Client"));
  EXPECT_TRUE(nameMatches(*Client, "S3::S3Client"));
  EXPECT_TRUE(nameMatches(*Client, "::Aws::S3::S3Client"));
  EXPECT_FALSE(nameMatches(*Client, "3Client"));
  EXPECT_FALSE(nameMatches(*Client, "Other::S3Client"));
}

TEST(ApiNames, PlainNamesAnywhereOrOnlyGlobal) {
  auto AST = parse(Code);
  ASSERT_TRUE(AST);
  const NamedDecl *Posix = named(*AST, "::open");
  const NamedDecl *Project = named(*AST, "::project::open");
  const NamedDecl *Std = named(*AST, "::std::remove");
  EXPECT_TRUE(nameMatches(*Project, "open"));
  EXPECT_FALSE(nameMatches(*Project, "open", PlainName::GlobalOnly));
  EXPECT_TRUE(nameMatches(*Posix, "open", PlainName::GlobalOnly));
  EXPECT_TRUE(nameMatches(*Std, "remove", PlainName::GlobalOnly));
  EXPECT_TRUE(nameMatches(*Project, "project::open", PlainName::GlobalOnly));
}

TEST(ApiNames, MethodsByClassAndName) {
  auto AST = parse(Code);
  ASSERT_TRUE(AST);
  const auto *Head = only<CXXMethodDecl>(*AST, cxxMethodDecl(hasName("HeadObject")).bind("x"));
  ASSERT_TRUE(Head);
  EXPECT_TRUE(methodMatches(*Head, "S3Client::HeadObject"));
  EXPECT_TRUE(methodMatches(*Head, "Aws::S3::S3Client::HeadObject"));
  EXPECT_FALSE(methodMatches(*Head, "HeadObject")); // no class: not a method pattern
  EXPECT_FALSE(methodMatches(*Head, "S3Client::GetObject"));
  const auto *Open = only<CXXMethodDecl>(*AST, cxxMethodDecl(hasName("open")).bind("x"));
  ASSERT_TRUE(Open);
  EXPECT_TRUE(methodMatches(*Open, "File::open"));
  EXPECT_FALSE(methodMatches(*Open, "File::open", PlainName::GlobalOnly));
}

TEST(ApiNames, OperatorsBySpelling) {
  auto AST = parse(Code);
  ASSERT_TRUE(AST);
  const auto *Stream = only<CXXMethodDecl>(*AST, cxxMethodDecl(hasName("operator<<")).bind("x"));
  ASSERT_TRUE(Stream);
  EXPECT_TRUE(methodMatches(*Stream, "db::Session::operator<<"));
  EXPECT_FALSE(methodMatches(*Stream, "db::Session::operator,"));
  EXPECT_FALSE(methodMatches(*Stream, "db::Session::operator"));
}

} // namespace
