//===--- BaselineFuzzer.cpp - SARIF baselines (--baseline) ----------------===//
//
// The input is a baseline file; loadBaselineText is what loadBaseline runs on the file's text.
//
//===----------------------------------------------------------------------===//
#include "FuzzSupport.h"
#include "Gate.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  auto Known = distlint::loadBaselineText(distlint::fuzz::text(Data, Size), "baseline.sarif");
  if (!Known)
    llvm::consumeError(Known.takeError());
  return 0;
}
