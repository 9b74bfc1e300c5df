//===--- main.cpp - the distlint command line -----------------------------===//
//
// Contract: ../shared/DESIGN.md (mirrored in docs/design.md). Exit codes: 0 clean, 1 the gate
// fails, 2 usage or configuration error, 3 analysis incomplete.
//
//===----------------------------------------------------------------------===//
#include "Analysis.h"
#include "Fixes.h"
#include "Gate.h"
#include "PolicyFiles.h"
#include "Process.h"
#include "Report.h"
#include "utils/RuleCatalog.h"

#include "clang-tidy/ClangTidyOptions.h"
#include "clang/Tooling/CompilationDatabase.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"
#include <map>
#include <thread>

using namespace distlint;

namespace {

enum ExitCode { Clean = 0, GateFailed = 1, UsageError = 2, Incomplete = 3 };

const char Usage[] = R"(USAGE: distlint [options] [<source>...] [-- <compiler arguments>]

Finds distributed-systems anti-patterns in C++ (checks distsys-*). With no sources, analyses
every file in the compilation database.

OPTIONS:
  -p <build-dir>           directory holding compile_commands.json (default: searched upwards
                           from the first source, or from the working directory)
  --checks=<globs>         checks to run, layered over .clang-tidy ('distsys-*,-distsys-missing-timeout')
  --config-file=<path>     use this .clang-tidy-format file instead of discovering .clang-tidy
  --format=text|sarif|json report format on standard output (default text)
  -o <file>                write the report to <file> instead of standard output
  --sarif=<file>           also write a SARIF 2.1.0 log to <file>
  -j <N>                   translation units analysed in parallel (default: all cores)
  --fail-on=error|warning|note|none
                           lowest level that fails the run with exit code 1 (default warning)
  --baseline=<sarif>       results recorded in this SARIF log do not fail the gate
  --diff-base=<git-rev>    only results on lines changed since <git-rev> fail the gate
  --policy-files=<glob>    also analyse the IAM policy JSON files matching <glob> ('**/*.json')
  --fix                    apply the fix-its that are safe to apply automatically
  --list-checks            list the rules and exit
  --explain=<rule-id>      print a rule's documentation and exit
  --version                print the version and exit
  --help                   print this help and exit

EXIT CODES:
  0 nothing fails the gate   1 results fail the gate   2 usage or configuration error
  3 analysis incomplete (a file failed to parse, had no compile command, or a check failed)
)";

struct CommandLine {
  std::vector<std::string> Sources;
  std::optional<std::vector<std::string>> FixedArgs; // after "--"
  std::string BuildDir, Format = "text", Output, SarifFile, FailOn = "warning", Baseline,
                        DiffBase, Explain, PolicyGlob;
  std::optional<std::string> Checks, ConfigFile;
  unsigned Jobs = std::max(1u, std::thread::hardware_concurrency());
  bool ListChecks = false, Version = false, Help = false, Fix = false;
};

