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
#include "Progress.h"
#include "Report.h"
#include "utils/RuleCatalog.h"

#include "clang-tidy/ClangTidyOptions.h"
#include "clang/Tooling/CompilationDatabase.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/GlobPattern.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Regex.h"
#include "llvm/Support/raw_ostream.h"
#include <cstdlib>
#include <map>
#include <thread>

using namespace distlint;

namespace {

enum ExitCode { Clean = 0, GateFailed = 1, UsageError = 2, Incomplete = 3 };

llvm::cl::OptionCategory Category("distlint options");

llvm::cl::opt<std::string> BuildDir("p", llvm::cl::Prefix, llvm::cl::value_desc("build-dir"),
                                    llvm::cl::desc("directory holding compile_commands.json "
                                                   "(default: searched upwards from the first "
                                                   "source, or from the working directory)"),
                                    llvm::cl::cat(Category));
llvm::cl::opt<std::string> Checks("checks", llvm::cl::value_desc("globs"),
                                  llvm::cl::desc("checks to run, layered over .clang-tidy "
                                                 "('distsys-*,-distsys-missing-timeout')"),
                                  llvm::cl::cat(Category));
llvm::cl::opt<std::string> ConfigFile(
    "config-file", llvm::cl::value_desc("path"),
    llvm::cl::desc("use this .clang-tidy-format file instead of discovering .clang-tidy"),
    llvm::cl::cat(Category));
llvm::cl::opt<std::string>
    ConfigText("config", llvm::cl::value_desc("yaml"),
               llvm::cl::desc("the configuration itself, in .clang-tidy's YAML "
                              "(\"{Checks: 'distsys-*', HeaderFilterRegex: 'src/.*'}\"), instead "
                              "of discovering .clang-tidy"),
               llvm::cl::cat(Category));
llvm::cl::opt<std::string>
    HeaderFilter("header-filter", llvm::cl::value_desc("regex"),
                 llvm::cl::desc("also analyse and report the headers whose path matches "
                                "<regex> (overrides HeaderFilterRegex)"),
                 llvm::cl::cat(Category));
llvm::cl::opt<std::string> ExcludeHeaderFilter(
    "exclude-header-filter", llvm::cl::value_desc("regex"),
    llvm::cl::desc("of those, leave out the headers whose path matches <regex> (overrides "
                   "ExcludeHeaderFilterRegex)"),
    llvm::cl::cat(Category));
llvm::cl::list<std::string>
    Exclude("exclude", llvm::cl::value_desc("glob"), llvm::cl::CommaSeparated,
            llvm::cl::desc("do not analyse the sources whose absolute path matches <glob> "
                           "('*' also matches '/'; repeatable, or comma-separated: "
                           "'*.pb.cc,*/third_party/*')"),
            llvm::cl::cat(Category));
llvm::cl::list<std::string>
    ExtraArgs("extra-arg", llvm::cl::value_desc("arg"),
              llvm::cl::desc("append <arg> to each compile command (repeatable)"),
              llvm::cl::cat(Category));
llvm::cl::list<std::string>
    ExtraArgsBefore("extra-arg-before", llvm::cl::value_desc("arg"),
                    llvm::cl::desc("prepend <arg> to each compile command (repeatable)"),
                    llvm::cl::cat(Category));
llvm::cl::opt<std::string> Format("format", llvm::cl::value_desc("text|sarif|json|codequality"),
                                  llvm::cl::desc("report format on standard output"),
                                  llvm::cl::init("text"), llvm::cl::cat(Category));
llvm::cl::opt<std::string> Output("o", llvm::cl::Prefix, llvm::cl::value_desc("file"),
                                  llvm::cl::desc("write the report to <file> instead of standard "
                                                 "output"),
                                  llvm::cl::cat(Category));
llvm::cl::opt<std::string> SarifFile("sarif", llvm::cl::value_desc("file"),
                                     llvm::cl::desc("also write a SARIF 2.1.0 log to <file>"),
                                     llvm::cl::cat(Category));
llvm::cl::opt<std::string> SarifSuppressed(
    "sarif-suppressed", llvm::cl::value_desc("keep|omit"),
    llvm::cl::desc("NOLINT'd results in SARIF: kept with a suppression (default), or left out "
                   "(GitHub code scanning ignores suppressions and would open alerts)"),
    llvm::cl::init("keep"), llvm::cl::cat(Category));
llvm::cl::opt<unsigned> Jobs("j", llvm::cl::Prefix, llvm::cl::value_desc("N"),
                             llvm::cl::desc("translation units analysed in parallel (default: "
                                            "all cores)"),
                             llvm::cl::init(0), llvm::cl::cat(Category));
llvm::cl::opt<std::string>
    FailOn("fail-on", llvm::cl::value_desc("error|warning|note|none"),
           llvm::cl::desc("lowest level that fails the run with exit code 1"),
           llvm::cl::init("warning"), llvm::cl::cat(Category));
llvm::cl::opt<std::string>
    Baseline("baseline", llvm::cl::value_desc("sarif"),
             llvm::cl::desc("results recorded in this SARIF log do not fail the gate"),
             llvm::cl::cat(Category));
llvm::cl::opt<std::string>
    DiffBase("diff-base", llvm::cl::value_desc("git-rev"),
             llvm::cl::desc("only results on lines changed since <git-rev> fail the gate"),
             llvm::cl::cat(Category));
llvm::cl::opt<std::string>
    PolicyGlob("policy-files", llvm::cl::value_desc("glob"),
               llvm::cl::desc("also analyse the IAM policy JSON files matching <glob> "
                              "('**/*.json')"),
               llvm::cl::cat(Category));
llvm::cl::opt<std::string> ExportSummaries(
    "export-summaries", llvm::cl::value_desc("file"),
    llvm::cl::desc("also write what the analysed files' functions do to the handles passed to them "
                   "(for the clang-tidy plugin's and clangd's SummaryFile option)"),
    llvm::cl::cat(Category));
llvm::cl::opt<bool> Fix("fix",
                        llvm::cl::desc("apply the fix-its that are safe to apply automatically"),
                        llvm::cl::cat(Category));
llvm::cl::opt<bool>
    FixNotes("fix-notes",
             llvm::cl::desc("with --fix or --export-fixes, also take the fix-it suggested on a "
                            "note when a finding has exactly one and none of its own (a "
                            "judgement call, such as a timeout value: review it)"),
             llvm::cl::cat(Category));
llvm::cl::opt<std::string>
    ExportFixes("export-fixes", llvm::cl::value_desc("yaml"),
                llvm::cl::desc("write the fixes --fix would apply to <yaml>, for "
                               "clang-apply-replacements"),
                llvm::cl::cat(Category));
llvm::cl::opt<bool> Quiet("quiet",
                          llvm::cl::desc("print the findings and errors only, without notes on "
                                         "the run and its closing summary"),
                          llvm::cl::cat(Category));
llvm::cl::opt<llvm::cl::boolOrDefault>
    UseColor("use-color",
             llvm::cl::desc("colour the text report (default: when standard output is a "
                            "terminal)"),
             llvm::cl::cat(Category));
llvm::cl::opt<unsigned>
    StackMiB("stack-size", llvm::cl::value_desc("MiB"), llvm::cl::init(512), llvm::cl::Hidden,
             llvm::cl::desc("stack of each translation unit's thread (deep nesting needs it)"),
             llvm::cl::cat(Category));
llvm::cl::opt<bool>
    VerifyConfig("verify-config",
                 llvm::cl::desc("check each file's configuration (unknown checks and options, bad "
                                "values, malformed .clang-tidy) without analysing, and exit"),
                 llvm::cl::cat(Category));
llvm::cl::opt<bool> ListChecks("list-checks", llvm::cl::desc("list the rules and exit"),
                               llvm::cl::cat(Category));
llvm::cl::opt<std::string> Explain("explain", llvm::cl::value_desc("rule-id"),
                                   llvm::cl::desc("print a rule's documentation and exit"),
                                   llvm::cl::cat(Category));
llvm::cl::list<std::string> SourceArgs(llvm::cl::Positional, llvm::cl::desc("<source>..."),
                                       llvm::cl::cat(Category));

const char Overview[] =
    R"(Finds distributed-systems anti-patterns in C++ (checks distsys-*). With no sources,
analyses every file in the compilation database. Compiler arguments after '--' replace the
compilation database for the sources given. Arguments can also come from response files
(@file).
)";

