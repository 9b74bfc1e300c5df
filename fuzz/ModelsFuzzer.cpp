//===--- ModelsFuzzer.cpp - user model files (ModelFiles option) ----------===//
//
// The input is a model file. As modelsFor does, it is read with parseBoundedJson, must be an
// object, and each rule's entry is merged into that rule's built-in models; every rule's typed
// parser then reads the result. (modelsFor itself caches by path, so it cannot be fed a new
// text per run.)
//
//===----------------------------------------------------------------------===//
#include "CheckThenCreate/CheckThenCreateModels.h"
#include "FuzzSupport.h"
#include "HardcodedTestResourceId/HardcodedTestResourceIdModels.h"
#include "MissingTimeout/MissingTimeoutModels.h"
#include "TenantUnscopedArn/IamPolicy.h"
#include "UnpropagatedTraceContext/UnpropagatedTraceContextModels.h"
#include "utils/ModelJson.h"
#include "utils/RuleCatalog.h"

namespace {

template <typename ModelsT> void parseMerged(llvm::StringRef RuleId, const nlohmann::json &Doc) {
  const distlint::Rule *R = distlint::RuleCatalog::builtin().find(RuleId);
  if (!R)
    __builtin_trap();
  nlohmann::json Merged = R->Models;
  if (auto Extra = Doc.find(RuleId.str()); Extra != Doc.end()) {
    if (!Extra->is_object())
      return; // modelsFor's error: "'<rule>' must map to an object"
    if (llvm::Error E = distlint::mergeModels(Merged, *Extra, "fuzz input")) {
      llvm::consumeError(std::move(E)); // modelsFor's error: a family redefined
      return;
    }
  }
  auto Models = ModelsT::parse(Merged);
  if (!Models)
    llvm::consumeError(Models.takeError());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  using namespace clang::tidy::distsys;
  auto Doc = parseBoundedJson(distlint::fuzz::text(Data, Size), "model file");
  if (!Doc) {
    llvm::consumeError(Doc.takeError());
    return 0;
  }
  if (!Doc->is_object())
    return 0;
  parseMerged<CheckThenCreateModels>("distsys-check-then-create", *Doc);
  parseMerged<TestResourceModels>("distsys-hardcoded-test-resource-id", *Doc);
  parseMerged<TimeoutModels>("distsys-missing-timeout", *Doc);
  parseMerged<distlint::iam::PolicyModels>("distsys-tenant-unscoped-arn", *Doc);
  parseMerged<TraceModels>("distsys-unpropagated-trace-context", *Doc);
  return 0;
}
