//===--- Analysis.cpp -----------------------------------------------------===//
#include "Analysis.h"

#include "Report.h"
#include "utils/RuleCatalog.h"

#include "clang-tidy/ClangTidy.h"
#include "clang-tidy/ClangTidyDiagnosticConsumer.h"
#include "clang-tidy/ClangTidyModule.h"
#include "clang-tidy/ClangTidyOptions.h"
#include "clang-tidy/GlobList.h"
#include "clang/AST/ASTConsumer.h"
#include "clang/AST/ASTContext.h"
#include "clang/Basic/DiagnosticIDs.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Basic/Stack.h"
#include "clang/Frontend/CompilerInstance.h"
#include "clang/Frontend/FrontendAction.h"
#include "clang/Frontend/MultiplexConsumer.h"
#include "clang/Lex/Lexer.h"
#include "clang/Lex/PPCallbacks.h"
#include "clang/Lex/Preprocessor.h"
#include "clang/Tooling/ArgumentsAdjusters.h"
#include "clang/Tooling/Tooling.h"
#include "llvm/Support/CrashRecoveryContext.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Regex.h"
#include "llvm/Support/ThreadPool.h"
#include "llvm/Support/VirtualFileSystem.h"
#include "llvm/Support/YAMLParser.h"
#include <chrono>
#include <csignal>

// Keeps the distsys module (and its registration) in the link from the static archive.
extern volatile int DistsysModuleAnchorSource;
[[maybe_unused]] static int DistsysModuleAnchorDestination = DistsysModuleAnchorSource;

