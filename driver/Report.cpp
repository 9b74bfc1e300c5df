//===--- Report.cpp -------------------------------------------------------===//
#include "Report.h"
#include "Gate.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
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

/// Percent-encodes everything but RFC 3986 unreserved characters and '/'.
std::string percentEncode(llvm::StringRef Path) {
  std::string Uri;
  for (char C : Path) {
    if (llvm::isAlnum(C) || llvm::StringRef("/-._~").contains(C))
      Uri += C;
    else
      Uri += "%" + llvm::utohexstr(static_cast<unsigned char>(C), /*LowerCase=*/false, 2);
  }
  return Uri;
}

json artifactLocation(const std::string &File, const SourceRoot &Root) {
  std::string Relative = Root.relative(File);
  if (llvm::sys::path::is_absolute(Relative))
    return {{"uri", fileUri(Relative)}};
  return {{"uri", percentEncode(Relative)}, {"uriBaseId", "%SRCROOT%"}};
}

unsigned sarifColumn(unsigned Utf16, unsigned Bytes) { return Utf16 ? Utf16 : Bytes; }

json region(const SourceSpan &Span) {
  return {{"startLine", Span.Line},
          {"startColumn", sarifColumn(Span.Utf16Column, Span.Column)},
          {"endLine", Span.EndLine},
          {"endColumn", sarifColumn(Span.Utf16EndColumn, Span.EndColumn)}};
}

/// A location with its region; with \p LineText (the text of the span's first line from byte
/// column \p LineColumn) also the region's snippet and, for a whole line, a context region.
json physicalLocation(const SourceSpan &Span, const SourceRoot &Root,
                      const std::string *LineText = nullptr, unsigned LineColumn = 1) {
  json Physical = {{"artifactLocation", artifactLocation(Span.File, Root)},
                   {"region", region(Span)}};
  if (LineText && !LineText->empty()) {
    if (Span.EndLine == Span.Line && Span.Column >= LineColumn && Span.EndColumn > Span.Column &&
        Span.EndColumn - LineColumn <= LineText->size())
      Physical["region"]["snippet"] = {{"text", LineText->substr(Span.Column - LineColumn,
                                                                 Span.EndColumn - Span.Column)}};
    if (LineColumn == 1)
      Physical["contextRegion"] = {{"startLine", Span.Line},
                                 {"endLine", Span.Line},
                                 {"snippet", {{"text", *LineText}}}};
  }
  return {{"physicalLocation", Physical}};
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
          {"helpUri", helpUri(R)},
          {"defaultConfiguration", {{"level", R.Level}}},
          {"properties", Properties}};
}

json resultJson(const Finding &F, const RuleCatalog &Catalog, const RunInfo &Run) {
  json Result = {{"ruleId", F.RuleId},
                 {"level", F.Level},
                 {"message", {{"text", sentence(F.Message)}}},
                 {"locations", json::array({physicalLocation(F.Primary, Run.Root, &F.LineText,
                                                             F.LineTextColumn)})},
                 {"partialFingerprints", {{FingerprintKey, F.Fingerprint}}}};
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
  // SARIF consumers offer `fixes` as one-click changes (reviewdog as commit suggestions): only
  // the safe ones go there; a note's suggestion (a judgement call) is a property.
  json Fixes = json::array();
  for (const Fix &Fx : F.Fixes)
    Fixes.push_back(fixJson(Fx, Run.Root));
  if (!Fixes.empty())
    Result["fixes"] = Fixes;
  if (F.Suppressed)
    Result["suppressions"] = json::array({{{"kind", "inSource"}}});
  if (Run.BaselineGiven)
    Result["baselineState"] = F.InBaseline ? "unchanged" : "new";
  Result["properties"] = {{"gate", verdictName(gateVerdict(F, Run.FailOnRank))}};
  if (!F.NoteFixes.empty()) {
    json Suggestions = json::array();
    for (const Fix &Fx : F.NoteFixes)
      Suggestions.push_back(fixJson(Fx, Run.Root));
    Result["properties"]["suggestions"] = Suggestions;
  }
  return Result;
}

} // namespace

