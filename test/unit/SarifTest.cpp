//===--- SarifTest.cpp - the SARIF writer ---------------------------------===//
#include "Report.h"
#include "utils/RuleCatalog.h"

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Program.h"
#include "llvm/Support/raw_ostream.h"
#include "gtest/gtest.h"
#include <cstdlib>
#include <fstream>

namespace distlint {
namespace {
using nlohmann::json;

const char *const RuleA = R"({
  "id": "distsys-a-rule", "name": "ARule", "summary": "Summary of A.",
  "description": "Description of A", "fix": "Fix A like this.", "help": "**A** help",
  "level": "warning", "precision": "high", "maturity": "stable",
  "tags": ["reliability", "external/cwe/cwe-367"]})";
const char *const RuleB = R"({
  "id": "distsys-b-rule", "name": "BRule", "summary": "Summary of B",
  "description": "Description of B.", "fix": "Fix B.", "help": "B help",
  "level": "error", "precision": "medium", "maturity": "experimental",
  "tags": ["security", "external/cwe/cwe-284"], "securitySeverity": "8.1"})";

RuleCatalog catalog() {
  // Given out of order: the catalog sorts by id, and ruleIndex follows that order.
  auto Catalog = RuleCatalog::parse({{"rules/b.json", RuleB}, {"rules/a.json", RuleA}});
  EXPECT_TRUE(static_cast<bool>(Catalog)) << llvm::toString(Catalog.takeError());
  return std::move(*Catalog);
}

SourceSpan span(const std::string &File, unsigned Line, unsigned Col, unsigned EndCol) {
  SourceSpan S;
  S.File = File;
  S.Line = S.EndLine = Line;
  S.Column = Col;
  S.EndColumn = EndCol;
  return S;
}

Finding finding(const std::string &Rule, const std::string &File, unsigned Line, unsigned Col,
                const std::string &LineText) {
  Finding F;
  F.RuleId = Rule;
  F.Level = "warning";
  F.Message = "message for " + Rule;
  F.Primary = span(File, Line, Col, Col + 4);
  F.LineText = LineText;
  return F;
}

RunInfo run() {
  RunInfo Run;
  Run.Root.Path = "/src/my project";
  return Run;
}

json sarifOf(std::vector<Finding> Findings, const RunInfo &Run = run(),
             std::vector<AnalysisFailure> Failures = {}) {
  AnalysisResult Result;
  Result.Findings = std::move(Findings);
  Result.Failures = std::move(Failures);
  sortAndDeduplicate(Result);
  assignFingerprints(Result.Findings, Run.Root);
  return toSarif(Result, catalog(), Run);
}

TEST(Sarif, RuleDescriptorsComeFromTheCatalog) {
  json Log = sarifOf({});
  EXPECT_EQ(Log["version"], "2.1.0");
  const json &Driver = Log["runs"][0]["tool"]["driver"];
  EXPECT_EQ(Driver["name"], "distlint");
  EXPECT_EQ(Driver["version"], DISTLINT_VERSION);
  EXPECT_EQ(Driver["semanticVersion"], DISTLINT_VERSION);
  EXPECT_EQ(Driver["informationUri"], DISTLINT_HOMEPAGE);
  ASSERT_EQ(Driver["rules"].size(), 2u);
  const json &A = Driver["rules"][0];
  EXPECT_EQ(A["id"], "distsys-a-rule");
  EXPECT_EQ(A["name"], "ARule");
  EXPECT_EQ(A["shortDescription"]["text"], "Summary of A.");
  EXPECT_EQ(A["fullDescription"]["text"], "Description of A."); // a sentence, period added
  EXPECT_EQ(A["help"]["markdown"], "**A** help");
  EXPECT_NE(A["help"]["text"].get<std::string>().find("Fix A like this."), std::string::npos);
  EXPECT_EQ(A["helpUri"], std::string(DISTLINT_HOMEPAGE) + "/blob/main/docs/checks/distsys-a-rule.md");
  EXPECT_EQ(A["defaultConfiguration"]["level"], "warning");
  EXPECT_EQ(A["properties"]["tags"], json({"reliability", "external/cwe/cwe-367"}));
  EXPECT_EQ(A["properties"]["precision"], "high");
  EXPECT_FALSE(A["properties"].contains("security-severity"));
  const json &B = Driver["rules"][1];
  EXPECT_EQ(B["id"], "distsys-b-rule");
  EXPECT_EQ(B["shortDescription"]["text"], "Summary of B.");
  EXPECT_EQ(B["defaultConfiguration"]["level"], "error");
  EXPECT_EQ(B["properties"]["security-severity"], "8.1");
  for (const json &N : Driver["notifications"]) {
    EXPECT_TRUE(N.contains("fullDescription")) << N.dump();
    EXPECT_TRUE(N.contains("help")) << N.dump();
  }
}