namespace distlint {
namespace {
using namespace clang;
using namespace clang::tidy;

/// Parses a .clang-tidy text, recording each YAML error as "file:line:col: message" in
/// \p Errors. The offending line itself is never echoed: a .clang-tidy linked to a secret would
/// print it into the CI log.
llvm::ErrorOr<ClangTidyOptions> parseConfig(llvm::MemoryBufferRef Config,
                                            std::vector<std::string> &Errors) {
  auto Parsed = parseConfigurationWithDiags(Config, [&](const llvm::SMDiagnostic &D) {
    Errors.push_back(Config.getBufferIdentifier().str() + ":" + std::to_string(D.getLineNo()) +
                     ":" + std::to_string(D.getColumnNo() + 1) + ": " + D.getMessage().str());
  });
  if (!Parsed && Errors.empty())
    Errors.push_back(Config.getBufferIdentifier().str() + ": " + Parsed.getError().message());
  return Parsed;
}

/// clang-tidy's .clang-tidy discovery, except that a malformed file is recorded in \p Errors
/// (the run then stops with exit 2) instead of being skipped with a message printed once per
/// lookup and the defaults used. (FileOptionsProvider's constructor taking handlers leaves its
/// file system unset, hence the handler is replaced here.)
class CheckedFileOptionsProvider : public FileOptionsProvider {
public:
  CheckedFileOptionsProvider(ClangTidyGlobalOptions Global, ClangTidyOptions Defaults,
                             ClangTidyOptions Overrides, std::vector<std::string> &Errors)
      : FileOptionsProvider(std::move(Global), std::move(Defaults), std::move(Overrides),
                            llvm::vfs::getRealFileSystem()) {
    ConfigHandlers.clear();
    ConfigHandlers.emplace_back(".clang-tidy", [&Errors](llvm::MemoryBufferRef Config) {
      auto Parsed = parseConfig(Config, Errors);
      return Parsed ? Parsed : llvm::ErrorOr<ClangTidyOptions>(ClangTidyOptions());
    });
  }
};

/// Whether a Checks value names distsys checks, to enable or to disable them.
bool selectsDistsys(llvm::StringRef Checks) {
  llvm::SmallVector<llvm::StringRef, 8> Globs;
  Checks.split(Globs, ',', -1, /*KeepEmpty=*/false);
  return llvm::any_of(Globs, [](llvm::StringRef Glob) {
    Glob = Glob.trim();
    Glob.consume_front("-");
    return Glob.starts_with("distsys-");
  });
}

/// People run distlint for the distsys checks: a project configuration whose Checks never name a
/// distsys glob (a '-*,readability-*' meant for clang-tidy) does not switch them off; one that
/// does name them decides.
class DistsysUnlessSelected : public ClangTidyOptionsProvider {
public:
  explicit DistsysUnlessSelected(std::unique_ptr<ClangTidyOptionsProvider> Inner)
      : Inner(std::move(Inner)) {}
  const ClangTidyGlobalOptions &getGlobalOptions() override { return Inner->getGlobalOptions(); }
  std::vector<OptionsSource> getRawOptions(llvm::StringRef FileName) override {
    std::vector<OptionsSource> Sources = Inner->getRawOptions(FileName);
    // The first source is distlint's defaults ("distsys-*"), the rest the configuration's.
    if (llvm::none_of(llvm::drop_begin(Sources), [](const OptionsSource &Source) {
          return Source.first.Checks && selectsDistsys(*Source.first.Checks);
        })) {
      ClangTidyOptions All;
      All.Checks = "distsys-*";
      Sources.emplace_back(std::move(All), "distlint (the configuration names no distsys check)");
    }
    return Sources;
  }

private:
  std::unique_ptr<ClangTidyOptionsProvider> Inner;
};

/// The per-file configuration: --config-file or .clang-tidy discovery, with --checks on top.
/// Errors in a discovered .clang-tidy land in \p ConfigErrors (read after setCurrentFile).
std::unique_ptr<ClangTidyOptionsProvider>
makeOptionsProvider(const AnalysisOptions &Options, std::vector<std::string> &ConfigErrors) {
  ClangTidyGlobalOptions Global;
  ClangTidyOptions Defaults = ClangTidyOptions::getDefaults();
  Defaults.Checks = "distsys-*";
  Defaults.HeaderFilterRegex = "";
  Defaults.SystemHeaders = false;
  // Only distsys checks run, whatever a glob enables ('*' is common in real projects): the Clang
  // Static Analyzer is the one other source of checks linked in (clang-tidy's modules are not).
  ClangTidyOptions Overrides;
  Overrides.Checks = (Options.Checks ? *Options.Checks + "," : std::string()) + "-clang-analyzer-*";
  Overrides.HeaderFilterRegex = Options.HeaderFilter;
  Overrides.ExcludeHeaderFilterRegex = Options.ExcludeHeaderFilter;
  std::unique_ptr<ClangTidyOptionsProvider> Provider;

  if (Options.ConfigFile || Options.ConfigText) {
    std::unique_ptr<llvm::MemoryBuffer> Text;
    if (Options.ConfigText) {
      Text = llvm::MemoryBuffer::getMemBuffer(*Options.ConfigText, "--config");
    } else if (auto Buffer = llvm::MemoryBuffer::getFile(*Options.ConfigFile)) {
      Text = std::move(*Buffer);
    } else {
      ConfigErrors.push_back("cannot read config file '" + *Options.ConfigFile +
                             "': " + Buffer.getError().message());
      return nullptr;
    }
    auto Parsed = parseConfig(Text->getMemBufferRef(), ConfigErrors);
    if (!Parsed) {
      for (std::string &E : ConfigErrors)
        E = (Options.ConfigText ? "invalid --config " : "invalid config file ") + E;
      return nullptr;
    }
    Provider = std::make_unique<ConfigOptionsProvider>(std::move(Global), std::move(Defaults),
                                                       std::move(*Parsed), std::move(Overrides));
  } else {
    Provider = std::make_unique<CheckedFileOptionsProvider>(std::move(Global), std::move(Defaults),
                                                            std::move(Overrides), ConfigErrors);
  }
  // --checks is the user's own selection, merged with the configuration's as clang-tidy does.
  if (Options.Checks)
    return Provider;
  return std::make_unique<DistsysUnlessSelected>(std::move(Provider));
}

/// Configuration mistakes clang-tidy passes over silently, as its --verify-config reports them:
/// globs and options naming no distsys check or option, booleans that are not, a header filter
/// that is no regex.
void verifyConfig(const ClangTidyOptions &Opts, const std::string &File,
                  std::vector<std::string> &Errors) {
  const RuleCatalog &Catalog = RuleCatalog::builtin();
  auto Error = [&](const std::string &What) { Errors.push_back(File + ": " + What); };
  // The globs point into Checks: value_or's temporary would be gone before they are read.
  std::string Checks = Opts.Checks.value_or("");
  llvm::SmallVector<llvm::StringRef, 8> Globs;
  llvm::StringRef(Checks).split(Globs, ',', -1, /*KeepEmpty=*/false);
  for (llvm::StringRef Glob : Globs) {
    Glob = Glob.trim();
    llvm::StringRef Pattern = Glob;
    Pattern.consume_front("-");
    if (!Pattern.starts_with("distsys-"))
      continue;
    GlobList One(Pattern);
    if (llvm::none_of(Catalog.rules(), [&](const Rule &R) { return One.contains(R.Id); }))
      Error("Checks glob '" + Glob.str() + "' matches no distsys check");
  }
  for (const auto &[Key, Value] : Opts.CheckOptions) {
    llvm::StringRef Name(Key);
    if (!Name.starts_with("distsys-"))
      continue;
    auto [CheckId, OptionName] = Name.split('.');
    const Rule *R = Catalog.find(CheckId);
    if (!R) {
      Error("option '" + Name.str() + "' names no distsys check");
      continue;
    }
    auto Option =
        llvm::find_if(R->Options, [&](const RuleOption &O) { return O.Name == OptionName; });
    if (Option == R->Options.end()) {
      std::string Known;
      for (const RuleOption &O : R->Options)
        Known += (Known.empty() ? "" : ", ") + O.Name;
      Error("unknown option '" + Name.str() + "' (" + CheckId.str() + " has: " + Known + ")");
      continue;
    }
    long long Number;
    bool IsBool = Option->Default == "true" || Option->Default == "false";
    if (IsBool && !llvm::yaml::parseBool(Value.Value) &&
        llvm::StringRef(Value.Value).getAsInteger(10, Number))
      Error("option '" + Name.str() + "' must be true or false, not '" + Value.Value + "'");
  }
  for (const auto &[Name, Regex] :
       {std::pair("HeaderFilterRegex", &Opts.HeaderFilterRegex),
        std::pair("ExcludeHeaderFilterRegex", &Opts.ExcludeHeaderFilterRegex)}) {
    std::string RegexError;
    if (*Regex && !(*Regex)->empty() && !llvm::Regex(**Regex).isValid(RegexError))
      Error(std::string(Name) + " '" + **Regex + "' is not a valid regex: " + RegexError);
  }
}

/// The headers whose findings are reported and whose declarations are matched: those
/// HeaderFilterRegex selects and ExcludeHeaderFilterRegex does not, as in clang-tidy.
class HeaderSelection {
public:
  explicit HeaderSelection(const ClangTidyOptions &Opts) {
    if (Opts.HeaderFilterRegex && !Opts.HeaderFilterRegex->empty())
      Include.emplace(*Opts.HeaderFilterRegex);
    if (Opts.ExcludeHeaderFilterRegex && !Opts.ExcludeHeaderFilterRegex->empty())
      Exclude.emplace(*Opts.ExcludeHeaderFilterRegex);
  }
  bool selects(llvm::StringRef Header) const {
    return Include && Include->match(Header) && !(Exclude && Exclude->match(Header));
  }

private:
  std::optional<llvm::Regex> Include, Exclude;
};

std::string lineText(SourceLocation Loc, const SourceManager &SM) {
  Loc = SM.getFileLoc(Loc);
  auto [File, Offset] = SM.getDecomposedLoc(Loc);
  bool Invalid = false;
  llvm::StringRef Buffer = SM.getBufferData(File, &Invalid);
  if (Invalid)
    return "";
  size_t Start = Buffer.rfind('\n', Offset); // searches before Offset
  Start = Start == llvm::StringRef::npos ? 0 : Start + 1;
  size_t End = Buffer.find_first_of("\r\n", Offset);
  return Buffer.slice(Start, End).str();
}

SourceSpan spanOf(SourceLocation Begin, SourceLocation End, const SourceManager &SM) {
  SourceSpan Span;
  Begin = SM.getFileLoc(Begin);
  End = End.isValid() ? SM.getFileLoc(End) : Begin;
  PresumedLoc P = SM.getPresumedLoc(Begin, /*UseLineDirectives=*/false);
  if (P.isInvalid())
    return Span;
  llvm::SmallString<256> Path(P.getFilename());
  // Relative to the compile command's directory: this translation unit's file system knows it.
  SM.getFileManager().getVirtualFileSystem().makeAbsolute(Path);
  llvm::sys::path::remove_dots(Path, /*remove_dot_dot=*/true);
  Span.File = std::string(Path);
  Span.Line = P.getLine();
  Span.Column = P.getColumn();
  PresumedLoc E = SM.getPresumedLoc(End, false);
  Span.EndLine = E.isValid() ? E.getLine() : Span.Line;
  Span.EndColumn = E.isValid() ? E.getColumn() : Span.Column;
  if (Span.EndLine == Span.Line && Span.EndColumn <= Span.Column)
    Span.EndColumn = Span.Column + 1;
  Span.Utf16Column = utf16Column(lineText(Begin, SM), Span.Column);
  Span.Utf16EndColumn =
      E.isValid() && Span.EndColumn == E.getColumn()
          ? utf16Column(lineText(End, SM), Span.EndColumn)
          : Span.Utf16Column + (Span.EndColumn - Span.Column); // widened to one character
  return Span;
}

/// The primary span: the token at the diagnostic's location.
SourceSpan tokenSpan(SourceLocation Loc, const SourceManager &SM, const LangOptions &LangOpts) {
  SourceLocation FileLoc = SM.getFileLoc(Loc);
  unsigned Length = Lexer::MeasureTokenLength(FileLoc, SM, LangOpts);
  return spanOf(FileLoc, FileLoc.getLocWithOffset(Length ? Length : 1), SM);
}

Fix fixFrom(const Diagnostic &Info, llvm::StringRef Description, const LangOptions &LangOpts) {
  Fix Result;
  Result.Description = Description.str();
  const SourceManager &SM = Info.getSourceManager();
  for (const FixItHint &Hint : Info.getFixItHints()) {
    if (Hint.RemoveRange.isInvalid())
      continue;
    CharSourceRange Range = Hint.RemoveRange;
    SourceLocation Begin = SM.getFileLoc(Range.getBegin());
    SourceLocation End = SM.getFileLoc(Range.getEnd());
    if (Range.isTokenRange())
      End = Lexer::getLocForEndOfToken(End, 0, SM, LangOpts);
    Edit E;
    E.Span = spanOf(Begin, End, SM);
    E.Offset = SM.getFileOffset(Begin);
    E.Length = SM.getFileOffset(End) - E.Offset;
    E.Text = Hint.CodeToInsert;
    if (E.Span.EndLine == E.Span.Line && E.Length == 0) {
      E.Span.EndColumn = E.Span.Column; // an insertion replaces nothing
      E.Span.Utf16EndColumn = E.Span.Utf16Column;
    }
    Result.Edits.push_back(std::move(E));
  }
  return Result;
}

/// The functions defined in the declarations the checks traverse, to name the one a finding is
/// in: fingerprints count identical lines per function, so a copy of a line added to another
/// function does not renumber this one's.
class FunctionIndex {
public:
  void attach(ASTContext &Ctx) {
    AST = &Ctx;
    Ranges.clear();
    Built = false;
  }