std::string fileUri(llvm::StringRef Path) { return "file://" + percentEncode(Path); }

std::string SourceRoot::relative(llvm::StringRef File) const {
  auto Under = [&](llvm::StringRef Root, llvm::StringRef Candidate) -> std::optional<std::string> {
    if (!Root.empty() && Candidate.consume_front(Root) &&
        (Candidate.consume_front("/") || Root.ends_with("/")) && !Candidate.empty())
      return Candidate.str();
    return std::nullopt;
  };
  if (auto Rel = Under(Path, File))
    return *Rel;
  // The root comes from git (symbolic links resolved); the file from a compilation database.
  llvm::SmallString<256> RealFile, RealRoot;
  if (!llvm::sys::fs::real_path(File, RealFile) && !llvm::sys::fs::real_path(Path, RealRoot))
    if (auto Rel = Under(RealRoot, RealFile))
      return *Rel;
  return File.str();
}

unsigned utf16Column(llvm::StringRef LineText, unsigned ByteColumn) {
  unsigned Units = 0;
  for (unsigned I = 0; I + 1 < ByteColumn; ++I) {
    if (I >= LineText.size()) {
      ++Units;
      continue;
    }
    auto Byte = static_cast<unsigned char>(LineText[I]);
    if ((Byte & 0xC0) == 0x80)
      continue; // a continuation byte belongs to the character before it
    Units += Byte >= 0xF0 ? 2 : 1; // four-byte sequences are surrogate pairs in UTF-16
  }
  return Units + 1;
}

std::string helpUri(const Rule &R) {
  return std::string(DISTLINT_HOMEPAGE) + "/blob/main/" + R.docPath();
}

std::string publishableRepositoryUri(llvm::StringRef Url) {
  Url = Url.trim();
  size_t Scheme = Url.find("://");
  if (Scheme == llvm::StringRef::npos) {
    // scp-like syntax: [user@]host:path
    size_t Colon = Url.find(':');
    if (Colon != llvm::StringRef::npos && !Url.take_front(Colon).contains('/'))
      return "ssh://" + Url.take_front(Colon).str() + "/" +
             Url.drop_front(Colon + 1).ltrim('/').str();
    // A clone of a local repository: its path, which SARIF needs as an absolute URI.
    return llvm::sys::path::is_absolute(Url) ? fileUri(Url) : "";
  }
  llvm::StringRef Prefix = Url.take_front(Scheme + 3);
  llvm::StringRef Rest = Url.drop_front(Scheme + 3);
  size_t HostEnd = Rest.find('/');
  llvm::StringRef Authority = Rest.take_front(HostEnd);
  size_t At = Authority.rfind('@');
  if (At == llvm::StringRef::npos)
    return Url.str();
  llvm::StringRef UserInfo = Authority.take_front(At);
  bool Http = Prefix.starts_with_insensitive("http");
  // An ssh user name ("git@") is not a secret; a password or an HTTP token is.
  std::string Kept = Http || UserInfo.contains(':') ? "" : UserInfo.str() + "@";
  return Prefix.str() + Kept + Rest.drop_front(At + 1).str();
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
  // A rule switched off for part of the tree must leave a trace, or a dashboard closes its
  // alerts there as fixed; one switched off everywhere is a rule configuration of the run.
  llvm::sort(Result.RulesNotRun);
  Result.RulesNotRun.erase(std::unique(Result.RulesNotRun.begin(), Result.RulesNotRun.end()),
                           Result.RulesNotRun.end());
  for (auto It = Result.RulesNotRun.begin(); It != Result.RulesNotRun.end();) {
    auto End = std::find_if(It, Result.RulesNotRun.end(),
                            [&](const auto &P) { return P.first != It->first; });
    if (static_cast<unsigned>(End - It) == Result.FilesConfigured) {
      Result.RulesDisabled.push_back(It->first);
      It = End;
      continue;
    }
    std::string Files;
    for (auto F = It; F != End && F - It < 3; ++F)
      Files += (F == It ? "" : ", ") + F->second;
    if (End - It > 3)
      Files += ", ...";
    Result.Notices.push_back(It->first + " did not run on " + std::to_string(End - It) +
                             " file(s), disabled by the configuration: " + Files);
    It = End;
  }
  llvm::sort(Result.Notices);
  Result.Notices.erase(std::unique(Result.Notices.begin(), Result.Notices.end()),
                       Result.Notices.end());
}