TEST(Sarif, ResultHasRuleIndexRelativeUriSnippetAndFingerprint) {
  json Log = sarifOf({finding("distsys-b-rule", "/src/my project/dir/a b%.cpp", 3, 5,
                              "  call(x); // hi")});
  const json &Run = Log["runs"][0];
  EXPECT_EQ(Run["originalUriBaseIds"]["%SRCROOT%"]["uri"], "file:///src/my%20project/");
  EXPECT_EQ(Run["columnKind"], "utf16CodeUnits");
  ASSERT_EQ(Run["results"].size(), 1u);
  const json &R = Run["results"][0];
  EXPECT_EQ(R["ruleId"], "distsys-b-rule");
  EXPECT_EQ(R["ruleIndex"], 1);
  EXPECT_EQ(R["level"], "warning");
  EXPECT_EQ(R["message"]["text"], "message for distsys-b-rule.");
  ASSERT_EQ(R["locations"].size(), 1u);
  const json &Physical = R["locations"][0]["physicalLocation"];
  EXPECT_EQ(Physical["artifactLocation"]["uri"], "dir/a%20b%25.cpp");
  EXPECT_EQ(Physical["artifactLocation"]["uriBaseId"], "%SRCROOT%");
  EXPECT_EQ(Physical["region"],
            json({{"startLine", 3}, {"startColumn", 5}, {"endLine", 3}, {"endColumn", 9},
                  {"snippet", {{"text", "ll(x"}}}}));
  EXPECT_EQ(Physical["contextRegion"]["snippet"]["text"], "  call(x); // hi");
  EXPECT_EQ(Physical["contextRegion"]["startLine"], 3);
  EXPECT_TRUE(R["partialFingerprints"]["distlintFingerprint/v2"].is_string());
  EXPECT_EQ(R["properties"]["gate"], "fails");
  EXPECT_FALSE(R.contains("suppressions"));
  EXPECT_FALSE(R.contains("baselineState")); // no --baseline given
  EXPECT_FALSE(R.contains("relatedLocations"));
  EXPECT_FALSE(R.contains("codeFlows"));
}

TEST(Sarif, FileOutsideTheRootGetsAnAbsoluteFileUri) {
  json Log = sarifOf({finding("distsys-a-rule", "/elsewhere/x y.h", 1, 1, "abcdef")});
  const json &Artifact = Log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]
                            ["artifactLocation"];
  EXPECT_EQ(Artifact["uri"], "file:///elsewhere/x%20y.h");
  EXPECT_FALSE(Artifact.contains("uriBaseId"));
}

TEST(Sarif, NoteOnAnotherLineBecomesRelatedLocationAndCodeFlow) {
  Finding F = finding("distsys-a-rule", "/src/my project/a.cpp", 12, 3, "  create(name);");
  F.Notes.push_back({span("/src/my project/a.cpp", 10, 7, 13), "existence checked here"});
  F.Notes.push_back({span("/src/my project/a.cpp", 12, 1, 2), "same line: no second site"});
  json R = sarifOf({F})["runs"][0]["results"][0];
  ASSERT_EQ(R["relatedLocations"].size(), 1u);
  const json &Related = R["relatedLocations"][0];
  EXPECT_EQ(Related["id"], 1);
  EXPECT_EQ(Related["message"]["text"], "existence checked here.");
  EXPECT_EQ(Related["physicalLocation"]["region"]["startLine"], 10);
  EXPECT_EQ(Related["physicalLocation"]["region"]["startColumn"], 7);
  ASSERT_EQ(R["codeFlows"].size(), 1u);
  const json &Steps = R["codeFlows"][0]["threadFlows"][0]["locations"];
  ASSERT_EQ(Steps.size(), 2u); // the second site, then the finding
  EXPECT_EQ(Steps[0]["location"]["physicalLocation"]["region"]["startLine"], 10);
  EXPECT_EQ(Steps[1]["location"]["physicalLocation"]["region"]["startLine"], 12);
  EXPECT_EQ(Steps[1]["location"]["message"]["text"], "message for distsys-a-rule.");
}