/// Parses the command line; on a usage error returns the message.
std::optional<std::string> parse(int Argc, const char **Argv, CommandLine &CL) {
  auto Value = [&](int &I, llvm::StringRef Arg, llvm::StringRef Name,
                   std::string &Into) -> std::optional<bool> {
    // --name=value, --name value, -p value, -pvalue
    if (Arg == Name) {
      if (I + 1 >= Argc)
        return false;
      Into = Argv[++I];
      return true;
    }
    if (Arg.consume_front(Name)) {
      if (Name.starts_with("--") && !Arg.consume_front("="))
        return std::nullopt;
      Arg.consume_front("=");
      Into = Arg.str();
      return true;
    }
    return std::nullopt;
  };
  struct StringOption {
    const char *Name;
    std::string *Into;
  };
  std::string Checks, ConfigFile, Jobs;
  bool HasChecks = false, HasConfig = false, HasJobs = false;
  for (int I = 1; I < Argc; ++I) {
    llvm::StringRef Arg = Argv[I];
    if (Arg == "--") {
      CL.FixedArgs.emplace(Argv + I + 1, Argv + Argc);
      break;
    }
    if (Arg == "--list-checks") { CL.ListChecks = true; continue; }
    if (Arg == "--version") { CL.Version = true; continue; }
    if (Arg == "--help" || Arg == "-h") { CL.Help = true; continue; }
    if (Arg == "--fix") { CL.Fix = true; continue; }
    StringOption Options[] = {{"-p", &CL.BuildDir},        {"--format", &CL.Format},
                              {"-o", &CL.Output},          {"--sarif", &CL.SarifFile},
                              {"--fail-on", &CL.FailOn},   {"--baseline", &CL.Baseline},
                              {"--diff-base", &CL.DiffBase}, {"--explain", &CL.Explain},
                              {"--checks", &Checks},       {"--config-file", &ConfigFile},
                              {"-j", &Jobs},               {"--policy-files", &CL.PolicyGlob}};
    bool Matched = false;
    for (StringOption &O : Options) {
      auto Result = Value(I, Arg, O.Name, *O.Into);
      if (!Result)
        continue;
      if (!*Result)
        return std::string(O.Name) + " needs a value";
      Matched = true;
      HasChecks |= O.Into == &Checks;
      HasConfig |= O.Into == &ConfigFile;
      HasJobs |= O.Into == &Jobs;
      break;
    }
    if (Matched)
      continue;
    if (Arg.starts_with("-"))
      return "unknown option '" + Arg.str() + "' (see --help)";
    CL.Sources.push_back(Arg.str());
  }
  if (HasChecks)
    CL.Checks = Checks;
  if (HasConfig)
    CL.ConfigFile = ConfigFile;
  if (HasJobs && (llvm::StringRef(Jobs).getAsInteger(10, CL.Jobs) || CL.Jobs == 0))
    return "-j needs a positive number, not '" + Jobs + "'";
  if (!llvm::is_contained({"text", "sarif", "json"}, CL.Format))
    return "--format must be text, sarif or json, not '" + CL.Format + "'";
  if (auto Rank = failOnRank(CL.FailOn); !Rank)
    return llvm::toString(Rank.takeError());
  return std::nullopt;
}

int usageError(const llvm::Twine &Message) {
  llvm::errs() << "distlint: error: " << Message << "\n";
  return UsageError;
}

std::string absolute(llvm::StringRef Path) {
  llvm::SmallString<256> Abs(Path);
  llvm::sys::fs::make_absolute(Abs);
  llvm::sys::path::remove_dots(Abs, /*remove_dot_dot=*/true);
  return std::string(Abs);
}

std::string trimmed(llvm::Expected<std::string> Out) {
  if (!Out) {
    llvm::consumeError(Out.takeError());
    return "";
  }
  return llvm::StringRef(*Out).trim().str();
}

RunInfo describeRun() {
  RunInfo Run;
  llvm::SmallString<256> Cwd;
  llvm::sys::fs::current_path(Cwd);
  Run.WorkingDirectory = std::string(Cwd);
  std::string Top = trimmed(runProgram({"git", "-C", std::string(Cwd), "rev-parse",
                                        "--show-toplevel"}));
  Run.Root.Path = Top.empty() ? std::string(Cwd) : Top;
  if (!Top.empty()) {
    std::string Revision = trimmed(runProgram({"git", "-C", Top, "rev-parse", "HEAD"}));
    if (!Revision.empty()) {
      std::string Remote =
          trimmed(runProgram({"git", "-C", Top, "config", "--get", "remote.origin.url"}));
      std::string Branch =
          trimmed(runProgram({"git", "-C", Top, "rev-parse", "--abbrev-ref", "HEAD"}));
      std::string Repository = Remote.empty() ? "" : publishableRepositoryUri(Remote);
      Run.VersionControl = Provenance{Repository.empty() ? fileUri(Top) : Repository, Revision,
                                      Branch == "HEAD" ? "" : Branch};
    }
  }
  return Run;
}

int listChecks() {
  for (const Rule &R : RuleCatalog::builtin().rules())
    llvm::outs() << llvm::left_justify(R.Id, 38) << llvm::left_justify(R.Level, 8) << R.Summary
                 << "\n";
  return Clean;
}