void assignFingerprints(std::vector<Finding> &Findings, const SourceRoot &Root) {
  std::map<std::string, unsigned> Seen;
  for (Finding &F : Findings) {
    std::string File = Root.relative(F.Primary.File);
    llvm::SHA1 Hash;
    for (llvm::StringRef Part :
         {llvm::StringRef(F.RuleId), llvm::StringRef(File), llvm::StringRef(F.Function)}) {
      Hash.update(Part);
      Hash.update(llvm::StringRef("\0", 1));
    }
    Hash.update(foldWhitespace(F.LineText));
    std::array<uint8_t, 20> Digest = Hash.final();
    std::string Prefix = llvm::toHex(llvm::ArrayRef<uint8_t>(Digest).take_front(8), true);
    F.Fingerprint = Prefix + ":" + std::to_string(++Seen[Prefix]);
  }
}

void cutLineText(Finding &F) {
  if (F.LineText.size() <= MaxLineTextBytes)
    return;
  llvm::StringRef Line = F.LineText;
  size_t At = std::min<size_t>(F.Primary.Column ? F.Primary.Column - 1 : 0, Line.size());
  size_t Begin = At > MaxLineTextBytes / 2 ? At - MaxLineTextBytes / 2 : 0;
  size_t End = std::min(Line.size(), Begin + MaxLineTextBytes);
  auto Continuation = [&](size_t I) {
    return I < Line.size() && (static_cast<unsigned char>(Line[I]) & 0xC0) == 0x80;
  };
  while (Begin < At && Continuation(Begin))
    ++Begin;
  while (End > At && Continuation(End))
    --End;
  F.LineText = Line.slice(Begin, End).str();
  F.LineTextColumn += Begin;
}

std::string printable(llvm::StringRef Text) {
  std::string Out;
  Out.reserve(Text.size());
  for (char C : Text) {
    auto Byte = static_cast<unsigned char>(C);
    if ((Byte < 0x20 && C != '\t') || Byte == 0x7F) {
      static const char Hex[] = "0123456789ABCDEF";
      Out += "<U+00";
      Out += Hex[Byte >> 4];
      Out += Hex[Byte & 0xF];
      Out += '>';
    } else {
      Out += C;
    }
  }
  return Out;
}

/// The note the text report adds to a finding that does not fail the gate for a reason its line
/// does not show (its level against --fail-on does), "" otherwise.
llvm::StringRef passReason(GateVerdict Verdict) {
  switch (Verdict) {
  case GateVerdict::InBaseline:
    return "in the baseline: does not fail the gate";
  case GateVerdict::OutsideDiff:
    return "outside the diff: does not fail the gate";
  case GateVerdict::Fails:
  case GateVerdict::Suppressed:
  case GateVerdict::BelowFailOn:
    return "";
  }
  llvm_unreachable("unknown gate verdict");
}