  /// The qualified name of the innermost function whose definition contains \p Loc (a file
  /// location); "" outside any. Lambdas and local classes count as their enclosing function.
  std::string nameAt(SourceLocation Loc, const SourceManager &SM) {
    if (!AST)
      return "";
    if (!Built)
      build();
    auto [File, Offset] = SM.getDecomposedLoc(Loc);
    const FunctionRange *Best = nullptr;
    for (const FunctionRange &R : Ranges)
      if (R.File == File && R.Begin <= Offset && Offset <= R.End &&
          (!Best || R.End - R.Begin < Best->End - Best->Begin))
        Best = &R;
    return Best ? Best->Name : "";
  }

private:
  struct FunctionRange {
    FileID File;
    unsigned Begin, End;
    std::string Name;
  };

  void build() {
    Built = true;
    for (Decl *D : AST->getTraversalScope())
      collect(D);
  }

  // Walks declaration contexts only (namespaces, classes, templates), never function bodies:
  // what is inside a body belongs to that function.
  void collect(Decl *D) {
    if (auto *Template = dyn_cast<TemplateDecl>(D))
      if (Decl *Pattern = Template->getTemplatedDecl())
        return collect(Pattern);
    if (auto *FD = dyn_cast<FunctionDecl>(D)) {
      if (FD->doesThisDeclarationHaveABody() && !FD->isImplicit())
        add(FD);
      return;
    }
    if (auto *DC = dyn_cast<DeclContext>(D))
      if (isa<NamespaceDecl, LinkageSpecDecl, ExportDecl, CXXRecordDecl>(D))
        for (Decl *Member : DC->decls())
          collect(Member);
  }