TEST(Sarif, FixesSuppressionsAndBaselineState) {
  Finding F = finding("distsys-a-rule", "/src/my project/a.cpp", 2, 3, "  call();");
  Edit Insert;
  Insert.Span = span("/src/my project/a.cpp", 2, 3, 3);
  Insert.Text = "setTimeout();\n  ";
  F.Fixes.push_back({"apply the fix", {Insert}});
  Edit Replace;
  Replace.Span = span("/src/my project/a.cpp", 2, 3, 7);
  Replace.Text = "safeCall";
  F.NoteFixes.push_back({"use safeCall", {Replace}});
  F.Suppressed = true;
  F.InBaseline = true;
  Finding G = finding("distsys-a-rule", "/src/my project/b.cpp", 1, 1, "call();");
  RunInfo Run = run();
  Run.BaselineGiven = true;
  json Results = sarifOf({F, G}, Run)["runs"][0]["results"];
  ASSERT_EQ(Results.size(), 2u);
  const json &R = Results[0];
  ASSERT_EQ(R["fixes"].size(), 1u); // the note's suggestion is no one-click fix
  EXPECT_EQ(R["fixes"][0]["description"]["text"], "apply the fix.");
  const json &Change = R["fixes"][0]["artifactChanges"][0];
  EXPECT_EQ(Change["artifactLocation"]["uri"], "a.cpp");
  EXPECT_EQ(Change["replacements"][0]["deletedRegion"],
            json({{"startLine", 2}, {"startColumn", 3}, {"endLine", 2}, {"endColumn", 3}}));
  EXPECT_EQ(Change["replacements"][0]["insertedContent"]["text"], "setTimeout();\n  ");
  ASSERT_EQ(R["properties"]["suggestions"].size(), 1u);
  EXPECT_EQ(R["properties"]["suggestions"][0]["artifactChanges"][0]["replacements"][0]
             ["deletedRegion"]["endColumn"],
            7);
  EXPECT_EQ(R["suppressions"], json::parse(R"([{"kind": "inSource"}])"));
  EXPECT_EQ(R["baselineState"], "unchanged");
  EXPECT_EQ(Results[1]["baselineState"], "new");
}