void writeText(llvm::raw_ostream &OS, const AnalysisResult &Result, const SourceRoot &Root,
               int FailOnRank, bool Colors) {
  using Color = llvm::raw_ostream::Colors;
  // clang's TextDiagnostic colours: bold locations and messages, the level in its colour, the
  // caret and the fix-it text in green; a note's message is not bold.
  auto Paint = [&](Color C, bool Bold) {
    if (Colors)
      OS.changeColor(C, Bold);
  };
  auto Plain = [&] {
    if (Colors)
      OS.resetColor();
  };
  auto Header = [&](const SourceSpan &At, llvm::StringRef Level, llvm::StringRef Message,
                    llvm::StringRef Rule) {
    Paint(Color::SAVEDCOLOR, true);
    OS << printable(Root.relative(At.File)) << ":" << At.Line << ":" << At.Column << ": ";
    Paint(Level == "error" ? Color::RED : Level == "warning" ? Color::MAGENTA : Color::BLACK, true);
    OS << Level << ": ";
    Plain();
    if (Level != "note")
      Paint(Color::SAVEDCOLOR, true);
    OS << printable(Message);
    if (!Rule.empty())
      OS << " [" << Rule << "]";
    Plain();
    OS << "\n";
  };
  // Spaces (tabs kept) up to the 1-based byte column \p Column of \p LineText.
  auto Indent = [&](const std::string &LineText, unsigned Column) {
    std::string Before = printable(llvm::StringRef(LineText).take_front(Column - 1));
    for (char C : Before)
      if ((static_cast<unsigned char>(C) & 0xC0) != 0x80) // one per character
        OS << (C == '\t' ? '\t' : ' ');
  };
  for (const Finding &F : Result.Findings) {
    if (F.Suppressed)
      continue;
    Header(F.Primary, F.Level, F.Message, F.RuleId);
    auto InLine = [&](unsigned Column) { // a column of the primary line, within LineText
      return Column >= F.LineTextColumn ? Column - F.LineTextColumn + 1 : 1;
    };
    OS << printable(F.LineText) << "\n";
    Indent(F.LineText, InLine(F.Primary.Column));
    Paint(Color::GREEN, true);
    OS << "^\n";
    Plain();
    // The finding's own fix-its that edit this line, under the column they edit.
    for (const Fix &Fx : F.Fixes)
      for (const Edit &E : Fx.Edits)
        if (E.Span.File == F.Primary.File && E.Span.Line == F.Primary.Line && !E.Text.empty() &&
            !llvm::StringRef(E.Text).contains('\n')) {
          Indent(F.LineText, InLine(E.Span.Column));
          Paint(Color::GREEN, false);
          OS << printable(E.Text) << "\n";
          Plain();
        }
    if (llvm::StringRef Reason = passReason(gateVerdict(F, FailOnRank)); !Reason.empty())
      Header(F.Primary, "note", Reason, "");
    for (const RelatedNote &N : F.Notes)
      Header(N.Span, "note", N.Message, "");
  }
}

json toJson(const AnalysisResult &Result, const SourceRoot &Root, int FailOnRank) {
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
                        {"outsideDiff", F.OutsideDiff},
                        {"gate", verdictName(gateVerdict(F, FailOnRank))},
                        {"fingerprint", F.Fingerprint}});
  }
  json Failures = json::array();
  for (const AnalysisFailure &A : Result.Failures)
    Failures.push_back({{"file", Root.relative(A.File)}, {"message", A.Message}});
  return {{"findings", Findings},
          {"failures", Failures},
          {"configurationErrors", Result.ConfigErrors},
          {"filesAnalysed", Result.FilesAnalysed}};
}

json toCodeQuality(const AnalysisResult &Result, const RuleCatalog &Catalog,
                   const SourceRoot &Root) {
  json Issues = json::array();
  for (const Finding &F : Result.Findings) {
    if (F.Suppressed)
      continue;
    const Rule *R = Catalog.find(F.RuleId);
    bool Security = R && llvm::is_contained(R->Tags, "security");
    // GitLab's severities: info, minor, major, critical, blocker.
    const char *Severity = F.Level == "error" ? "major" : F.Level == "warning" ? "minor" : "info";
    Issues.push_back(
        {{"type", "issue"},
         {"check_name", F.RuleId},
         {"description", F.Message},
         {"categories", {Security ? "Security" : "Bug Risk"}},
         {"fingerprint", F.Fingerprint},
         {"severity", Severity},
         {"location",
          {{"path", Root.relative(F.Primary.File)}, {"lines", {{"begin", F.Primary.Line}}}}}});
  }
  return Issues;
}

std::string serialize(const json &Doc) {
  return Doc.dump(2, ' ', /*ensure_ascii=*/false, json::error_handler_t::replace);
}

