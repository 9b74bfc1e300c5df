//===--- FixesTest.cpp - --fix applies safe fixes only ---------------------===//
#include "Fixes.h"

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "gtest/gtest.h"
#include <fstream>

namespace distlint {
namespace {

class FixesTest : public ::testing::Test {
protected:
  void SetUp() override {
    llvm::SmallString<128> Path;
    ASSERT_FALSE(llvm::sys::fs::createTemporaryFile("fixes", "cpp", Path));
    File = std::string(Path);
    std::ofstream(File) << "call(a);\ncall(b);\n";
  }
  void TearDown() override { llvm::sys::fs::remove(File); }
  std::string contents() {
    auto Buffer = llvm::MemoryBuffer::getFile(File);
    return Buffer ? (*Buffer)->getBuffer().str() : "<unreadable>";
  }
  Edit edit(unsigned Offset, unsigned Length, const std::string &Text) {
    Edit E;
    E.Span.File = File;
    E.Offset = Offset;
    E.Length = Length;
    E.Text = Text;
    return E;
  }
  Finding withFix(std::vector<Edit> Edits) {
    Finding F;
    F.Fixes.push_back({"fix", std::move(Edits)});
    return F;
  }
  std::string File;
};

TEST_F(FixesTest, AppliesSafeFixesOnly) {
  Finding F = withFix({edit(0, 4, "safe_call")});               // call(a) -> safe_call(a)
  F.NoteFixes.push_back({"suggestion", {edit(9, 4, "other")}}); // on a note: never applied
  auto Files = applyFixes({F}, /*FixNotes=*/false);
  ASSERT_TRUE(static_cast<bool>(Files)) << llvm::toString(Files.takeError());
  EXPECT_EQ(*Files, 1u);
  EXPECT_EQ(contents(), "safe_call(a);\ncall(b);\n");
}

TEST_F(FixesTest, FixNotesTakesTheOneSuggestionOfAFindingWithoutItsOwnFix) {
  Finding Suggested;
  Suggested.NoteFixes.push_back({"suggestion", {edit(0, 4, "timed_call")}});
  Finding Ambiguous; // two suggestions: a choice left to the reader, as clang-tidy does
  Ambiguous.NoteFixes.push_back({"one", {edit(9, 4, "one")}});
  Ambiguous.NoteFixes.push_back({"two", {edit(9, 4, "two")}});
  EXPECT_TRUE(chosenFixes(Suggested, /*FixNotes=*/false).empty());
  EXPECT_EQ(chosenFixes(Suggested, /*FixNotes=*/true).size(), 1u);
  EXPECT_TRUE(chosenFixes(Ambiguous, /*FixNotes=*/true).empty());
  auto Files = applyFixes({Suggested, Ambiguous}, /*FixNotes=*/true);
  ASSERT_TRUE(static_cast<bool>(Files)) << llvm::toString(Files.takeError());
  EXPECT_EQ(contents(), "timed_call(a);\ncall(b);\n");
}

TEST_F(FixesTest, ExportedFixesLeaveOutSuggestionsUnlessAsked) {
  Finding F = withFix({edit(0, 4, "safe_call")});
  F.RuleId = "distsys-a-rule";
  F.Message = "a message";
  F.Primary.File = File;
  Finding OnNote;
  OnNote.RuleId = "distsys-a-rule";
  OnNote.Primary.File = File;
  OnNote.NoteFixes.push_back({"suggestion", {edit(9, 4, "timed_call")}});
  auto Export = [&](bool FixNotes) {
    std::string Yaml;
    llvm::raw_string_ostream OS(Yaml);
    exportFixes(OS, {F, OnNote}, FixNotes, "/build");
    return Yaml;
  };
  std::string Plain = Export(false);
  EXPECT_NE(Plain.find("DiagnosticName:  distsys-a-rule"), std::string::npos) << Plain;
  EXPECT_NE(Plain.find("ReplacementText: safe_call"), std::string::npos) << Plain;
  EXPECT_EQ(Plain.find("timed_call"), std::string::npos) << Plain;
  EXPECT_NE(Export(true).find("ReplacementText: timed_call"), std::string::npos);
}

TEST_F(FixesTest, SuppressedFindingsAreNotFixed) {
  Finding F = withFix({edit(0, 4, "safe_call")});
  F.Suppressed = true;
  auto Files = applyFixes({F}, /*FixNotes=*/false);
  ASSERT_TRUE(static_cast<bool>(Files));
  EXPECT_EQ(*Files, 0u);
  EXPECT_EQ(contents(), "call(a);\ncall(b);\n");
}

TEST_F(FixesTest, RepeatedEditsApplyOnceAndOverlapsAreDropped) {
  // The same header finding seen from two translation units, an overlapping edit, an insertion.
  Finding A = withFix({edit(0, 4, "safe_call")});
  Finding B = withFix({edit(0, 4, "safe_call")});
  Finding C = withFix({edit(2, 6, "XX")});
  Finding D = withFix({edit(9, 0, "setup();\n")});
  auto Files = applyFixes({A, B, C, D}, /*FixNotes=*/false);
  ASSERT_TRUE(static_cast<bool>(Files)) << llvm::toString(Files.takeError());
  EXPECT_EQ(contents(), "safe_call(a);\nsetup();\ncall(b);\n");
}

TEST_F(FixesTest, AFileThatShrankIsAnError) {
  auto Files = applyFixes({withFix({edit(100, 4, "x")})}, /*FixNotes=*/false);
  ASSERT_FALSE(static_cast<bool>(Files));
  EXPECT_NE(llvm::toString(Files.takeError()).find("changed during the analysis"),
            std::string::npos);
  EXPECT_EQ(contents(), "call(a);\ncall(b);\n");
}

} // namespace
} // namespace distlint