  void add(const FunctionDecl *FD) {
    const SourceManager &SM = AST->getSourceManager();
    SourceLocation Begin = SM.getFileLoc(FD->getBeginLoc());
    SourceLocation End = SM.getFileLoc(FD->getEndLoc());
    if (Begin.isInvalid() || End.isInvalid())
      return;
    auto [File, BeginOffset] = SM.getDecomposedLoc(Begin);
    auto [EndFile, EndOffset] = SM.getDecomposedLoc(End);
    if (File != EndFile || EndOffset < BeginOffset)
      return;
    Ranges.push_back({File, BeginOffset, EndOffset, FD->getQualifiedNameAsString()});
  }

  ASTContext *AST = nullptr;
  std::vector<FunctionRange> Ranges;
  bool Built = false;
};

/// Turns clang-tidy's diagnostics into findings and compiler errors into failures. Clang's own
/// warnings and its "N warnings generated" tally never reach the report: the base class, which
/// counts them, is deliberately not called.
class FindingCollector : public DiagnosticConsumer {
public:
  FindingCollector(ClangTidyContext &Context, AnalysisResult &Result, llvm::StringRef MainFile,
                   FunctionIndex &Functions)
      : Context(Context), Result(Result), MainFile(MainFile), Functions(Functions) {}

  void BeginSourceFile(const LangOptions &Opts, const Preprocessor *) override { LangOpts = Opts; }