json toSarif(const AnalysisResult &Result, const RuleCatalog &Catalog, const RunInfo &Run) {
  json Rules = json::array();
  for (const Rule &R : Catalog.rules())
    Rules.push_back(ruleDescriptor(R));

  json Results = json::array();
  for (const Finding &F : Result.Findings)
    if (!F.Suppressed || !Run.OmitSuppressed)
      Results.push_back(resultJson(F, Catalog, Run));

  // Indices into tool.driver.notifications below.
  enum { AnalysisIncomplete, ConfigurationError, ConfigurationNotice };
  json Notifications = json::array();
  for (const AnalysisFailure &A : Result.Failures)
    Notifications.push_back(
        {{"level", "error"},
         {"message", {{"text", sentence("Could not analyse this file: " + A.Message)}}},
         {"descriptor", {{"id", "DL0001"}, {"index", AnalysisIncomplete}}},
         {"locations",
          json::array({{{"physicalLocation",
                         {{"artifactLocation", artifactLocation(A.File, Run.Root)}}}}})}});
  for (const std::string &Error : Result.ConfigErrors)
    Notifications.push_back({{"level", "error"},
                             {"message", {{"text", sentence("Configuration error: " + Error)}}},
                             {"descriptor", {{"id", "DL0002"}, {"index", ConfigurationError}}}});
  for (const std::string &Notice : Result.Notices)
    Notifications.push_back({{"level", "note"},
                             {"message", {{"text", sentence(Notice)}}},
                             {"descriptor", {{"id", "DL0003"}, {"index", ConfigurationNotice}}}});

  std::string WorkingDirectory =
      Run.WorkingDirectory.empty() ? Run.Root.Path : Run.WorkingDirectory;
  json Invocation = {{"executionSuccessful", Result.Failures.empty() &&
                                                 Result.ConfigErrors.empty()},
                     {"toolExecutionNotifications", Notifications},
                     {"workingDirectory", {{"uri", fileUri(WorkingDirectory + "/")}}}};
  json Overrides = json::array();
  for (const std::string &Id : Result.RulesDisabled)
    if (int Index = Catalog.indexOf(Id); Index >= 0)
      Overrides.push_back({{"descriptor", {{"id", Id}, {"index", Index}}},
                           {"configuration", {{"enabled", false}}}});
  if (!Overrides.empty())
    Invocation["ruleConfigurationOverrides"] = Overrides;

  auto Descriptor = [](const char *Id, const char *Name, const char *Short, const char *Full,
                       const char *Help, const char *Level = "error") {
    return json{{"id", Id},
                {"name", Name},
                {"shortDescription", {{"text", Short}}},
                {"fullDescription", {{"text", Full}}},
                {"help", {{"text", Help}, {"markdown", Help}}},
                {"defaultConfiguration", {{"level", Level}}}};
  };
  json Driver = {
      {"name", "distlint"},
      {"fullName", "distlint " DISTLINT_VERSION},
      {"version", DISTLINT_VERSION},
      {"semanticVersion", DISTLINT_VERSION},
      {"informationUri", DISTLINT_HOMEPAGE},
      {"rules", Rules},
      {"notifications",
       json::array(
           {Descriptor("DL0001", "AnalysisIncomplete",
                       "A file could not be analysed, so its results are missing.",
                       "The compiler could not parse a file, the compilation database has no "
                       "command for it, or a check failed on it. Its results are missing, so "
                       "distlint exits with code 3 and a gate must not pass.",
                       "Fix the compile error or the compile command shown in the message (run "
                       "the command from compile_commands.json by hand to reproduce it), then "
                       "run distlint again."),
            Descriptor("DL0002", "ConfigurationError",
                       "The configuration or a model file is invalid.",
                       "A .clang-tidy file, a --config-file, a check option or a user model file "
                       "named by a ModelFiles option could not be used. distlint exits with code "
                       "2.",
                       "Correct the file named in the message; distlint --explain=<rule-id> "
                       "lists each rule's options."),
            Descriptor("DL0003", "ConfigurationNotice",
                       "The configuration changed what distlint ran.",
                       "A Checks glob enabled checks of other modules, which distlint does not "
                       "run, or disabled a distsys rule for some files, whose results are then "
                       "missing there rather than fixed.",
                       "Nothing fails; check that the configuration means what it says.",
                       "note")})}};

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