int explain(llvm::StringRef Id) {
  const Rule *R = RuleCatalog::builtin().find(Id);
  if (!R) {
    std::string Known;
    for (const Rule &Each : RuleCatalog::builtin().rules())
      Known += "\n  " + Each.Id;
    return usageError("unknown rule '" + Id + "'; known rules:" + Known);
  }
  llvm::outs() << R->Id << " (" << R->Name << ", default level " << R->Level << ", precision "
               << R->Precision << ", " << R->Maturity << ")\n\n"
               << R->HelpMarkdown << "\n\n"
               << R->Description << "\n";
  if (!R->Options.empty()) {
    llvm::outs() << "\nOptions (CheckOptions in .clang-tidy):\n";
    for (const RuleOption &O : R->Options)
      llvm::outs() << "  " << R->Id << "." << O.Name << " (default '" << O.Default
                   << "'): " << O.Description << "\n";
  }
  llvm::outs() << "\nTags: " << llvm::join(R->Tags, ", ") << "\nDocumentation: " << R->docPath()
               << "\n";
  return Clean;
}

bool writeTo(const std::string &Path, llvm::function_ref<void(llvm::raw_ostream &)> Write) {
  if (Path.empty()) {
    Write(llvm::outs());
    return true;
  }
  std::error_code EC;
  llvm::raw_fd_ostream Out(Path, EC);
  if (EC) {
    llvm::errs() << "distlint: error: cannot write '" << Path << "': " << EC.message() << "\n";
    return false;
  }
  Write(Out);
  return true;
}

} // namespace