  void HandleDiagnostic(DiagnosticsEngine::Level Level, const Diagnostic &Info) override {
    llvm::SmallString<256> Text;
    Info.FormatDiagnostic(Text);
    std::string Check = Context.getCheckName(Info.getID());
    if (Check == "clang-tidy-config") {
      llvm::StringRef Message(Text);
      Message.consume_back(" [clang-tidy-config]");
      Result.ConfigErrors.push_back(Message.str());
      return;
    }
    // The compiler's own warnings (clang-tidy names them clang-diagnostic-<flag>) are not
    // findings; only its errors matter, as failures.
    if (llvm::StringRef(Check).starts_with("clang-diagnostic-"))
      Check.clear();
    if (Check.empty()) {
      Current = nullptr;
      if (Level >= DiagnosticsEngine::Error) {
        std::string Where = MainFile;
        if (Info.hasSourceManager() && Info.getLocation().isValid()) {
          SourceSpan Span = spanOf(Info.getLocation(), {}, Info.getSourceManager());
          Where = Span.File + ":" + std::to_string(Span.Line) + ":" + std::to_string(Span.Column);
        }
        Result.Failures.push_back({MainFile, Where + ": error: " + Text.str().str()});
      }
      return;
    }
    if (!Info.hasSourceManager() || Info.getLocation().isInvalid())
      return;
    const SourceManager &SM = Info.getSourceManager();
    // clang-tidy appends " [check-name]" to every message; the rule id is reported separately.
    std::string Suffix = " [" + Check + "]";
    if (llvm::StringRef(Text).ends_with(Suffix))
      Text.resize(Text.size() - Suffix.size());

    if (Level == DiagnosticsEngine::Note) {
      if (!Current)
        return;
      RelatedNote Note{tokenSpan(Info.getLocation(), SM, LangOpts), Text.str().str()};
      if (Info.getNumFixItHints())
        Current->NoteFixes.push_back(fixFrom(Info, Note.Message, LangOpts));
      Current->Notes.push_back(std::move(Note));
      return;
    }

    Current = nullptr;
    SourceLocation Loc = SM.getFileLoc(Info.getLocation());
    if (SM.isInSystemHeader(Loc) || !inReportedFile(Loc, SM))
      return;
    llvm::SmallVector<tooling::Diagnostic, 1> NoLintErrors;
    Finding F;
    if (const auto *Summaries = clang::tidy::distsys::activeCollector())
      F.Condition = Summaries->PendingCondition;
    F.Suppressed = Context.shouldSuppressDiagnostic(Level, Info, NoLintErrors);
    F.RuleId = Check;
    // clang-tidy emits every check diagnostic as a warning (an error under WarningsAsErrors); the
    // rule's catalog level is what the gate and the reports use otherwise.
    const Rule *R = RuleCatalog::builtin().find(Check);
    F.Level = Level >= DiagnosticsEngine::Error ? "error" : R ? R->Level : "warning";
    F.Message = Text.str().str();
    F.Primary = tokenSpan(Loc, SM, LangOpts);
    F.PrimaryOffset = SM.getFileOffset(Loc);
    F.LineText = lineText(Loc, SM);
    F.Function = Functions.nameAt(Loc, SM);
    cutLineText(F);
    if (Info.getNumFixItHints())
      F.Fixes.push_back(fixFrom(Info, "apply the fix suggested for " + Check, LangOpts));
    Result.Findings.push_back(std::move(F));
    Current = &Result.Findings.back();
  }

private:
  bool inReportedFile(SourceLocation Loc, const SourceManager &SM) {
    if (SM.isInMainFile(Loc))
      return true;
    if (!Headers)
      Headers.emplace(Context.getOptions());
    return Headers->selects(SM.getFilename(Loc));
  }

