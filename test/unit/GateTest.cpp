//===--- GateTest.cpp - fail-on, baseline and diff gating ------------------===//
#include "Gate.h"

#include "llvm/Support/FileSystem.h"
#include "gtest/gtest.h"
#include <fstream>

namespace distlint {
namespace {

TEST(Gate, FailOnLevels) {
  EXPECT_EQ(*failOnRank("note"), levelRank("note"));
  EXPECT_EQ(*failOnRank("warning"), levelRank("warning"));
  EXPECT_EQ(*failOnRank("error"), levelRank("error"));
  EXPECT_GT(*failOnRank("none"), levelRank("error"));
  auto Bad = failOnRank("fatal");
  ASSERT_FALSE(static_cast<bool>(Bad));
  EXPECT_EQ(llvm::toString(Bad.takeError()),
            "--fail-on must be error, warning, note or none, not 'fatal'");
}

TEST(Gate, GatingFindingsSkipsSuppressedBaselineAndOutsideDiff) {
  auto Make = [](const char *Level) {
    Finding F;
    F.Level = Level;
    return F;
  };
  std::vector<Finding> Findings = {Make("warning"), Make("error"),   Make("note"),
                                   Make("warning"), Make("warning"), Make("warning")};
  Findings[3].Suppressed = true;
  Findings[4].InBaseline = true;
  Findings[5].OutsideDiff = true;
  EXPECT_EQ(gatingFindings(Findings, *failOnRank("note")), 3u);
  EXPECT_EQ(gatingFindings(Findings, *failOnRank("warning")), 2u);
  EXPECT_EQ(gatingFindings(Findings, *failOnRank("error")), 1u);
  EXPECT_EQ(gatingFindings(Findings, *failOnRank("none")), 0u);
}

TEST(Gate, ParsesUnifiedDiff) {
  const char *Diff = R"(diff --git a/src/a.cpp b/src/a.cpp
index 1111111..2222222 100644
--- a/src/a.cpp
+++ b/src/a.cpp
@@ -3,0 +4,2 @@ int f() {
+  added();
+  added();
@@ -10 +12 @@ void g()
-  old();
+  changed();
@@ -20,3 +22,0 @@
-  removed();
diff --git a/gone.cpp b/gone.cpp
deleted file mode 100644
--- a/gone.cpp
+++ /dev/null
@@ -1,2 +0,0 @@
-x
-y
diff --git a/new file.h b/new file.h
new file mode 100644
--- /dev/null
+++ b/new file.h
@@ -0,0 +1,3 @@
+a
+b
+c
)";
  ChangedLines Changed = parseUnifiedDiff(Diff, "/repo");
  EXPECT_FALSE(Changed.contains("/repo/src/a.cpp", 3));
  EXPECT_TRUE(Changed.contains("/repo/src/a.cpp", 4));
  EXPECT_TRUE(Changed.contains("/repo/src/a.cpp", 5));
  EXPECT_FALSE(Changed.contains("/repo/src/a.cpp", 6));
  EXPECT_TRUE(Changed.contains("/repo/src/a.cpp", 12));
  EXPECT_FALSE(Changed.contains("/repo/src/a.cpp", 22)); // a pure deletion adds no line
  EXPECT_FALSE(Changed.contains("/repo/gone.cpp", 1));
  EXPECT_TRUE(Changed.contains("/repo/new file.h", 1));
  EXPECT_TRUE(Changed.contains("/repo/new file.h", 3));
  EXPECT_FALSE(Changed.contains("/repo/new file.h", 4));
  EXPECT_FALSE(Changed.contains("/repo/other.cpp", 1));
}

TEST(Gate, ApplyDiffMarksFindingsOutside) {
  ChangedLines Changed;
  Changed.Ranges["/repo/a.cpp"] = {{4, 5}};
  Changed.WholeFiles.insert("/repo/untracked.cpp");
  std::vector<Finding> Findings(3);
  Findings[0].Primary.File = "/repo/a.cpp";
  Findings[0].Primary.Line = 5;
  Findings[1].Primary.File = "/repo/a.cpp";
  Findings[1].Primary.Line = 6;
  Findings[2].Primary.File = "/repo/untracked.cpp";
  Findings[2].Primary.Line = 99;
  applyDiff(Findings, Changed);
  EXPECT_FALSE(Findings[0].OutsideDiff);
  EXPECT_TRUE(Findings[1].OutsideDiff);
  EXPECT_FALSE(Findings[2].OutsideDiff);
}

class BaselineTest : public ::testing::Test {
protected:
  std::string write(const std::string &Text) {
    llvm::SmallString<128> Path;
    EXPECT_FALSE(llvm::sys::fs::createTemporaryFile("baseline", "sarif", Path));
    std::ofstream(std::string(Path)) << Text;
    Files.push_back(std::string(Path));
    return std::string(Path);
  }
  void TearDown() override {
    for (const std::string &F : Files)
      llvm::sys::fs::remove(F);
  }
  std::vector<std::string> Files;
};

TEST_F(BaselineTest, LoadsFingerprintCounts) {
  std::string Path = write(R"({"version": "2.1.0", "runs": [{"results": [
      {"ruleId": "r", "partialFingerprints": {"distlintFingerprint/v2": "abc:1"}},
      {"ruleId": "r", "partialFingerprints": {"distlintFingerprint/v2": "abc:2"}},
      {"ruleId": "r", "partialFingerprints": {"distlintFingerprint/v2": "def:1"}}]},
      {"results": []}]})");
  auto Known = loadBaseline(Path);
  ASSERT_TRUE(static_cast<bool>(Known)) << llvm::toString(Known.takeError());
  EXPECT_EQ(*Known, (BaselineCounts{{"abc", 2}, {"def", 1}}));
}

