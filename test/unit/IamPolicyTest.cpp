//===--- IamPolicyTest.cpp - the policy logic of distsys-tenant-unscoped-arn --===//
#include "TenantUnscopedArn/IamPolicy.h"
#include "PolicyFiles.h"
#include "utils/RuleCatalog.h"

#include <gtest/gtest.h>

// The policies below are deliberately unscoped test inputs.
// NOLINTBEGIN(distsys-tenant-unscoped-arn)
namespace distlint::iam {
namespace {

const PolicyModels &models() {
  static std::shared_ptr<const PolicyModels> M = [] {
    auto Parsed =
        PolicyModels::parse(RuleCatalog::builtin().find("distsys-tenant-unscoped-arn")->Models);
    EXPECT_TRUE(static_cast<bool>(Parsed));
    return *Parsed;
  }();
  return *M;
}

std::vector<UnscopedGrant> grantsIn(llvm::StringRef Policy) {
  JsonError Error;
  auto Root = parseJson(Policy, Error);
  EXPECT_TRUE(Root.has_value()) << Error.Message;
  std::vector<UnscopedGrant> Out;
  if (Root)
    for (const JsonStatement &J : policyStatements(*Root))
      for (UnscopedGrant &G : unscopedGrants(J.S, models()))
        Out.push_back(std::move(G));
  return Out;
}

TEST(IamJson, KeepsOffsetsOfNestedValues) {
  llvm::StringRef Text = "{\"a\": [1, {\"b\": \"x\\ny\"}],\n \"c\": true}";
  JsonError Error;
  auto Root = parseJson(Text, Error);
  ASSERT_TRUE(Root);
  const JsonNode *B = Root->get("a")->Items[1].get("b");
  ASSERT_TRUE(B);
  EXPECT_EQ(B->Str, "x\ny");
  EXPECT_EQ(Text.substr(B->Begin, B->End - B->Begin), "\"x\\ny\"");
  const JsonNode *C = Root->get("c");
  EXPECT_EQ(lineColumn(Text, C->Begin), std::make_pair(2u, 7u));
}

TEST(IamJson, DecodesUnicodeEscapes) {
  JsonError Error;
  auto Root = parseJson(R"(["\u00e9", "\ud83d\ude00", "\/"])", Error);
  ASSERT_TRUE(Root);
  EXPECT_EQ(Root->Items[0].Str, "\xC3\xA9");
  EXPECT_EQ(Root->Items[1].Str, "\xF0\x9F\x98\x80");
  EXPECT_EQ(Root->Items[2].Str, "/");
}

TEST(IamJson, AcceptsNumbersLiteralsAndBom) {
  JsonError Error;
  auto Root = parseJson("\xEF\xBB\xBF[-0.5e10, 0, 12, null, false]", Error);
  ASSERT_TRUE(Root);
  EXPECT_EQ(Root->Items[0].Str, "-0.5e10");
  EXPECT_EQ(Root->Items[3].K, JsonNode::Null);
}

TEST(IamJson, ReportsWhereTextStopsBeingJson) {
  struct {
    const char *Text;
    size_t Offset;
    const char *Message;
  } Cases[] = {{"{\"a\": 1,}", 8, "expected a string as object key"},
               {"[1 2]", 3, "expected ',' or ']' in array"},
               {"\"abc", 4, "unterminated string"},
               {"\"a\\x\"", 2, "invalid escape '\\x'"},
               {"01", 1, "unexpected text after the JSON value"},
               {"[\"\\ud800\"]", 8, "invalid surrogate pair"},
               {"", 0, "unexpected end of text, expected a value"},
               {"{} {}", 3, "unexpected text after the JSON value"},
               {"[tru]", 1, "expected a value"}};
  for (const auto &C : Cases) {
    JsonError Error;
    EXPECT_FALSE(parseJson(C.Text, Error)) << C.Text;
    EXPECT_EQ(Error.Offset, C.Offset) << C.Text;
    EXPECT_EQ(Error.Message, C.Message) << C.Text;
  }
}

TEST(IamJson, DeepNestingFailsWithoutCrashing) {
  std::string Deep(100000, '[');
  JsonError Error;
  EXPECT_FALSE(parseJson(Deep, Error));
  EXPECT_EQ(Error.Message, "nested deeper than 256 levels");
  EXPECT_EQ(Error.Offset, 257u);
  EXPECT_TRUE(Error.Unsupported);
}

/// The statements of \p Text and what the search could not read.
std::vector<JsonStatement> statementsIn(llvm::StringRef Text, JsonError &Unanalysed) {
  JsonError Error;
  auto Root = parseJson(Text, Error);
  EXPECT_TRUE(Root.has_value()) << Error.Message;
  return Root ? policyStatements(*Root, '\0', {}, &Unanalysed) : std::vector<JsonStatement>();
}

TEST(IamJson, ReportsStatementsBeyondTheSearchDepth) {
  std::string Policy = R"({"Statement": {"Effect": "Allow", "Action": "s3:*", "Resource": "*"}})";
  auto Nested = [&](unsigned Levels) {
    return std::string(Levels, '[') + Policy + std::string(Levels, ']');
  };
  JsonError Unanalysed;
  EXPECT_EQ(statementsIn(Nested(64), Unanalysed).size(), 1u);
  EXPECT_TRUE(Unanalysed.Message.empty());
  EXPECT_TRUE(statementsIn(Nested(65), Unanalysed).empty());
  EXPECT_EQ(Unanalysed.Message, "nested deeper than 64 levels, not searched for policies");
  EXPECT_EQ(Unanalysed.Offset, 65u);
  // Deep scalars hold no policy.
  JsonError None;
  statementsIn(std::string(65, '[') + "1" + std::string(65, ']'), None);
  EXPECT_TRUE(None.Message.empty());
}

TEST(IamJson, ReportsTheSecondOfTwoEqualKeysInAPolicy) {
  llvm::StringRef Text = R"({"Statement": {"Effect": "Deny", "Effect": "Allow"}})";
  JsonError Unanalysed;
  statementsIn(Text, Unanalysed);
  EXPECT_EQ(Unanalysed.Message, "duplicate key 'Effect' in a policy document");
  EXPECT_EQ(Unanalysed.Offset, Text.find("\"Effect\": \"Allow\""));
  // Keys that differ only in case are different keys to JSON.
  JsonError None;
  statementsIn(R"({"Statement": {"Effect": "Allow", "effect": "Deny"}})", None);
  EXPECT_TRUE(None.Message.empty());
}

TEST(IamPolicy, WildcardActionsGrantDataActions) {
  EXPECT_EQ(grantsIn(R"({"Statement": {"Effect": "Allow", "Action": "s3:Get*",
                         "Resource": "arn:aws:s3:::b/*"}})")
                .size(),
            1u);
  EXPECT_TRUE(grantsIn(R"({"Statement": {"Effect": "Allow", "Action": "s3:ListBucket*",
                          "Resource": "arn:aws:s3:::b/*"}})")
                  .empty());
  // Actions of another service do not apply to the resource.
  EXPECT_TRUE(grantsIn(R"({"Statement": {"Effect": "Allow", "Action": "dynamodb:GetItem",
                          "Resource": "arn:aws:s3:::b/*"}})")
                  .empty());
}

