//===--- TextReportTest.cpp - clang-style text and JSON reports -----------===//
#include "Gate.h"
#include "Report.h"

#include "gtest/gtest.h"

namespace distlint {
namespace {

Finding finding(unsigned Line, unsigned Column, const std::string &LineText) {
  Finding F;
  F.RuleId = "distsys-missing-timeout";
  F.Level = "warning";
  F.Message = "curl transfer on 'h' has no timeout";
  F.Primary.File = "/repo/src/a.cpp";
  F.Primary.Line = F.Primary.EndLine = Line;
  F.Primary.Column = Column;
  F.Primary.EndColumn = Column + 1;
  F.LineText = LineText;
  return F;
}

const int FailOnWarning = *failOnRank("warning");

std::string text(const AnalysisResult &Result, const SourceRoot &Root,
                 int FailOnRank = FailOnWarning) {
  std::string Out;
  llvm::raw_string_ostream OS(Out);
  writeText(OS, Result, Root, FailOnRank);
  return Out;
}

TEST(TextReport, ControlCharactersFromSourcesAreEscaped) {
  // An ANSI escape in a source line, a message and a file name cannot reach the log raw.
  AnalysisResult Result;
  Result.Findings.push_back(finding(1, 9, "/*\x1b[2K*/ perform(h);"));
  Result.Findings.back().Message = "name 'a\x1b[31mb' is fixed";
  Result.Findings.back().Primary.File = "/repo/src/\x07"
                                        "bell.cpp";
  std::string Out = text(Result, SourceRoot{"/repo"});
  EXPECT_EQ(Out.find('\x1b'), std::string::npos);
  EXPECT_EQ(Out.find('\x07'), std::string::npos);
  EXPECT_EQ(Out, "src/<U+0007>bell.cpp:1:9: warning: name 'a<U+001B>[31mb' is fixed "
                 "[distsys-missing-timeout]\n"
                 "/*<U+001B>[2K*/ perform(h);\n"
                 "               ^\n"); // under the p: the escape counts as printed
  EXPECT_EQ("tab\tkept", printable("tab\tkept"));
  EXPECT_EQ("<U+007F><U+0000>", printable(llvm::StringRef("\x7f\0", 2)));
}

TEST(TextReport, LongLinesAreCutToAWindowAroundTheFinding) {
  // A one-line file of 100k bytes: each finding keeps MaxLineTextBytes of it, caret still right.
  std::string Line = std::string(50000, 'x') + "perform(h);" + std::string(50000, 'y');
  AnalysisResult Result;
  Result.Findings.push_back(finding(1, 50001, Line));
  cutLineText(Result.Findings.back());
  const Finding &F = Result.Findings.back();
  EXPECT_EQ(F.LineText.size(), MaxLineTextBytes);
  EXPECT_EQ(F.LineText.substr(F.Primary.Column - F.LineTextColumn, 8), "perform(");
  std::string Out = text(Result, SourceRoot{"/repo"});
  EXPECT_LT(Out.size(), 2 * MaxLineTextBytes + 200);
  size_t Caret = Out.rfind('^');
  size_t CaretLine = Out.rfind('\n', Caret) + 1;
  size_t TextLine = Out.rfind('\n', CaretLine - 2) + 1;
  EXPECT_EQ(Out.substr(TextLine + (Caret - CaretLine), 8), "perform(");
  // Never half a UTF-8 character at the cut.
  Finding Wide = finding(1, 3001, std::string(1000, 'a') + std::string(3000, '\xc3') + "z");
  for (size_t I = 1000; I < 4000; I += 2)
    Wide.LineText[I + 1] = '\xa9'; // e with acute, two bytes each
  cutLineText(Wide);
  EXPECT_NE(static_cast<unsigned char>(Wide.LineText[0]) & 0xC0, 0x80u);
  // Short lines stay whole.
  Finding Short = finding(1, 3, "  perform(h);");
  cutLineText(Short);
  EXPECT_EQ(Short.LineText, "  perform(h);");
  EXPECT_EQ(Short.LineTextColumn, 1u);
}

TEST(TextReport, ClangStyleWithCaretAndNotes) {
  AnalysisResult Result;
  Result.Findings.push_back(finding(3, 10, "\treturn x;"));
  Result.Findings.back().Notes.push_back({{"/repo/src/a.cpp", 2, 3, 2, 4}, "set a timeout"});
  EXPECT_EQ(text(Result, SourceRoot{"/repo"}),
            "src/a.cpp:3:10: warning: curl transfer on 'h' has no timeout "
            "[distsys-missing-timeout]\n"
            "\treturn x;\n"
            "\t        ^\n"
            "src/a.cpp:2:3: note: set a timeout\n");
  // Outside the root the path stays absolute.
  EXPECT_EQ(text(Result, SourceRoot{"/elsewhere"}).substr(0, 19), "/repo/src/a.cpp:3:1");
}

TEST(TextReport, CaretCountsCharactersNotBytes) {
  AnalysisResult Result;
  // "é" is two bytes: byte column 5 is the fourth character.
  Result.Findings.push_back(finding(1, 5, "\xC3\xA9 = f();"));
  std::string Out = text(Result, SourceRoot{"/repo"});
  EXPECT_NE(Out.find("\n"
                     "\xC3\xA9 = f();\n   ^\n"),
            std::string::npos)
      << Out;
}

TEST(TextReport, SuppressedFindingsAreLeftOutOfTextButNotJson) {
  AnalysisResult Result;
  Result.Findings.push_back(finding(1, 1, "x"));
  Result.Findings.back().Suppressed = true;
  Result.ConfigErrors.push_back("bad model file");
  EXPECT_EQ(text(Result, SourceRoot{"/repo"}), "");
  nlohmann::json Json = toJson(Result, SourceRoot{"/repo"}, FailOnWarning);
  ASSERT_EQ(Json["findings"].size(), 1u);
  EXPECT_EQ(Json["findings"][0]["suppressed"], true);
  EXPECT_EQ(Json["findings"][0]["gate"], "suppressed");
  EXPECT_EQ(Json["findings"][0]["file"], "src/a.cpp");
  EXPECT_EQ(Json["configurationErrors"], nlohmann::json({"bad model file"}));
}

TEST(TextReport, FindingsThatDoNotFailTheGateSayWhy) {
  AnalysisResult Result;
  Result.Findings = {finding(1, 1, "a"), finding(2, 1, "b"), finding(3, 1, "c")};
  Result.Findings[1].InBaseline = true;
  Result.Findings[2].OutsideDiff = true;
  std::string Warning =
      ": warning: curl transfer on 'h' has no timeout [distsys-missing-timeout]\n";
  EXPECT_EQ(text(Result, SourceRoot{"/repo"}),
            "src/a.cpp:1:1" + Warning + "a\n^\n" + "src/a.cpp:2:1" + Warning +
                "b\n^\nsrc/a.cpp:2:1: note: in the baseline: does not fail "
                "the gate\n" +
                "src/a.cpp:3:1" + Warning +
                "c\n^\nsrc/a.cpp:3:1: note: outside the diff: does not fail "
                "the gate\n");
  // The level shows itself against --fail-on: no note.
  AnalysisResult Failing;
  Failing.Findings = {Result.Findings[0]};
  EXPECT_EQ(text(Failing, SourceRoot{"/repo"}, *failOnRank("error")),
            "src/a.cpp:1:1" + Warning + "a\n^\n");

  nlohmann::json Json = toJson(Result, SourceRoot{"/repo"}, FailOnWarning);
  EXPECT_EQ(Json["findings"][0]["gate"], "fails");
  EXPECT_EQ(Json["findings"][1]["gate"], "baseline");
  EXPECT_EQ(Json["findings"][2]["gate"], "outside-diff");
  EXPECT_EQ(Json["findings"][2]["outsideDiff"], true);
}

} // namespace
} // namespace distlint

namespace distlint {
namespace {

TEST(Serialize, InvalidUtf8BecomesReplacementCharacter) {
  nlohmann::json Doc = {{"text", "caf\xE9 ok"}};
  std::string Text;
  ASSERT_NO_THROW(Text = serialize(Doc));
  EXPECT_NE(Text.find("caf\xEF\xBF\xBD ok"), std::string::npos) << Text;
  EXPECT_EQ(nlohmann::json::parse(Text)["text"], "caf\xEF\xBF\xBD ok");
}

} // namespace
} // namespace distlint
