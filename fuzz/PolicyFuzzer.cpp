//===--- PolicyFuzzer.cpp - IAM policy JSON -------------------------------===//
//
// The input is a policy JSON file as --policy-files reads it: the offset-keeping JSON reader, the
// statement extraction (CloudFormation intrinsics included) and the grant analysis with the
// built-in models. The same text is read once more the way the C++ check reads policy text
// assembled from string literals, with '\x1a' marking run-time values.
//
//===----------------------------------------------------------------------===//
#include "Finding.h"
#include "FuzzSupport.h"
#include "PolicyFiles.h"
#include "TenantUnscopedArn/IamPolicy.h"
#include "utils/ModelCache.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  llvm::StringRef Text = distlint::fuzz::text(Data, Size);
  distlint::AnalysisResult Result;
  distlint::analyzePolicyText("policy.json", Text, "", Result);
  if (!Result.ConfigErrors.empty()) // the built-in models are valid
    __builtin_trap();

  namespace iam = distlint::iam;
  static const auto Models = clang::tidy::distsys::loadModels<iam::PolicyModels>(
      "distsys-tenant-unscoped-arn", "", "", [](llvm::StringRef) { __builtin_trap(); });
  constexpr char HoleMarker = '\x1a';
  static const std::vector<std::string> HoleNames = {"tenant", "bucket", "key"};
  iam::JsonError Error;
  if (auto Root = iam::parseJson(Text, Error, HoleMarker)) {
    for (const iam::JsonStatement &J : iam::policyStatements(*Root, HoleMarker, HoleNames))
      for (const iam::UnscopedGrant &G : iam::unscopedGrants(J.S, *Models))
        (void)G.message();
  } else {
    (void)iam::lineColumn(Text, Error.Offset);
  }
  return 0;
}