TEST(Sarif, SuppressedResultsCanBeOmitted) {
  Finding F = finding("distsys-a-rule", "/src/my project/a.cpp", 2, 3, "  call();");
  F.Suppressed = true;
  Finding G = finding("distsys-a-rule", "/src/my project/b.cpp", 1, 1, "call();");
  RunInfo Run = run();
  EXPECT_EQ(sarifOf({F, G}, Run)["runs"][0]["results"].size(), 2u);
  Run.OmitSuppressed = true;
  json Results = sarifOf({F, G}, Run)["runs"][0]["results"];
  ASSERT_EQ(Results.size(), 1u);
  EXPECT_EQ(Results[0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"], "b.cpp");
}

TEST(Sarif, ResultsAreSortedAndHeaderDuplicatesDropped) {
  json Results =
      sarifOf({finding("distsys-b-rule", "/src/my project/b.cpp", 1, 1, "x"),
               finding("distsys-b-rule", "/src/my project/a.cpp", 9, 2, "x"),
               finding("distsys-a-rule", "/src/my project/a.cpp", 9, 2, "x"),
               finding("distsys-a-rule", "/src/my project/a.cpp", 2, 8, "x"),
               finding("distsys-a-rule", "/src/my project/a.cpp", 2, 8, "x"), // second TU
               finding("distsys-a-rule", "/src/my project/a.cpp", 2, 3, "x")})["runs"][0]
          ["results"];
  std::vector<std::string> Order;
  for (const json &R : Results) {
    const json &Region = R["locations"][0]["physicalLocation"]["region"];
    Order.push_back(R["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
                        .get<std::string>() +
                    ":" + std::to_string(Region["startLine"].get<int>()) + ":" +
                    std::to_string(Region["startColumn"].get<int>()) + ":" +
                    R["ruleId"].get<std::string>());
  }
  EXPECT_EQ(Order, (std::vector<std::string>{
                       "a.cpp:2:3:distsys-a-rule", "a.cpp:2:8:distsys-a-rule",
                       "a.cpp:9:2:distsys-a-rule", "a.cpp:9:2:distsys-b-rule",
                       "b.cpp:1:1:distsys-b-rule"}));
}

TEST(Sarif, FailuresBecomeNotificationsAndTheRunUnsuccessful) {
  json Log = sarifOf({}, run(), {{"/src/my project/bad.cpp", "bad.cpp:1:1: error: oops"}});
  const json &Invocation = Log["runs"][0]["invocations"][0];
  EXPECT_EQ(Invocation["executionSuccessful"], false);
  ASSERT_EQ(Invocation["toolExecutionNotifications"].size(), 1u);
  const json &N = Invocation["toolExecutionNotifications"][0];
  EXPECT_EQ(N["level"], "error");
  EXPECT_EQ(N["descriptor"]["id"], "DL0001");
  EXPECT_EQ(Log["runs"][0]["tool"]["driver"]["notifications"][N["descriptor"]["index"].get<int>()]
               ["id"],
            "DL0001");
  EXPECT_EQ(N["locations"][0]["physicalLocation"]["artifactLocation"]["uri"], "bad.cpp");
  EXPECT_EQ(sarifOf({})["runs"][0]["invocations"][0]["executionSuccessful"], true);
}

TEST(Sarif, VersionControlProvenance) {
  RunInfo Run = run();
  EXPECT_FALSE(sarifOf({}, Run)["runs"][0].contains("versionControlProvenance"));
  Run.VersionControl = Provenance{"https://example.com/org/repo.git", "0123abcd", "main"};
  json Vcs = sarifOf({}, Run)["runs"][0]["versionControlProvenance"];
  ASSERT_EQ(Vcs.size(), 1u);
  EXPECT_EQ(Vcs[0]["repositoryUri"], "https://example.com/org/repo.git");
  EXPECT_EQ(Vcs[0]["revisionId"], "0123abcd");
  EXPECT_EQ(Vcs[0]["branch"], "main");
  EXPECT_EQ(Vcs[0]["mappedTo"]["uriBaseId"], "%SRCROOT%");
}

TEST(Sarif, RepositoryUrisLoseCredentials) {
  EXPECT_EQ(publishableRepositoryUri("https://user:s3cret@github.com/org/repo.git"),
            "https://github.com/org/repo.git");
  EXPECT_EQ(publishableRepositoryUri("https://ghp_token@github.com/org/repo"),
            "https://github.com/org/repo");
  EXPECT_EQ(publishableRepositoryUri("ssh://git@github.com/org/repo.git"),
            "ssh://git@github.com/org/repo.git");
  EXPECT_EQ(publishableRepositoryUri("ssh://git:pw@host/r"), "ssh://host/r");
  EXPECT_EQ(publishableRepositoryUri("git@github.com:org/repo.git"),
            "ssh://git@github.com/org/repo.git");
  EXPECT_EQ(publishableRepositoryUri("https://github.com/org/repo"), "https://github.com/org/repo");
  // Clones of local repositories (as CI makes them) must still give an absolute URI.
  EXPECT_EQ(publishableRepositoryUri("/srv/git/my repo"), "file:///srv/git/my%20repo");
  EXPECT_EQ(publishableRepositoryUri("../upstream"), "");
}

TEST(Columns, Utf16CodeUnits) {
  EXPECT_EQ(utf16Column("abc", 1), 1u);
  EXPECT_EQ(utf16Column("abc", 3), 3u);
  // "é" is 2 bytes, 1 unit; "€" 3 bytes, 1 unit; U+1D11E 4 bytes, a surrogate pair.
  std::string Line = "\xC3\xA9\xE2\x82\xAC\xF0\x9D\x84\x9Ex";
  EXPECT_EQ(utf16Column(Line, 3), 2u);   // after é
  EXPECT_EQ(utf16Column(Line, 6), 3u);   // after €
  EXPECT_EQ(utf16Column(Line, 10), 5u);  // after the pair: at 'x'
  EXPECT_EQ(utf16Column(Line, 11), 6u);  // one past the end of the line
  EXPECT_EQ(utf16Column("ab", 5), 5u);   // past the end: one unit per byte
}

TEST(Columns, RegionUsesUtf16ColumnsWhenKnown) {
  Finding F = finding("distsys-a-rule", "/src/my project/a.cpp", 1, 4, "\xC3\xA9 call");
  F.Primary.EndColumn = 8;
  F.Primary.Utf16Column = 3;
  F.Primary.Utf16EndColumn = 7;
  json Region =
      sarifOf({F})["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"];
  EXPECT_EQ(Region["startColumn"], 3);
  EXPECT_EQ(Region["endColumn"], 7);
  EXPECT_EQ(Region["snippet"]["text"], "call"); // cut by bytes, from the same columns
}

TEST(SourceRoot, RelativePaths) {
  SourceRoot Root{"/repo"};
  EXPECT_EQ(Root.relative("/repo/src/a.cpp"), "src/a.cpp");
  EXPECT_EQ(Root.relative("/repo2/a.cpp"), "/repo2/a.cpp");
  EXPECT_EQ(Root.relative("/other/a.cpp"), "/other/a.cpp");
  EXPECT_EQ(SourceRoot{}.relative("/x/a.cpp"), "/x/a.cpp");
}

/// Runs Microsoft's validator on a log using every SARIF feature distlint writes. The lit test
/// driver/sarif-validate.test covers logs of real runs.
TEST(Sarif, EveryFeatureValidatesWithTheMultitool) {
  std::string Tool =
      DISTLINT_SOURCE_DIR "/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool";
  if (!llvm::sys::fs::can_execute(Tool)) {
    if (std::getenv("CI") || std::getenv("DISTLINT_REQUIRE_SARIF_MULTITOOL"))
      FAIL() << "the SARIF Multitool is required but missing: " << Tool;
    GTEST_SKIP() << "the SARIF Multitool is not installed (npm ci)";
  }
  Finding F = finding("distsys-b-rule", "/src/my project/a.cpp", 12, 3, "  create(name);");
  F.Notes.push_back({span("/src/my project/a.cpp", 10, 7, 13), "existence checked here"});
  Edit Insert;
  Insert.Span = span("/src/my project/a.cpp", 12, 3, 3);
  Insert.Text = "x();\n";
  F.Fixes.push_back({"apply the fix", {Insert}});
  F.NoteFixes.push_back({"a suggestion", {Insert}});
  Finding G = finding("distsys-a-rule", "/src/my project/b.cpp", 1, 1, "call();");
  G.Suppressed = true;
  G.InBaseline = true;
  RunInfo Run = run();
  Run.BaselineGiven = true;
  Run.VersionControl = Provenance{"https://example.com/org/repo.git",
                                  "0123456789abcdef0123456789abcdef01234567", "main"};
  AnalysisResult Result;
  Result.Findings = {F, G};
  Result.Failures = {{"/src/my project/bad.cpp", "bad.cpp:1:1: error: oops"}};
  Result.ConfigErrors = {"bad model file"};
  sortAndDeduplicate(Result);
  assignFingerprints(Result.Findings, Run.Root);

  llvm::SmallString<128> Dir;
  ASSERT_FALSE(llvm::sys::fs::createUniqueDirectory("distlint-sarif", Dir));
  std::string Log = (Dir + "/log.sarif").str(), Out = (Dir + "/validation.sarif").str();
  {
    std::ofstream(Log) << toSarif(Result, catalog(), Run).dump(2);
  }
  std::string Stdout = (Dir + "/stdout.txt").str();
  std::optional<llvm::StringRef> Redirects[] = {std::nullopt, llvm::StringRef(Stdout),
                                                llvm::StringRef(Stdout)};
  int Code = llvm::sys::ExecuteAndWait(
      Tool, {Tool, "validate", Log, "--rule-kind", "Gh;Sarif", "--level", "Error;Warning;Note",
             "--output", Out, "--log", "ForceOverwrite"},
      std::nullopt, Redirects);
  ASSERT_EQ(Code, 0);
  std::ifstream In(Out);
  json Report = json::parse(In);
  unsigned Problems = 0;
  for (const json &R : Report["runs"][0]["results"])
    if (R.value("level", "warning") != "note") {
      ++Problems;
      ADD_FAILURE() << R.dump();
    }
  EXPECT_EQ(Problems, 0u);
  llvm::sys::fs::remove_directories(Dir);
}

} // namespace
} // namespace distlint