int main(int Argc, const char **Argv) {
  llvm::InitLLVM Init(Argc, Argv);
  CommandLine CL;
  if (auto Error = parse(Argc, Argv, CL))
    return usageError(*Error);
  if (CL.Help) {
    llvm::outs() << Usage;
    return Clean;
  }
  if (CL.Version) {
    llvm::outs() << "distlint " DISTLINT_VERSION " (LLVM " DISTLINT_LLVM_VERSION ")\n";
    return Clean;
  }
  if (CL.ListChecks)
    return listChecks();
  if (!CL.Explain.empty())
    return explain(CL.Explain);

  // .json sources and --policy-files are IAM policies, analysed without a compilation database.
  auto Policies = takePolicyFiles(CL.Sources, CL.PolicyGlob);
  if (!Policies)
    return usageError(llvm::toString(Policies.takeError()));
  bool PoliciesOnly = CL.Sources.empty() && !Policies->empty() && CL.PolicyGlob.empty();

  // The compilation database: "-- args", -p, or compile_commands.json found upwards.
  std::string Error;
  std::unique_ptr<clang::tooling::CompilationDatabase> Database;
  llvm::SmallString<256> Cwd;
  llvm::sys::fs::current_path(Cwd);
  if (PoliciesOnly) {
  } else if (CL.FixedArgs) {
    if (CL.Sources.empty())
      return usageError("'--' needs at least one source file before it");
    Database = std::make_unique<clang::tooling::FixedCompilationDatabase>(Cwd, *CL.FixedArgs);
  } else if (!CL.BuildDir.empty()) {
    if (!llvm::sys::fs::is_directory(CL.BuildDir))
      return usageError("-p " + CL.BuildDir + ": no such directory");
    Database = clang::tooling::CompilationDatabase::loadFromDirectory(CL.BuildDir, Error);
    if (!Database)
      return usageError("-p " + CL.BuildDir +
                        ": no readable compile_commands.json or compile_flags.txt in it (" +
                        llvm::StringRef(Error).trim().split('\n').first + ")");
  } else {
    std::string From = CL.Sources.empty() ? std::string(Cwd) : absolute(CL.Sources.front());
    Database = CL.Sources.empty()
                   ? clang::tooling::CompilationDatabase::autoDetectFromDirectory(From, Error)
                   : clang::tooling::CompilationDatabase::autoDetectFromSource(From, Error);
    PoliciesOnly = !Database && CL.Sources.empty() && !Policies->empty(); // no C++ to analyse
    if (!Database && !PoliciesOnly)
      return usageError("no compilation database found from " + From +
                        " upwards; pass -p <build-dir> or '-- <compiler arguments>'");
  }

  AnalysisOptions Options;
  Options.Database = Database.get();
  Options.Checks = CL.Checks;
  Options.Jobs = CL.Jobs;
  if (CL.ConfigFile) {
    if (!llvm::sys::fs::exists(*CL.ConfigFile))
      return usageError("--config-file: no such file '" + *CL.ConfigFile + "'");
    Options.ConfigFile = CL.ConfigFile;
  }
  for (const std::string &Source : CL.Sources) {
    if (!llvm::sys::fs::exists(Source))
      return usageError("no such file: '" + Source + "'");
    Options.Files.push_back(absolute(Source));
  }
  if (Options.Files.empty() && !PoliciesOnly)
    Options.Files = Database->getAllFiles();
  if (Options.Files.empty() && Policies->empty())
    return usageError("the compilation database lists no files");
  Options.ResourceDir = findResourceDir(Argv[0]);
  if (Options.ResourceDir.empty())
    return usageError("cannot find clang's builtin headers (lib/clang/" DISTLINT_LLVM_MAJOR
                      "/include); install clang-" DISTLINT_LLVM_MAJOR);

  RunInfo Run = describeRun();
  std::set<std::string> Baseline;
  if (!CL.Baseline.empty()) {
    auto Known = loadBaseline(CL.Baseline);
    if (!Known)
      return usageError(llvm::toString(Known.takeError()));
    Baseline = std::move(*Known);
    Run.BaselineGiven = true;
  }
  std::optional<ChangedLines> Changed;
  if (!CL.DiffBase.empty()) {
    auto Lines = changedLinesSince(CL.DiffBase, Run.Root.Path);
    if (!Lines)
      return usageError(llvm::toString(Lines.takeError()));
    Changed = std::move(*Lines);
  }

  AnalysisResult Result = analyze(Options);
  analyzePolicyFiles(Options, *Policies, Result);
  sortAndDeduplicate(Result);
  assignFingerprints(Result.Findings, Run.Root);
  applyBaseline(Result.Findings, Baseline);
  if (Changed)
    applyDiff(Result.Findings, *Changed);

  const RuleCatalog &Catalog = RuleCatalog::builtin();
  bool Written = writeTo(CL.Output, [&](llvm::raw_ostream &OS) {
    if (CL.Format == "sarif")
      OS << serialize(toSarif(Result, Catalog, Run)) << "\n";
    else if (CL.Format == "json")
      OS << serialize(toJson(Result, Run.Root)) << "\n";
    else
      writeText(OS, Result, SourceRoot{Run.WorkingDirectory}); // clang style: relative to cwd
  });
  if (!CL.SarifFile.empty())
    Written &= writeTo(CL.SarifFile, [&](llvm::raw_ostream &OS) {
      OS << serialize(toSarif(Result, Catalog, Run)) << "\n";
    });
  if (!Written)
    return UsageError;
  if (CL.Fix) {
    auto Files = applyFixes(Result.Findings);
    if (!Files)
      return usageError(llvm::toString(Files.takeError()));
    llvm::errs() << "distlint: applied fixes in " << *Files << " file(s)\n";
  }

  llvm::outs().flush(); // the report first, then the summary, also when both go to one pipe
  for (const std::string &E : Result.ConfigErrors)
    llvm::errs() << "distlint: configuration error: " << E << "\n";
  for (const AnalysisFailure &F : Result.Failures)
    llvm::errs() << "distlint: not analysed: " << F.Message << "\n";
  unsigned Failing = gatingFindings(Result.Findings, *failOnRank(CL.FailOn));
  unsigned Suppressed = llvm::count_if(Result.Findings, [](const Finding &F) { return F.Suppressed; });
  llvm::errs() << "distlint: " << Result.FilesAnalysed << " file(s) analysed, "
               << Result.Findings.size() - Suppressed << " finding(s), " << Failing
               << " failing the gate (--fail-on=" << CL.FailOn << ")";
  if (Suppressed)
    llvm::errs() << ", " << Suppressed << " suppressed by NOLINT";
  if (!Result.Failures.empty())
    llvm::errs() << ", " << Result.Failures.size() << " file(s) NOT analysed";
  llvm::errs() << "\n";

  if (!Result.ConfigErrors.empty())
    return UsageError;
  if (!Result.Failures.empty())
    return Incomplete;
  return Failing ? GateFailed : Clean;
}
