//===--- Report.cpp -------------------------------------------------------===//
#include "Report.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/SHA1.h"
#include <map>
#include <tuple>

namespace distlint {
using nlohmann::json;

namespace {

auto sortKey(const Finding &F) {
  return std::tie(F.Primary.File, F.Primary.Line, F.Primary.Column, F.RuleId, F.Message);
}

std::string foldWhitespace(llvm::StringRef Text) {
  std::string Out;
  for (char C : Text.trim())
    if (!llvm::isSpace(C) || (!Out.empty() && Out.back() != ' '))
      Out += llvm::isSpace(C) ? ' ' : C;
  return Out;
}

/// SARIF messages are sentences (SARIF2001): end them with a period.
std::string sentence(llvm::StringRef Text) {
  std::string Out = Text.str();
  if (!Out.empty() && !llvm::StringRef(Out).ends_with("."))
    Out += '.';
  return Out;
}

std::string fileUri(llvm::StringRef Path) {
  std::string Uri = "file://";
  for (char C : Path) {
    if (llvm::isAlnum(C) || llvm::StringRef("/-._~").contains(C))
      Uri += C;
    else
      Uri += "%" + llvm::utohexstr(static_cast<unsigned char>(C), false, 2);
  }
  return Uri;
}

std::string relativeUri(llvm::StringRef Relative) {
  std::string Uri;
  for (char C : Relative) {
    if (llvm::isAlnum(C) || llvm::StringRef("/-._~").contains(C))
      Uri += C;
    else
      Uri += "%" + llvm::utohexstr(static_cast<unsigned char>(C), false, 2);
  }
  return Uri;
}

json artifactLocation(const std::string &File, const SourceRoot &Root) {
  std::string Relative = Root.relative(File);
  if (llvm::sys::path::is_absolute(Relative))
    return {{"uri", fileUri(Relative)}};
  return {{"uri", relativeUri(Relative)}, {"uriBaseId", "%SRCROOT%"}};
}

json region(const SourceSpan &Span) {
  return {{"startLine", Span.Line},
          {"startColumn", Span.Column},
          {"endLine", Span.EndLine},
          {"endColumn", Span.EndColumn}};
}

json physicalLocation(const SourceSpan &Span, const SourceRoot &Root,
                      const std::string *Snippet = nullptr) {
  json Region = region(Span);
  if (Snippet)
    Region["snippet"] = {{"text", *Snippet}};
  return {{"physicalLocation",
           {{"artifactLocation", artifactLocation(Span.File, Root)}, {"region", Region}}}};
}

json fixJson(const Fix &F, const SourceRoot &Root) {
  std::map<std::string, json> ByFile;
  for (const Edit &E : F.Edits) {
    json &Change = ByFile[E.Span.File];
    if (Change.is_null())
      Change = {{"artifactLocation", artifactLocation(E.Span.File, Root)},
                {"replacements", json::array()}};
    Change["replacements"].push_back(
        {{"deletedRegion", region(E.Span)}, {"insertedContent", {{"text", E.Text}}}});
  }
  json Changes = json::array();
  for (auto &Entry : ByFile)
    Changes.push_back(std::move(Entry.second));
  return {{"description", {{"text", sentence(F.Description)}}}, {"artifactChanges", Changes}};
}

json ruleDescriptor(const Rule &R) {
  json Properties = {{"tags", R.Tags}, {"precision", R.Precision},
                     {"problem.severity", R.Level == "note" ? "recommendation" : R.Level}};
  if (R.SecuritySeverity)
    Properties["security-severity"] = *R.SecuritySeverity;
  return {{"id", R.Id},
          {"name", R.Name},
          {"shortDescription", {{"text", sentence(R.Summary)}}},
          {"fullDescription", {{"text", sentence(R.Description)}}},
          {"help", {{"text", R.helpText()}, {"markdown", R.HelpMarkdown}}},
          {"helpUri", std::string(DISTLINT_HOMEPAGE) + "/blob/main/" + R.docPath()},
          {"defaultConfiguration", {{"level", R.Level}}},
          {"properties", Properties}};
}

json resultJson(const Finding &F, const RuleCatalog &Catalog, const RunInfo &Run) {
  json Result = {{"ruleId", F.RuleId},
                 {"level", F.Level},
                 {"message", {{"text", sentence(F.Message)}}},
                 {"locations", json::array({physicalLocation(F.Primary, Run.Root, &F.LineText)})},
                 {"partialFingerprints", {{"distlintFingerprint/v1", F.Fingerprint}}}};
  if (int Index = Catalog.indexOf(F.RuleId); Index >= 0)
    Result["ruleIndex"] = Index;

  // Notes at another line are second sites that matter (the check before the create).
  json Related = json::array();
  json Flow = json::array();
  for (const RelatedNote &N : F.Notes) {
    if (N.Span.File == F.Primary.File && N.Span.Line == F.Primary.Line)
      continue;
    json Location = physicalLocation(N.Span, Run.Root);
    Location["message"] = {{"text", sentence(N.Message)}};
    Location["id"] = Related.size() + 1;
    Related.push_back(Location);
    Flow.push_back({{"location", Location}});
  }
  if (!Related.empty()) {
    Result["relatedLocations"] = Related;
    json Primary = physicalLocation(F.Primary, Run.Root);
    Primary["message"] = {{"text", sentence(F.Message)}};
    Flow.push_back({{"location", Primary}});
    Result["codeFlows"] = json::array({{{"threadFlows", json::array({{{"locations", Flow}}})}}});
  }
  json Fixes = json::array();
  for (const Fix &Fx : F.Fixes)
    Fixes.push_back(fixJson(Fx, Run.Root));
  for (const Fix &Fx : F.NoteFixes)
    Fixes.push_back(fixJson(Fx, Run.Root));
  if (!Fixes.empty())
    Result["fixes"] = Fixes;
  if (F.Suppressed)
    Result["suppressions"] = json::array({{{"kind", "inSource"}}});
  if (Run.BaselineGiven)
    Result["baselineState"] = F.InBaseline ? "unchanged" : "new";
  return Result;
}

} // namespace

std::string SourceRoot::relative(llvm::StringRef File) const {
  llvm::StringRef Rest = File;
  if (!Path.empty() && Rest.consume_front(Path) && Rest.consume_front("/"))
    return Rest.str();
  return File.str();
}

void sortAndDeduplicate(AnalysisResult &Result) {
  auto Less = [](const Finding &A, const Finding &B) { return sortKey(A) < sortKey(B); };
  std::stable_sort(Result.Findings.begin(), Result.Findings.end(), Less);
  Result.Findings.erase(std::unique(Result.Findings.begin(), Result.Findings.end(),
                                    [](const Finding &A, const Finding &B) {
                                      return sortKey(A) == sortKey(B);
                                    }),
                        Result.Findings.end());
  llvm::sort(Result.Failures, [](const AnalysisFailure &A, const AnalysisFailure &B) {
    return std::tie(A.File, A.Message) < std::tie(B.File, B.Message);
  });
  Result.Failures.erase(std::unique(Result.Failures.begin(), Result.Failures.end(),
                                    [](const AnalysisFailure &A, const AnalysisFailure &B) {
                                      return A.File == B.File && A.Message == B.Message;
                                    }),
                        Result.Failures.end());
  llvm::sort(Result.ConfigErrors);
  Result.ConfigErrors.erase(std::unique(Result.ConfigErrors.begin(), Result.ConfigErrors.end()),
                            Result.ConfigErrors.end());
}

void assignFingerprints(std::vector<Finding> &Findings) {
  std::map<std::tuple<std::string, std::string, std::string>, unsigned> Seen;
  for (Finding &F : Findings) {
    std::string Line = foldWhitespace(F.LineText);
    unsigned Occurrence = Seen[{F.Primary.File, F.RuleId, Line}]++;
    llvm::SHA1 Hash;
    Hash.update(F.RuleId);
    Hash.update(llvm::StringRef("\0", 1));
    Hash.update(Line);
    std::array<uint8_t, 20> Digest = Hash.final();
    F.Fingerprint = llvm::toHex(llvm::ArrayRef<uint8_t>(Digest).take_front(8), true) + ":" +
                    std::to_string(Occurrence + 1);
  }
}

void writeText(llvm::raw_ostream &OS, const AnalysisResult &Result, const SourceRoot &Root) {
  auto Caret = [&](const std::string &LineText, unsigned Column) {
    OS << LineText << "\n";
    for (unsigned I = 1; I < Column && I <= LineText.size(); ++I)
      OS << (LineText[I - 1] == '\t' ? '\t' : ' ');
    OS << "^\n";
  };
  for (const Finding &F : Result.Findings) {
    if (F.Suppressed)
      continue;
    OS << Root.relative(F.Primary.File) << ":" << F.Primary.Line << ":" << F.Primary.Column
       << ": " << F.Level << ": " << F.Message << " [" << F.RuleId << "]\n";
    Caret(F.LineText, F.Primary.Column);
    for (const RelatedNote &N : F.Notes)
      OS << Root.relative(N.Span.File) << ":" << N.Span.Line << ":" << N.Span.Column
         << ": note: " << N.Message << "\n";
  }
}

json toJson(const AnalysisResult &Result, const SourceRoot &Root) {
  json Findings = json::array();
  for (const Finding &F : Result.Findings) {
    json Notes = json::array();
    for (const RelatedNote &N : F.Notes)
      Notes.push_back({{"file", Root.relative(N.Span.File)},
                       {"line", N.Span.Line},
                       {"column", N.Span.Column},
                       {"message", N.Message}});
    Findings.push_back({{"ruleId", F.RuleId},
                        {"level", F.Level},
                        {"message", F.Message},
                        {"file", Root.relative(F.Primary.File)},
                        {"line", F.Primary.Line},
                        {"column", F.Primary.Column},
                        {"notes", Notes},
                        {"suppressed", F.Suppressed},
                        {"inBaseline", F.InBaseline},
                        {"fingerprint", F.Fingerprint}});
  }
  json Failures = json::array();
  for (const AnalysisFailure &A : Result.Failures)
    Failures.push_back({{"file", Root.relative(A.File)}, {"message", A.Message}});
  return {{"findings", Findings}, {"failures", Failures}, {"filesAnalysed", Result.FilesAnalysed}};
}

json toSarif(const AnalysisResult &Result, const RuleCatalog &Catalog, const RunInfo &Run) {
  json Rules = json::array();
  for (const Rule &R : Catalog.rules())
    Rules.push_back(ruleDescriptor(R));

  json Results = json::array();
  for (const Finding &F : Result.Findings)
    Results.push_back(resultJson(F, Catalog, Run));

  json Notifications = json::array();
  for (const AnalysisFailure &A : Result.Failures)
    Notifications.push_back(
        {{"level", "error"},
         {"message", {{"text", sentence("Could not analyse this file: " + A.Message)}}},
         {"descriptor", {{"id", "DL0001"}, {"index", 0}}},
         {"locations",
          json::array({{{"physicalLocation",
                         {{"artifactLocation", artifactLocation(A.File, Run.Root)}}}}})}});
  for (const std::string &Error : Result.ConfigErrors)
    Notifications.push_back({{"level", "error"},
                             {"message", {{"text", sentence("Configuration error: " + Error)}}},
                             {"descriptor", {{"id", "DL0002"}, {"index", 1}}}});

  json Invocation = {{"executionSuccessful", Result.Failures.empty() &&
                                                 Result.ConfigErrors.empty()},
                     {"toolExecutionNotifications", Notifications},
                     {"workingDirectory", {{"uri", fileUri(Run.Root.Path + "/")}}}};
  if (!Run.CommandLine.empty())
    Invocation["commandLine"] = llvm::join(Run.CommandLine, " ");

  json Driver = {
      {"name", "distlint"},
      {"fullName", "distlint " DISTLINT_VERSION},
      {"version", DISTLINT_VERSION},
      {"semanticVersion", DISTLINT_VERSION},
      {"informationUri", DISTLINT_HOMEPAGE},
      {"rules", Rules},
      {"notifications",
       json::array({{{"id", "DL0001"},
                     {"name", "AnalysisIncomplete"},
                     {"shortDescription",
                      {{"text", "A file could not be analysed, so its results are missing."}}}},
                    {{"id", "DL0002"},
                     {"name", "ConfigurationError"},
                     {"shortDescription",
                      {{"text", "The configuration or a model file is invalid."}}}}})}};

  json RunJson = {{"tool", {{"driver", Driver}}},
                  {"originalUriBaseIds", {{"%SRCROOT%", {{"uri", fileUri(Run.Root.Path + "/")}}}}},
                  {"invocations", json::array({Invocation})},
                  {"columnKind", "utf16CodeUnits"},
                  {"results", Results}};
  if (Run.VersionControl) {
    json Vcs = {{"repositoryUri", Run.VersionControl->RepositoryUri},
                {"revisionId", Run.VersionControl->RevisionId},
                {"mappedTo", {{"uriBaseId", "%SRCROOT%"}}}};
    if (!Run.VersionControl->Branch.empty())
      Vcs["branch"] = Run.VersionControl->Branch;
    RunJson["versionControlProvenance"] = json::array({Vcs});
  }
  return {{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
          {"version", "2.1.0"},
          {"runs", json::array({RunJson})}};
}

} // namespace distlint