llvm::cl::extrahelp ExitCodes(R"(
EXIT CODES:
  0 nothing fails the gate   1 results fail the gate   2 usage or configuration error
  3 analysis incomplete (a file failed to parse, had no compile command, or a check failed)
)");

struct CommandLine {
  std::vector<std::string> Sources;
  std::optional<std::vector<std::string>> FixedArgs; // after "--"
  std::string BuildDir, Format, Output, SarifFile, FailOn, Baseline, DiffBase, Explain, PolicyGlob,
      ExportSummaries;
  std::optional<std::string> Checks, ConfigFile, ConfigText, HeaderFilter, ExcludeHeaderFilter;
  std::vector<std::string> Exclude, ExtraArgs, ExtraArgsBefore;
  std::string ExportFixes, SarifSuppressed;
  std::optional<bool> UseColor;
  unsigned Jobs = 0;
  bool ListChecks = false, Fix = false, FixNotes = false, VerifyConfig = false, Quiet = false;
};

/// Parses the command line with llvm::cl (response files expanded first); on a usage error
/// returns the message.
std::optional<std::string> parse(int Argc, const char **Argv, CommandLine &CL) {
  llvm::BumpPtrAllocator Alloc;
  llvm::SmallVector<const char *, 64> Args(Argv, Argv + Argc);
  llvm::cl::ExpansionContext Expander(Alloc, llvm::cl::TokenizeGNUCommandLine);
  if (llvm::Error E = Expander.expandResponseFiles(Args))
    return llvm::toString(std::move(E));
  // Compiler arguments follow "--" (as for clang-tidy); llvm::cl would take them for sources.
  auto Dashes = llvm::find_if(Args, [](const char *A) { return llvm::StringRef(A) == "--"; });
  if (Dashes != Args.end())
    CL.FixedArgs.emplace(std::next(Dashes), Args.end());
  Args.erase(Dashes, Args.end());
  // -h as a spelling of --help (llvm::cl prints its extra help only while parsing).
  std::replace_if(
      Args.begin() + 1, Args.end(), [](const char *A) { return llvm::StringRef(A) == "-h"; },
      "--help");

  llvm::cl::HideUnrelatedOptions(Category);
  llvm::cl::SetVersionPrinter([](llvm::raw_ostream &OS) {
    OS << "distlint " DISTLINT_VERSION " (LLVM " DISTLINT_LLVM_VERSION ")\n";
  });
  std::string Errors;
  llvm::raw_string_ostream ErrorStream(Errors);
  if (!llvm::cl::ParseCommandLineOptions(Args.size(), Args.data(), Overview, &ErrorStream)) {
    // llvm::cl names the program and suggests its own hidden options; keep the first line.
    llvm::StringRef First = llvm::StringRef(Errors).trim().split('\n').first;
    First.consume_front(Args[0]);
    First.consume_front("distlint");
    First.consume_front(": ");
    if (First.empty()) // a value error, already printed by llvm::cl
      return std::string("invalid command line (see --help)");
    return First.split("  Try:").first.rtrim(" .").str() + " (see --help)";
  }
  CL.Sources.assign(SourceArgs.begin(), SourceArgs.end());
  CL.BuildDir = BuildDir;
  CL.Format = Format;
  CL.Output = Output;
  CL.SarifFile = SarifFile;
  CL.FailOn = FailOn;
  CL.Baseline = Baseline;
  CL.DiffBase = DiffBase;
  CL.Explain = Explain;
  CL.PolicyGlob = PolicyGlob;
  CL.ExportSummaries = ExportSummaries;
  CL.ListChecks = ListChecks;
  CL.VerifyConfig = VerifyConfig;
  CL.Fix = Fix;
  if (Checks.getNumOccurrences())
    CL.Checks = Checks;
  if (ConfigFile.getNumOccurrences())
    CL.ConfigFile = ConfigFile;
  if (ConfigText.getNumOccurrences())
    CL.ConfigText = ConfigText;
  if (CL.ConfigFile && CL.ConfigText)
    return std::string("--config and --config-file cannot be used together");
  if (HeaderFilter.getNumOccurrences())
    CL.HeaderFilter = HeaderFilter;
  if (ExcludeHeaderFilter.getNumOccurrences())
    CL.ExcludeHeaderFilter = ExcludeHeaderFilter;
  CL.Exclude.assign(Exclude.begin(), Exclude.end());
  CL.ExtraArgs.assign(ExtraArgs.begin(), ExtraArgs.end());
  CL.ExtraArgsBefore.assign(ExtraArgsBefore.begin(), ExtraArgsBefore.end());
  CL.ExportFixes = ExportFixes;
  CL.SarifSuppressed = SarifSuppressed;
  if (!llvm::is_contained({"keep", "omit"}, CL.SarifSuppressed))
    return "--sarif-suppressed must be keep or omit, not '" + CL.SarifSuppressed + "'";
  CL.FixNotes = FixNotes;
  CL.Quiet = Quiet;
  if (UseColor != llvm::cl::BOU_UNSET)
    CL.UseColor = UseColor == llvm::cl::BOU_TRUE;
  CL.Jobs = Jobs.getNumOccurrences() ? Jobs : std::max(1u, std::thread::hardware_concurrency());
  if (Jobs.getNumOccurrences() && Jobs == 0)
    return std::string("-j needs a positive number, not '0'");
  if (!llvm::is_contained({"text", "sarif", "json", "codequality"}, CL.Format))
    return "--format must be text, sarif, json or codequality, not '" + CL.Format + "'";
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

RunInfo describeRun() {
  RunInfo Run;
  llvm::SmallString<256> Cwd;
  llvm::sys::fs::current_path(Cwd);
  Run.WorkingDirectory = std::string(Cwd);
  std::string Top =
      runProgramTrimmed({"git", "-C", std::string(Cwd), "rev-parse", "--show-toplevel"});
  Run.Root.Path = Top.empty() ? std::string(Cwd) : Top;
  if (!Top.empty()) {
    std::string Revision = runProgramTrimmed({"git", "-C", Top, "rev-parse", "HEAD"});
    if (!Revision.empty()) {
      std::string Remote =
          runProgramTrimmed({"git", "-C", Top, "config", "--get", "remote.origin.url"});
      std::string Branch =
          runProgramTrimmed({"git", "-C", Top, "rev-parse", "--abbrev-ref", "HEAD"});
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

/// The rule's page in the installed tree (<prefix>/share/doc/distlint/checks/<id>.md, found from
/// the binary's own location), else its page on the project's home page.
std::string documentationOf(const Rule &R, const char *Argv0) {
  std::string Self = llvm::sys::fs::getMainExecutable(Argv0, (void *)&documentationOf);
  llvm::SmallString<256> Page(llvm::sys::path::parent_path(llvm::sys::path::parent_path(Self)));
  llvm::sys::path::append(Page, DISTLINT_INSTALL_DOCDIR, "checks", R.Id + ".md");
  if (llvm::sys::fs::exists(Page))
    return std::string(Page);
  return helpUri(R);
}

int explain(llvm::StringRef Id, const char *Argv0) {
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
  llvm::outs() << "\nTags: " << llvm::join(R->Tags, ", ")
               << "\nDocumentation: " << documentationOf(*R, Argv0) << "\n";
  return Clean;
}

/// Writes a report to \p Path (standard output when empty). A regular file is written to a
/// temporary file beside it and renamed into place, so a failed write (full disk), SIGINT or
/// SIGTERM never leaves a truncated report nor destroys the previous one; a device or pipe is
/// written directly. Any write error is reported and returns false (exit 2).
bool writeTo(const std::string &Path, llvm::function_ref<void(llvm::raw_ostream &)> Write) {
  auto Failed = [&](llvm::StringRef Why) {
    llvm::errs() << "distlint: error: cannot write "
                 << (Path.empty() ? std::string("the report to standard output") : "'" + Path + "'")
                 << ": " << Why << "\n";
    return false;
  };
  // raw_fd_ostream aborts ("IO failure on output stream") if destroyed with an error pending.
  auto Finish = [&](llvm::raw_fd_ostream &OS) {
    OS.flush();
    std::error_code EC = OS.error();
    OS.clear_error();
    return EC;
  };
  if (Path.empty()) {
    Write(llvm::outs());
    if (std::error_code EC = Finish(llvm::outs()))
      return Failed(EC.message());
    return true;
  }
  llvm::sys::fs::file_status Status;
  if (!llvm::sys::fs::status(Path, Status) &&
      Status.type() != llvm::sys::fs::file_type::regular_file) {
    std::error_code EC;
    llvm::raw_fd_ostream Out(Path, EC);
    if (EC)
      return Failed(EC.message());
    Write(Out);
    if (std::error_code WriteError = Finish(Out))
      return Failed(WriteError.message());
    return true;
  }
  auto Temp = llvm::sys::fs::TempFile::create(Path + ".distlint-%%%%%%"); // removed on signals
  if (!Temp)
    return Failed(llvm::toString(Temp.takeError()));
  std::error_code WriteError;
  {
    llvm::raw_fd_ostream Out(Temp->FD, /*shouldClose=*/false);
    Write(Out);
    WriteError = Finish(Out);
  }
  if (WriteError) {
    llvm::consumeError(Temp->discard());
    return Failed(WriteError.message());
  }
  if (llvm::Error E = Temp->keep(Path))
    return Failed(llvm::toString(std::move(E)));
  return true;
}

} // namespace

int main(int Argc, const char **Argv) {
  llvm::InitLLVM Init(Argc, Argv);
  CommandLine CL;
  if (auto Error = parse(Argc, Argv, CL))
    return usageError(*Error);
  if (CL.ListChecks)
    return listChecks();
  if (!CL.Explain.empty())
    return explain(CL.Explain, Argv[0]);

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
  Options.StackMiB = std::max(1u, StackMiB.getValue());
  if (CL.ConfigFile) {
    if (!llvm::sys::fs::exists(*CL.ConfigFile))
      return usageError("--config-file: no such file '" + *CL.ConfigFile + "'");
    Options.ConfigFile = CL.ConfigFile;
  }
  Options.ConfigText = CL.ConfigText;
  Options.HeaderFilter = CL.HeaderFilter;
  Options.ExcludeHeaderFilter = CL.ExcludeHeaderFilter;
  for (const auto &[Flag, Regex] :
       {std::pair("--header-filter", &CL.HeaderFilter),
        std::pair("--exclude-header-filter", &CL.ExcludeHeaderFilter)}) {
    std::string RegexError;
    if (*Regex && !llvm::Regex(**Regex).isValid(RegexError))
      return usageError(std::string(Flag) + ": '" + **Regex +
                        "' is not a valid regex: " + RegexError);
  }
  Options.ExtraArgs = CL.ExtraArgs;
  Options.ExtraArgsBefore = CL.ExtraArgsBefore;
  for (const std::string &Source : CL.Sources) {
    if (!llvm::sys::fs::exists(Source))
      return usageError("no such file: '" + Source + "'");
    Options.Files.push_back(absolute(Source));
  }
  if (Options.Files.empty() && !PoliciesOnly)
    Options.Files = Database->getAllFiles();
  unsigned Excluded = 0;
  if (!CL.Exclude.empty()) {
    std::vector<llvm::GlobPattern> Globs;
    for (const std::string &Glob : CL.Exclude) {
      auto Pattern = llvm::GlobPattern::create(Glob);
      if (!Pattern)
        return usageError("--exclude: '" + Glob + "': " + llvm::toString(Pattern.takeError()));
      Globs.push_back(std::move(*Pattern));
    }
    size_t Before = Options.Files.size();
    llvm::erase_if(Options.Files, [&](const std::string &File) {
      return llvm::any_of(Globs, [&](const llvm::GlobPattern &G) { return G.match(File); });
    });
    Excluded = Before - Options.Files.size();
    if (Options.Files.empty() && Policies->empty())
      return usageError("--exclude leaves no file to analyse");
  }
  if (Options.Files.empty() && Policies->empty())
    return usageError("the compilation database lists no files");
  Options.ResourceDir = findResourceDir(Argv[0]);
  if (Options.ResourceDir.empty())
    return usageError("cannot find clang's builtin headers (lib/clang/" DISTLINT_LLVM_MAJOR
                      "/include); install clang-" DISTLINT_LLVM_MAJOR);

  if (CL.VerifyConfig) {
    Options.VerifyConfigOnly = true;
    AnalysisResult Result = analyze(Options);
    sortAndDeduplicate(Result);
    for (const std::string &E : Result.ConfigErrors)
      llvm::errs() << "distlint: configuration error: " << printable(E) << "\n";
    for (const AnalysisFailure &F : Result.Failures)
      llvm::errs() << "distlint: " << printable(F.Message) << "\n";
    if (!Result.ConfigErrors.empty() || !Result.Failures.empty())
      return UsageError;
    llvm::outs() << "distlint: no configuration errors in " << Options.Files.size()
                 << " file(s)\n";
    return Clean;
  }

  RunInfo Run = describeRun();
  Run.FailOnRank = *failOnRank(CL.FailOn);
  Run.OmitSuppressed = CL.SarifSuppressed == "omit";
  BaselineCounts Baseline;
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

  // Never silent for long: a line redrawn on a terminal, a line every few seconds in a CI log.
  std::optional<Progress> Shown;
  if (!CL.Quiet) {
    Shown.emplace(Options.Files.size(), llvm::errs(), llvm::errs().is_displayed(),
                  SourceRoot{Run.WorkingDirectory});
    Options.OnFileDone = [&](const std::string &File, double Seconds) {
      Shown->fileDone(File, Seconds);
    };
  }
  AnalysisResult Result = analyze(Options);
  if (Shown)
    Shown->finish();
  analyzePolicyFiles(Options, *Policies, Result);
  sortAndDeduplicate(Result);
  assignFingerprints(Result.Findings, Run.Root);
  if (Changed)
    applyDiff(Result.Findings, *Changed);
  applyBaseline(Result.Findings, Baseline);

  const RuleCatalog &Catalog = RuleCatalog::builtin();
  bool Written = writeTo(CL.Output, [&](llvm::raw_ostream &OS) {
    if (CL.Format == "sarif")
      OS << serialize(toSarif(Result, Catalog, Run)) << "\n";
    else if (CL.Format == "json")
      OS << serialize(toJson(Result, Run.Root, Run.FailOnRank)) << "\n";
    else if (CL.Format == "codequality")
      OS << serialize(toCodeQuality(Result, Catalog, Run.Root)) << "\n";
    else
      writeText(OS, Result, SourceRoot{Run.WorkingDirectory}, // clang style: relative to cwd
                Run.FailOnRank, CL.UseColor.value_or(CL.Output.empty() && OS.has_colors()));
  });
  if (!CL.SarifFile.empty())
    Written &= writeTo(CL.SarifFile, [&](llvm::raw_ostream &OS) {
      OS << serialize(toSarif(Result, Catalog, Run)) << "\n";
    });
  if (!CL.ExportSummaries.empty())
    Written &= writeTo(CL.ExportSummaries,
                       [&](llvm::raw_ostream &OS) { OS << Result.Summaries.toJson(); });
  if (!CL.ExportFixes.empty())
    Written &= writeTo(CL.ExportFixes, [&](llvm::raw_ostream &OS) {
      exportFixes(OS, Result.Findings, CL.FixNotes, Run.WorkingDirectory);
    });
  if (!Written)
    return UsageError;
  if (CL.Fix) {
    auto Files = applyFixes(Result.Findings, CL.FixNotes);
    if (!Files)
      return usageError(llvm::toString(Files.takeError()));
    llvm::errs() << "distlint: applied fixes in " << *Files << " file(s)\n";
  }

  llvm::outs().flush(); // the report first, then the summary, also when both go to one pipe
  if (Excluded && !CL.Quiet)
    Result.Notices.push_back(std::to_string(Excluded) + " file(s) left out by --exclude");
  if (!CL.Quiet)
    for (const std::string &N : Result.Notices)
      llvm::errs() << "distlint: note: " << printable(N) << "\n";
  for (const std::string &E : Result.ConfigErrors)
    llvm::errs() << "distlint: configuration error: " << printable(E) << "\n";
  for (const AnalysisFailure &F : Result.Failures)
    llvm::errs() << "distlint: not analysed: " << printable(F.Message) << "\n";
  unsigned Failing = gatingFindings(Result.Findings, Run.FailOnRank);
  unsigned Suppressed =
      llvm::count_if(Result.Findings, [](const Finding &F) { return F.Suppressed; });
  if (!CL.Quiet) {
    llvm::errs() << "distlint: " << Result.FilesAnalysed << " file(s) analysed, "
                 << Result.Findings.size() - Suppressed << " finding(s), " << Failing
                 << " failing the gate (--fail-on=" << CL.FailOn << ")";
    if (Suppressed)
      llvm::errs() << ", " << Suppressed << " suppressed by NOLINT";
    if (!Result.Failures.empty())
      llvm::errs() << ", " << Result.Failures.size() << " file(s) NOT analysed";
    llvm::errs() << "\n";
  }

  int Code = !Result.ConfigErrors.empty() ? UsageError
             : !Result.Failures.empty()   ? Incomplete
             : Failing                    ? GateFailed
                                          : Clean;
  if (Result.Crashed) {
    // A recovered crash abandons that file's compiler state half-way; LLVM's shutdown would
    // destroy what it left registered (seen: a segfault in TimerGroup::removeTimer, exit 139
    // instead of 3). The reports are written: leave without running destructors.
    llvm::outs().flush();
    llvm::errs().flush();
    std::_Exit(Code);
  }
  return Code;
}