std::vector<Finding> withFingerprints(std::initializer_list<const char *> Prints) {
  std::vector<Finding> Findings;
  for (const char *P : Prints) {
    Findings.emplace_back();
    Findings.back().Level = "warning";
    Findings.back().Fingerprint = P;
  }
  return Findings;
}

TEST(Baseline, MatchesAsManyFindingsPerHashAsItRecorded) {
  // Three findings share a hash the baseline saw twice: one of them is new, the last.
  std::vector<Finding> Findings = withFingerprints({"abc:1", "abc:2", "abc:3", "xyz:1"});
  applyBaseline(Findings, {{"abc", 2}});
  EXPECT_TRUE(Findings[0].InBaseline);
  EXPECT_TRUE(Findings[1].InBaseline);
  EXPECT_FALSE(Findings[2].InBaseline);
  EXPECT_FALSE(Findings[3].InBaseline);
  EXPECT_EQ(gatingFindings(Findings, *failOnRank("warning")), 2u);
}

TEST(Baseline, TheCopyInsideTheDiffIsTheNewOne) {
  // A copy of a reviewed line was added above it: the copy comes first and is in the diff, the
  // reviewed line is outside it. The copy must fail the gate, the reviewed line must not.
  std::vector<Finding> Findings = withFingerprints({"abc:1", "abc:2"});
  Findings[1].OutsideDiff = true;
  applyBaseline(Findings, {{"abc", 1}});
  EXPECT_FALSE(Findings[0].InBaseline);
  EXPECT_TRUE(Findings[1].InBaseline);
  EXPECT_EQ(gateVerdict(Findings[0], *failOnRank("warning")), GateVerdict::Fails);
  EXPECT_EQ(gateVerdict(Findings[1], *failOnRank("warning")), GateVerdict::InBaseline);
  // Rewritten in the change (inside the diff) but recorded: still known.
  std::vector<Finding> Edited = withFingerprints({"abc:1"});
  applyBaseline(Edited, {{"abc", 1}});
  EXPECT_TRUE(Edited[0].InBaseline);
}

TEST(Gate, VerdictsInOrderOfPrecedence) {
  Finding F;
  F.Level = "warning";
  int Warning = *failOnRank("warning");
  EXPECT_EQ(gateVerdict(F, Warning), GateVerdict::Fails);
  EXPECT_EQ(gateVerdict(F, *failOnRank("error")), GateVerdict::BelowFailOn);
  F.OutsideDiff = true;
  EXPECT_EQ(gateVerdict(F, Warning), GateVerdict::OutsideDiff);
  F.InBaseline = true;
  EXPECT_EQ(gateVerdict(F, Warning), GateVerdict::InBaseline);
  F.Suppressed = true;
  EXPECT_EQ(gateVerdict(F, Warning), GateVerdict::Suppressed);
  EXPECT_EQ(verdictName(GateVerdict::OutsideDiff), "outside-diff");
}

TEST_F(BaselineTest, RejectsWhatDistlintDidNotWrite) {
  std::pair<const char *, const char *> Cases[] = {
      {"not json", "it is not valid JSON"},
      {"[1, 2]", "no 'runs' array"},
      {R"({"runs": {}})", "no 'runs' array"},
      {R"({"runs": [1]})", "a run is not an object"},
      {R"({"runs": [{"results": 5}]})", "a run's 'results' is not an array"},
      {R"({"runs": [{"results": [{"ruleId": "r"}]}]})",
       "a result has no 'partialFingerprints' object"},
      {R"({"runs": [{"results": [{"partialFingerprints": {"other": "x"}}]}]})",
       "a result has no distlintFingerprint/v2"}};
  for (auto [Text, Why] : Cases) {
    std::string Path = write(Text);
    auto Known = loadBaseline(Path);
    ASSERT_FALSE(static_cast<bool>(Known)) << Text;
    EXPECT_EQ(llvm::toString(Known.takeError()),
              "baseline '" + Path + "' is not a SARIF log written by distlint: " + Why);
  }
  std::string Old = write(
      R"({"runs": [{"results": [{"partialFingerprints": {"distlintFingerprint/v1": "a:1"}}]}]})");
  auto FromOldVersion = loadBaseline(Old);
  ASSERT_FALSE(static_cast<bool>(FromOldVersion));
  EXPECT_EQ(llvm::toString(FromOldVersion.takeError()),
            "baseline '" + Old +
                "' was recorded by an older distlint (distlintFingerprint/v1, which this version "
                "no longer computes); record it again with this version");
  auto Missing = loadBaseline("/nonexistent/baseline.sarif");
  ASSERT_FALSE(static_cast<bool>(Missing));
  EXPECT_NE(llvm::toString(Missing.takeError()).find("cannot read baseline '/nonexistent/"),
            std::string::npos);
}

} // namespace
} // namespace distlint
