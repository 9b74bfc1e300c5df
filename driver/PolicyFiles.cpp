//===--- PolicyFiles.cpp --------------------------------------------------===//
#include "PolicyFiles.h"
#include "Report.h"

#include "TenantUnscopedArn/IamPolicy.h"
#include "utils/ModelCache.h"
#include "utils/RuleCatalog.h"

#include "clang-tidy/ClangTidyOptions.h"
#include "clang-tidy/GlobList.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/GlobPattern.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include <set>

namespace distlint {
namespace {

constexpr llvm::StringLiteral RuleId = "distsys-tenant-unscoped-arn";

std::string absolutePath(llvm::StringRef Path) {
  llvm::SmallString<256> Abs(Path);
  llvm::sys::fs::make_absolute(Abs);
  llvm::sys::path::remove_dots(Abs, /*remove_dot_dot=*/true);
  return std::string(Abs);
}

llvm::Error globFiles(llvm::StringRef Glob, std::vector<std::string> &Out) {
  // llvm::GlobPattern matches each path; it has no "**". "**/" means "any directories, or none":
  // '*' already crosses '/', so each "**/" becomes "*/" in one variant of the pattern and
  // disappears in another.
  std::vector<std::string> Variants = {""};
  llvm::SmallVector<llvm::StringRef, 4> Parts;
  Glob.split(Parts, "**/");
  if (Parts.size() > 5)
    return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                   "--policy-files: at most four '**/' in '%s'",
                                   Glob.str().c_str());
  for (size_t I = 0; I < Parts.size(); ++I) {
    std::vector<std::string> Next;
    for (const std::string &V : Variants) {
      if (I == 0) {
        Next.push_back(Parts[0].str());
        continue;
      }
      Next.push_back(V + "*/" + Parts[I].str());
      Next.push_back(V + Parts[I].str());
    }
    Variants = std::move(Next);
  }
  // Policy.JSON is as much a policy file as policy.json: the suffix is compared apart.
  bool JsonSuffix = Glob.ends_with_insensitive(".json");
  std::vector<llvm::GlobPattern> Matchers;
  for (const std::string &V : Variants) {
    auto Matcher = llvm::GlobPattern::create(JsonSuffix ? llvm::StringRef(V).drop_back(5) : V);
    if (!Matcher)
      return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                     "--policy-files: invalid glob '%s': %s", Glob.str().c_str(),
                                     llvm::toString(Matcher.takeError()).c_str());
    Matchers.push_back(std::move(*Matcher));
  }
  // Walk from the longest directory prefix without glob characters.
  llvm::StringRef Prefix =
      Glob.take_until([](char C) { return llvm::StringRef("*?[{").contains(C); });
  std::string Root = Prefix.contains('/') ? Prefix.take_front(Prefix.rfind('/')).str() : ".";
  if (Root.empty())
    Root = "/";
  auto NoMatch = [&] {
    return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                   "--policy-files '%s' matches no file", Glob.str().c_str());
  };
  llvm::SmallString<256> RealRoot;
  if (llvm::sys::fs::real_path(Root, RealRoot) || !llvm::sys::fs::is_directory(RealRoot))
    return NoMatch();
  auto Inside = [&](llvm::StringRef Real) {
    return Real.starts_with(RealRoot) &&
           (RealRoot.ends_with("/") || Real.substr(RealRoot.size()).starts_with("/"));
  };
  std::vector<std::pair<std::string, std::string>> Matches; // absolute path, real path
  std::error_code EC;
  // Symlinks are never followed into directories: a link to / would walk the whole machine.
  llvm::sys::fs::recursive_directory_iterator It(Root, EC, /*follow_symlinks=*/false), End;
  for (; It != End && !EC; It.increment(EC)) {
    llvm::StringRef Path = It->path();
    llvm::StringRef Name = llvm::sys::path::filename(Path);
    llvm::sys::fs::file_type Type = It->type();
    if (Type == llvm::sys::fs::file_type::directory_file) {
      if ((Name.starts_with(".") && Name != "." && Name != "..") || Name == "node_modules") {
        It.no_push();
        continue;
      }
      // The iterator skips a directory it cannot open without a word; a skipped directory could
      // hold the policies the gate is meant to see.
      llvm::sys::fs::directory_iterator Probe(Path, EC);
      if (EC)
        break;
      continue;
    }
    if (Type != llvm::sys::fs::file_type::regular_file &&
        Type != llvm::sys::fs::file_type::symlink_file)
      continue;
    Path.consume_front("./");
    llvm::StringRef Stem = Path;
    if ((JsonSuffix && !Stem.consume_back_insensitive(".json")) ||
        !llvm::any_of(Matchers, [&](const llvm::GlobPattern &M) { return M.match(Stem); }))
      continue;
    // A link to a file counts when the file is a regular file inside the root.
    llvm::SmallString<256> Real;
    if (llvm::sys::fs::real_path(Path, Real) || !llvm::sys::fs::is_regular_file(Real) ||
        !Inside(Real))
      continue;
    Matches.emplace_back(absolutePath(Path), std::string(Real));
  }
  if (EC)
    return llvm::createStringError(
        llvm::inconvertibleErrorCode(), "--policy-files '%s': cannot read directory '%s': %s",
        Glob.str().c_str(), It == End ? Root.c_str() : It->path().c_str(), EC.message().c_str());
  if (Matches.empty())
    return NoMatch();
  // In path order, and a file reached through a link as well as directly only once.
  llvm::sort(Matches);
  std::set<std::string> Seen;
  for (auto &[Abs, Real] : Matches)
    if (Seen.insert(Real).second)
      Out.push_back(std::move(Abs));
  return llvm::Error::success();
}