TEST(IamPolicy, KeyPartMustBeOnlyAWildcard) {
  EXPECT_EQ(grantsIn(R"({"Statement": {"Effect": "Allow", "Action": "s3:GetObject",
                         "Resource": "arn:aws:s3:::b/*/*"}})")
                .size(),
            1u);
  EXPECT_TRUE(grantsIn(R"({"Statement": {"Effect": "Allow", "Action": "s3:GetObject",
                          "Resource": ["arn:aws:s3:::b/public/*", "arn:aws:s3:::b"]}})")
                  .empty());
  EXPECT_EQ(grantsIn(R"({"Statement": {"Effect": "Allow", "Action": "s3:GetObject",
                         "Resource": "arn:aws:s3:::*"}})")
                .size(),
            1u);
  EXPECT_TRUE(grantsIn(R"({"Statement": {"Effect": "Allow", "Action": "s3:GetObject",
                          "Resource": "arn:aws:s3:::logs-*"}})")
                  .empty());
  EXPECT_TRUE(grantsIn(R"({"Statement": {"Effect": "Allow", "Action": "s3:GetObject",
                          "Resource": "arn:aws:s3:::${tenant}-data/*"}})")
                  .empty());
  EXPECT_TRUE(grantsIn(R"({"Statement": {"Effect": "Allow", "Action": "s3:GetObject",
                          "Resource": "arn:aws:s3:::b/{}/*"}})")
                  .empty());
}