  ClangTidyContext &Context;
  AnalysisResult &Result;
  std::string MainFile;
  FunctionIndex &Functions;
  LangOptions LangOpts;
  Finding *Current = nullptr;
  std::optional<HeaderSelection> Headers;
};

/// Restricts AST matching to the declarations of the main file and of headers the header filter
/// selects. System headers are still parsed (they must be) but never traversed by the matchers,
/// which is where clang-tidy spends most of its time.
class TraversalScopeConsumer : public ASTConsumer {
public:
  TraversalScopeConsumer(ClangTidyContext &Context, FunctionIndex &Functions)
      : Context(Context), Functions(Functions) {}
  void Initialize(ASTContext &Ctx) override {
    AST = &Ctx;
    Headers.emplace(Context.getOptions());
  }
  bool HandleTopLevelDecl(DeclGroupRef Group) override {
    const SourceManager &SM = AST->getSourceManager();
    for (Decl *D : Group) {
      SourceLocation Loc = SM.getFileLoc(D->getLocation());
      if (Loc.isInvalid() || SM.isInSystemHeader(Loc))
        continue;
      if (SM.isInMainFile(Loc) || Headers->selects(SM.getFilename(Loc)))
        Scope.push_back(D);
    }
    return true;
  }
  void HandleTranslationUnit(ASTContext &Ctx) override {
    Ctx.setTraversalScope(Scope);
    Functions.attach(Ctx);
  }

private:
  ClangTidyContext &Context;
  FunctionIndex &Functions;
  ASTContext *AST = nullptr;
  std::optional<HeaderSelection> Headers;
  std::vector<Decl *> Scope;
};

/// Notes a line marker or #line in the main file that turns what follows into a system header
/// (`# 1 "/usr/include/x.h" 3`): the checks and the report skip system headers, so the rest of
/// the file would pass unanalysed.
class SystemLineMarkerWatch : public PPCallbacks {
public:
  SystemLineMarkerWatch(const SourceManager &SM, std::string &Where) : SM(SM), Where(Where) {}
  void FileChanged(SourceLocation Loc, FileChangeReason Reason, SrcMgr::CharacteristicKind Kind,
                   FileID) override {
    if (Kind == SrcMgr::C_User || !Where.empty() || Loc.isInvalid() ||
        SM.getFileID(SM.getExpansionLoc(Loc)) != SM.getMainFileID())
      return;
    SourceSpan Span = spanOf(Loc, {}, SM);
    Where = Span.File + ":" + std::to_string(Span.Line);
  }

private:
  const SourceManager &SM;
  std::string &Where;
};

/// What the analysis of one translation unit learns besides its diagnostics.
struct UnitState {
  std::string SystemLineMarker; // where a line marker made the main file a system header
  FunctionIndex Functions;
};

class DistlintAction : public ASTFrontendAction {
public:
  DistlintAction(ClangTidyContext &Context, UnitState &Unit)
      : Context(Context), Factory(Context), Unit(Unit) {}
  std::unique_ptr<ASTConsumer> CreateASTConsumer(CompilerInstance &CI,
                                                 llvm::StringRef File) override {
    CI.getPreprocessor().addPPCallbacks(
        std::make_unique<SystemLineMarkerWatch>(CI.getSourceManager(), Unit.SystemLineMarker));
    // The checks find .clang-tidy and model files from the main file's directory: give them an
    // absolute path, since the process working directory is not the compile command's.
    llvm::SmallString<256> Absolute(File);
    CI.getFileManager().getVirtualFileSystem().makeAbsolute(Absolute);
    std::vector<std::unique_ptr<ASTConsumer>> Consumers;
    Consumers.push_back(std::make_unique<TraversalScopeConsumer>(Context, Unit.Functions));
    Consumers.push_back(Factory.createASTConsumer(CI, Absolute));
    return std::make_unique<MultiplexConsumer>(std::move(Consumers));
  }

private:
  ClangTidyContext &Context;
  ClangTidyASTConsumerFactory Factory;
  UnitState &Unit;
};

class DistlintActionFactory : public tooling::FrontendActionFactory {
public:
  DistlintActionFactory(ClangTidyContext &Context, UnitState &Unit)
      : Context(Context), Unit(Unit) {}
  std::unique_ptr<FrontendAction> create() override {
    return std::make_unique<DistlintAction>(Context, Unit);
  }

private:
  ClangTidyContext &Context;
  UnitState &Unit;
};

/// A signal stack for the current thread while it lives: without one, a stack overflow's SIGSEGV
/// cannot run CrashRecoveryContext's handler (the alternate stack LLVM sets up is only the main
/// thread's), and the process dies instead of the file failing.
class AlternateSignalStack {
public:
  AlternateSignalStack() : Memory(new char[Size]) {
    stack_t Stack{};
    Stack.ss_sp = Memory.get();
    Stack.ss_size = Size;
    Installed = sigaltstack(&Stack, &Previous) == 0;
  }
  ~AlternateSignalStack() {
    if (Installed)
      sigaltstack(&Previous, nullptr);
  }

private:
  static constexpr size_t Size = 256 << 10;
  std::unique_ptr<char[]> Memory;
  stack_t Previous{};
  bool Installed = false;
};

/// Whether an argument of \p Command names \p File (relative to the command's directory): a
/// database entry for one file whose command compiles another would analyse the other.
bool compilesFile(const tooling::CompileCommand &Command, llvm::StringRef File) {
  auto Normal = [&](llvm::StringRef Path) {
    llvm::SmallString<256> Absolute(Path);
    if (!llvm::sys::path::is_absolute(Absolute)) {
      Absolute = Command.Directory;
      llvm::sys::path::append(Absolute, Path);
    }
    llvm::sys::path::remove_dots(Absolute, /*remove_dot_dot=*/true);
    return std::string(Absolute);
  };
  std::string Wanted = Normal(File);
  return llvm::any_of(llvm::drop_begin(Command.CommandLine),
                      [&](const std::string &Arg) { return Normal(Arg) == Wanted; });
}

/// Records the distsys rules \p Checks leaves out for \p File, and a notice when it also asks
/// for checks of other modules, which distlint does not run.
void noteCheckSelection(llvm::StringRef Checks, const std::vector<std::string> &Enabled,
                        const std::string &File, AnalysisResult &Out) {
  ++Out.FilesConfigured;
  for (const Rule &R : RuleCatalog::builtin().rules())
    if (!llvm::is_contained(Enabled, R.Id))
      Out.RulesNotRun.emplace_back(R.Id, File);
  llvm::SmallVector<llvm::StringRef, 8> Globs;
  Checks.split(Globs, ',', -1, /*KeepEmpty=*/false);
  llvm::StringRef Others; // the last glob that enables other modules, unless a later '-*' undoes it
  for (llvm::StringRef Glob : Globs) {
    Glob = Glob.trim();
    if (Glob == "-*")
      Others = "";
    else if (!Glob.empty() && !Glob.starts_with("-") && !Glob.starts_with("distsys-"))
      Others = Glob;
  }
  if (!Others.empty())
    Out.Notices.push_back("the configuration's Checks glob '" + Others.str() +
                          "' enables checks of other modules; distlint runs only the "
                          "distsys-* checks");
}

void analyzeFile(const AnalysisOptions &Options, const std::string &File, AnalysisResult &Out) {
  // A command the database only guessed from a neighbouring file (clang's interpolation) is no
  // compile command: the file may not even be part of the build.
  std::vector<tooling::CompileCommand> Commands = Options.Database->getCompileCommands(File);
  if (Commands.empty() || !Commands.front().Heuristic.empty()) {
    Out.Failures.push_back({File, File + ": no compile command in the compilation database; if "
                                         "the file is new, regenerate the database (re-run "
                                         "cmake, or bear -- make)"});
    return;
  }
  if (!compilesFile(Commands.front(), File)) {
    Out.Failures.push_back(
        {File, File + ": its compile command in the compilation database compiles another file"});
    return;
  }
  std::vector<std::string> ConfigErrors;
  auto Provider = makeOptionsProvider(Options, ConfigErrors);
  if (!Provider) {
    llvm::append_range(Out.ConfigErrors, ConfigErrors);
    return;
  }
  ClangTidyContext Context(std::move(Provider));
  Context.setCurrentFile(File);
  verifyConfig(Context.getOptions(), File, ConfigErrors);
  if (!ConfigErrors.empty() || Options.VerifyConfigOnly) {
    llvm::append_range(Out.ConfigErrors, ConfigErrors);
    return;
  }
  std::vector<std::string> Enabled = getCheckNames(Context.getOptions(), false);
  if (Enabled.empty()) {
    Out.ConfigErrors.push_back(File + ": the configuration enables no distsys check (Checks: '" +
                               Context.getOptions().Checks.value_or("") + "')");
    return;
  }
  noteCheckSelection(Context.getOptions().Checks.value_or(""), Enabled, File, Out);

  UnitState Unit;
  FindingCollector Collector(Context, Out, File, Unit.Functions);
  DiagnosticsEngine Diagnostics(new DiagnosticIDs(), new DiagnosticOptions(), &Collector,
                                /*ShouldOwnClient=*/false);
  Context.setDiagnosticsEngine(&Diagnostics);

  // A physical file system of its own: ClangTool sets its working directory to the compile
  // command's, which on the shared real file system would be the whole process's (a race at -j>1,
  // as clang's AllTUsToolExecutor also avoids).
  tooling::ClangTool Tool(*Options.Database, {File}, std::make_shared<PCHContainerOperations>(),
                          llvm::vfs::createPhysicalFileSystem());
  Tool.setDiagnosticConsumer(&Collector);
  Tool.setPrintErrorMessage(false);
  if (!Options.ResourceDir.empty())
    Tool.appendArgumentsAdjuster(tooling::getInsertArgumentAdjuster(
        ("-resource-dir=" + Options.ResourceDir).c_str(), tooling::ArgumentInsertPosition::BEGIN));
  // --extra-arg-before and --extra-arg, as clang-tidy places them.
  if (!Options.ExtraArgsBefore.empty())
    Tool.appendArgumentsAdjuster(tooling::getInsertArgumentAdjuster(
        Options.ExtraArgsBefore, tooling::ArgumentInsertPosition::BEGIN));
  if (!Options.ExtraArgs.empty())
    Tool.appendArgumentsAdjuster(tooling::getInsertArgumentAdjuster(
        Options.ExtraArgs, tooling::ArgumentInsertPosition::END));
  // Compiler warnings are noise here, and -Werror must not turn them into failures.
  // Template bodies must be parsed to be analysed, whatever the command says (clang-cl and
  // MSVC-compatible commands delay them to the end of the translation unit, or forever).
  Tool.appendArgumentsAdjuster(tooling::getInsertArgumentAdjuster(
      {"-w", "-fno-delayed-template-parsing"}, tooling::ArgumentInsertPosition::END));
  DistlintActionFactory Factory(Context, Unit);
  size_t FailuresBefore = Out.Failures.size();
  // A crash in a check (or in clang) costs this file, not the run: it becomes a failure (exit 3).
  // Deeply nested code (20k else-if, a 100k-term '+' chain) recurses deeply in clang's parser:
  // it runs on a thread with a large stack, and what overflows even that becomes this file's
  // crash rather than the process's death.
  int Status = 1;
  clang::tidy::distsys::SummaryCollector Summaries;
  llvm::CrashRecoveryContext Recovery;
  bool Survived = Recovery.RunSafelyOnThread(
      [&] {
        AlternateSignalStack OnOverflow;
        clang::tidy::distsys::ActiveCollectorScope Collecting(Summaries);
        clang::noteBottomOfStack(); // Sema grows the stack itself when close to its end
        Status = Tool.run(&Factory);
      },
      Options.StackMiB << 20);
  if (!Survived) {
    Out.Failures.push_back({File, File + ": distlint crashed while analysing this file"});
    Out.Crashed = true;
    return;
  }
  if (Status != 0 && Out.Failures.size() == FailuresBefore)
    Out.Failures.push_back({File, File + ": the compiler could not process this file"});
  if (!Unit.SystemLineMarker.empty())
    Out.Failures.push_back(
        {File, Unit.SystemLineMarker +
                   ": a line marker before this line makes the rest of the main file a "
                   "system header, which is not analysed; remove it"});
  if (Out.Failures.size() == FailuresBefore)
    ++Out.FilesAnalysed; // completely: a file with a failure is counted as not analysed
  Out.Summaries = std::move(Summaries.Produced);
}

void append(AnalysisResult &Into, AnalysisResult &&From) {
  std::move(From.Findings.begin(), From.Findings.end(), std::back_inserter(Into.Findings));
  std::move(From.Failures.begin(), From.Failures.end(), std::back_inserter(Into.Failures));
  std::move(From.ConfigErrors.begin(), From.ConfigErrors.end(),
            std::back_inserter(Into.ConfigErrors));
  std::move(From.Notices.begin(), From.Notices.end(), std::back_inserter(Into.Notices));
  std::move(From.RulesNotRun.begin(), From.RulesNotRun.end(), std::back_inserter(Into.RulesNotRun));
  Into.FilesConfigured += From.FilesConfigured;
  Into.FilesAnalysed += From.FilesAnalysed;
  Into.Crashed |= From.Crashed;
  Into.Summaries.merge(From.Summaries);
}

/// Keeps a conditional finding only when the merged summaries say what each of its premises
/// needs: every helper it handed a handle to only uses it; a wrapper defined elsewhere checks or
/// creates the resource it names.
void resolveConditions(AnalysisResult &Result) {
  llvm::erase_if(Result.Findings, [&](const Finding &F) {
    return !llvm::all_of(F.Condition, [&](const clang::tidy::distsys::Premise &P) {
      return Result.Summaries.holds(P);
    });
  });
  for (Finding &F : Result.Findings)
    F.Condition.clear();
}

} // namespace

AnalysisResult analyze(const AnalysisOptions &Options) {
  llvm::CrashRecoveryContext::Enable();
  // Its handlers run on the faulting stack, which after an overflow has no room: have them run
  // on each thread's AlternateSignalStack instead.
  for (int Signal : {SIGSEGV, SIGBUS}) {
    struct sigaction Action;
    if (sigaction(Signal, nullptr, &Action) == 0) {
      Action.sa_flags |= SA_ONSTACK;
      sigaction(Signal, &Action, nullptr);
    }
  }
  // One result per file, merged in the order of Options.Files, so the outcome never depends on
  // which thread finished first (a header finding seen from two files keeps the same notes).
  std::vector<AnalysisResult> PerFile(Options.Files.size());
  unsigned Threads = std::max(1u, std::min<unsigned>(Options.Jobs, Options.Files.size()));
  llvm::DefaultThreadPool Pool(llvm::hardware_concurrency(Threads));
  for (size_t I = 0; I < Options.Files.size(); ++I)
    Pool.async([&Options, &PerFile, I] {
      auto Start = std::chrono::steady_clock::now();
      analyzeFile(Options, Options.Files[I], PerFile[I]);
      if (Options.OnFileDone)
        Options.OnFileDone(
            Options.Files[I],
            std::chrono::duration<double>(std::chrono::steady_clock::now() - Start).count());
    });
  Pool.wait();
  AnalysisResult Total;
  for (AnalysisResult &One : PerFile)
    append(Total, std::move(One));
  resolveConditions(Total);
  return Total;
}

std::string findResourceDir(const char *Argv0) {
  auto HasBuiltins = [](const std::string &Dir) {
    return !Dir.empty() && llvm::sys::fs::exists(Dir + "/include/stddef.h");
  };
  // Installed next to the binary (bin/../lib/clang/<major>), as clang itself looks for it.
  std::string Self = llvm::sys::fs::getMainExecutable(Argv0, (void *)&findResourceDir);
  llvm::SmallString<256> Dir(llvm::sys::path::parent_path(llvm::sys::path::parent_path(Self)));
  llvm::sys::path::append(Dir, "lib", "clang", DISTLINT_LLVM_MAJOR);
  if (HasBuiltins(std::string(Dir)))
    return std::string(Dir);
  // Otherwise the LLVM installation distlint was built against.
  if (HasBuiltins(DISTLINT_CLANG_RESOURCE_DIR))
    return DISTLINT_CLANG_RESOURCE_DIR;
  return "";
}

} // namespace distlint
