//===--- SummariesFuzzer.cpp - summary files (SummaryFile option) ---------===//
//
// The input is a summary file; SummarySet::fromJson is what loadSummaryFile runs on its text. A
// file that reads is written back and read again: the two must agree, and every parameter in it
// must resolve (cycles and deep chains included) without recursing without bound.
//
//===----------------------------------------------------------------------===//
#include "FuzzSupport.h"
#include "utils/Summaries.h"

#include <cstdlib>

using clang::tidy::distsys::SummarySet;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  auto Read = SummarySet::fromJson(distlint::fuzz::text(Data, Size), "summaries.json");
  if (!Read) {
    llvm::consumeError(Read.takeError());
    return 0;
  }
  std::string Written = Read->toJson();
  auto Again = SummarySet::fromJson(Written, "written.json");
  if (!Again || Again->toJson() != Written)
    std::abort(); // toJson wrote what fromJson cannot read back
  for (const auto &Param : Read->parameters())
    (void)Read->resolve(Param);
  return 0;
}
