//===--- ConfigFuzzer.cpp - .clang-tidy configurations --------------------===//
//
// The input is a .clang-tidy file. It goes through distlint's own configuration path,
// distlint::analyze with VerifyConfigOnly: clang-tidy's parseConfigurationWithDiags, the options
// provider, and distlint's checks of globs, option names, booleans and the header filter
// against the rule catalog. Once as a discovered .clang-tidy, once as --config-file. No source
// is parsed.
//
//===----------------------------------------------------------------------===//
#include "Analysis.h"
#include "FuzzSupport.h"

#include "clang/Tooling/CompilationDatabase.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  static const distlint::fuzz::TempDir Dir("distlint-fuzz-config");
  static const std::string Config = Dir.path(".clang-tidy");
  static const std::string Source = Dir.path("input.cpp");
  static const bool Ready = distlint::fuzz::writeFile(Source, "int main() { return 0; }\n");
  (void)Ready;
  static const clang::tooling::FixedCompilationDatabase Database(Dir.path(""), {"-std=c++17"});

  distlint::fuzz::writeFile(Config, distlint::fuzz::text(Data, Size));
  for (bool Explicit : {false, true}) {
    distlint::AnalysisOptions Options;
    Options.Files = {Source};
    Options.Database = &Database;
    Options.VerifyConfigOnly = true;
    if (Explicit)
      Options.ConfigFile = Config;
    distlint::AnalysisResult Result = distlint::analyze(Options);
    // Configuration problems must come back as errors, never as a crash or a failure.
    if (Result.Crashed || !Result.Failures.empty())
      __builtin_trap();
  }
  return 0;
}