/// The check options for \p File the way the C++ analysis resolves them.
std::optional<clang::tidy::ClangTidyOptions> optionsFor(const AnalysisOptions &Options,
                                                        llvm::StringRef File) {
  using namespace clang::tidy;
  ClangTidyOptions Defaults = ClangTidyOptions::getDefaults();
  Defaults.Checks = "distsys-*";
  ClangTidyOptions Overrides;
  if (Options.Checks)
    Overrides.Checks = *Options.Checks;
  std::unique_ptr<ClangTidyOptionsProvider> Provider;
  if (Options.ConfigFile) {
    auto Buffer = llvm::MemoryBuffer::getFile(*Options.ConfigFile);
    if (!Buffer)
      return std::nullopt;
    auto Parsed = parseConfiguration((*Buffer)->getMemBufferRef());
    if (!Parsed)
      return std::nullopt;
    Provider = std::make_unique<ConfigOptionsProvider>(ClangTidyGlobalOptions(), Defaults,
                                                       Defaults.merge(*Parsed, 0), Overrides);
  } else {
    Provider = std::make_unique<FileOptionsProvider>(ClangTidyGlobalOptions(), Defaults, Overrides);
  }
  return Provider->getOptions(File);
}

std::string lineAt(llvm::StringRef Text, size_t Offset) {
  size_t Start = Text.take_front(Offset).rfind('\n');
  Start = Start == llvm::StringRef::npos ? 0 : Start + 1;
  return Text.slice(Start, Text.find_first_of("\r\n", Offset)).str();
}

} // namespace

llvm::Expected<std::vector<std::string>> takePolicyFiles(std::vector<std::string> &Sources,
                                                         llvm::StringRef Glob) {
  std::vector<std::string> Files;
  std::vector<std::string> Rest;
  for (std::string &Source : Sources) {
    if (!llvm::StringRef(Source).ends_with_insensitive(".json")) {
      Rest.push_back(std::move(Source));
      continue;
    }
    if (!llvm::sys::fs::is_regular_file(Source))
      return llvm::createStringError(llvm::inconvertibleErrorCode(), "no such file: '%s'",
                                     Source.c_str());
    Files.push_back(absolutePath(Source));
  }
  Sources = std::move(Rest);
  if (!Glob.empty())
    if (llvm::Error E = globFiles(Glob, Files))
      return E;
  std::set<std::string> Seen;
  llvm::erase_if(Files, [&](const std::string &F) { return !Seen.insert(F).second; });
  return Files;
}

void analyzePolicyText(llvm::StringRef Path, llvm::StringRef Text, llvm::StringRef ModelFiles,
                       AnalysisResult &Into) {
  ++Into.FilesAnalysed;
  auto Fail = [&](const iam::JsonError &Error) {
    auto [Line, Column] = iam::lineColumn(Text, Error.Offset);
    Into.Failures.push_back(
        {Path.str(), Path.str() + ":" + std::to_string(Line) + ":" + std::to_string(Column) +
                         ": error: " + (Error.Unsupported ? "" : "malformed JSON: ") +
                         Error.Message});
  };
  iam::JsonError Error;
  auto Root = iam::parseJson(Text, Error);
  if (!Root)
    return Fail(Error);
  std::string ModelError;
  auto Models = clang::tidy::distsys::loadModels<iam::PolicyModels>(
      RuleId, ModelFiles, Path, [&](llvm::StringRef E) { ModelError = E.str(); });
  if (!ModelError.empty()) {
    Into.ConfigErrors.push_back(RuleId.str() + ": " + ModelError);
    return;
  }
  // What could be read is still reported; the rest makes the file a failure.
  iam::JsonError Unanalysed;
  for (const iam::JsonStatement &J : iam::policyStatements(*Root, '\0', {}, &Unanalysed)) {
    for (const iam::UnscopedGrant &G : iam::unscopedGrants(J.S, *Models)) {
      const iam::JsonNode &Node = *J.ResourceNodes[G.ResourceIndex];
      Finding F;
      F.RuleId = RuleId.str();
      F.Level = "warning";
      F.Message = G.message();
      auto [Line, Column] = iam::lineColumn(Text, Node.Begin);
      auto [EndLine, EndColumn] = iam::lineColumn(Text, Node.End);
      F.Primary = {Path.str(), Line, Column, EndLine, EndColumn};
      F.PrimaryOffset = Node.Begin;
      F.LineText = lineAt(Text, Node.Begin);
      cutLineText(F);
      Into.Findings.push_back(std::move(F));
    }
  }
  if (!Unanalysed.Message.empty())
    Fail(Unanalysed);
}

void analyzePolicyFiles(const AnalysisOptions &Options, const std::vector<std::string> &Files,
                        AnalysisResult &Into) {
  for (const std::string &File : Files) {
    auto Opts = optionsFor(Options, File);
    if (!Opts) {
      Into.ConfigErrors.push_back("cannot read config file '" + Options.ConfigFile.value_or("") +
                                  "'");
      return;
    }
    if (!clang::tidy::GlobList(Opts->Checks.value_or("")).contains(RuleId))
      continue;
    std::string ModelFiles;
    for (std::string Key : {RuleId.str() + ".ModelFiles", std::string("ModelFiles")})
      if (auto It = Opts->CheckOptions.find(Key); It != Opts->CheckOptions.end()) {
        ModelFiles = It->second.Value;
        break;
      }
    auto Buffer = llvm::MemoryBuffer::getFile(File);
    if (!Buffer) {
      Into.Failures.push_back({File, File + ": cannot read: " + Buffer.getError().message()});
      continue;
    }
    analyzePolicyText(File, (*Buffer)->getBuffer(), ModelFiles, Into);
  }
}

} // namespace distlint