TEST(IamPolicy, ConditionsScopeOnlyOnTenantKeys) {
  EXPECT_TRUE(grantsIn(R"({"Statement": {"Effect": "Allow", "Action": "s3:GetObject",
      "Resource": "arn:aws:s3:::b/*",
      "Condition": {"StringEquals": {"aws:ResourceTag/TenantId": "${aws:PrincipalTag/TenantId}"}}}})")
                  .empty());
  EXPECT_EQ(grantsIn(R"({"Statement": {"Effect": "Allow", "Action": "s3:GetObject",
      "Resource": "arn:aws:s3:::b/*", "Condition": {"Bool": {"aws:SecureTransport": "true"}}}})")
                .size(),
            1u);
}

TEST(IamPolicy, CloudFormationSubKeepsEscapedPolicyVariables) {
  EXPECT_TRUE(grantsIn(R"({"Resources": {"P": {"Type": "AWS::S3::BucketPolicy", "Properties": {
      "PolicyDocument": {"Statement": [{"Effect": "Allow", "Action": "s3:GetObject",
      "Resource": {"Fn::Sub": "arn:aws:s3:::${B}/${!aws:PrincipalTag/tenant_id}/*"}}]}}}}})")
                  .empty());
  auto Grants = grantsIn(R"({"PolicyDocument": {"Statement": [{"Effect": "Allow",
      "Action": "s3:GetObject", "Resource": {"Fn::Sub": "arn:aws:s3:::${B}/*"}}]}})");
  ASSERT_EQ(Grants.size(), 1u);
  EXPECT_EQ(Grants[0].message(),
            "policy allows 's3:GetObject' on 'arn:aws:s3:::<B>/*' to every tenant; put the tenant "
            "in the object key (bucket/${aws:PrincipalTag/tenant_id}/*) or add an "
            "s3:ExistingObjectTag/tenant_id condition");
}

TEST(PolicyFiles, FindingsAndFailuresCarryJsonPositions) {
  AnalysisResult Result;
  analyzePolicyText("/p.json",
                    "{\"Statement\": [\n  {\"Effect\": \"Allow\", \"Action\": \"s3:*\",\n"
                    "   \"Resource\": \"arn:aws:s3:::b/*\"}]}",
                    "", Result);
  ASSERT_EQ(Result.Findings.size(), 1u);
  EXPECT_EQ(Result.Findings[0].Primary.Line, 3u);
  EXPECT_EQ(Result.Findings[0].Primary.Column, 16u);
  EXPECT_EQ(Result.Findings[0].Primary.EndColumn, 34u);
  EXPECT_EQ(Result.Findings[0].LineText, "   \"Resource\": \"arn:aws:s3:::b/*\"}]}");

  analyzePolicyText("/bad.json", "{\n  \"Statement\": [\n", "", Result);
  ASSERT_EQ(Result.Failures.size(), 1u);
  EXPECT_EQ(Result.Failures[0].Message,
            "/bad.json:3:1: error: malformed JSON: unexpected end of text, expected a value");
  EXPECT_EQ(Result.FilesAnalysed, 2u);
}

TEST(PolicyFiles, TakesJsonSourcesAndRejectsMissingOnes) {
  std::vector<std::string> Sources = {"a.cpp", "/nonexistent/policy.json"};
  auto Files = takePolicyFiles(Sources, "");
  EXPECT_FALSE(static_cast<bool>(Files));
  llvm::consumeError(Files.takeError());
}

TEST(PolicyFiles, AGlobThatMatchesNothingIsAnError) {
  std::vector<std::string> Sources;
  auto Files = takePolicyFiles(Sources, "/nonexistent-distlint-dir/**/*.json");
  ASSERT_FALSE(static_cast<bool>(Files));
  EXPECT_EQ(llvm::toString(Files.takeError()),
            "--policy-files '/nonexistent-distlint-dir/**/*.json' matches no file");
}

} // namespace
} // namespace distlint::iam
// NOLINTEND(distsys-tenant-unscoped-arn)
