//===--- TextReportTest.cpp - clang-style text and JSON reports -----------===//
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

std::string text(const AnalysisResult &Result, const SourceRoot &Root) {
  std::string Out;
  llvm::raw_string_ostream OS(Out);
  writeText(OS, Result, Root);
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
  nlohmann::json Json = toJson(Result, SourceRoot{"/repo"});
  ASSERT_EQ(Json["findings"].size(), 1u);
  EXPECT_EQ(Json["findings"][0]["suppressed"], true);
  EXPECT_EQ(Json["findings"][0]["file"], "src/a.cpp");
  EXPECT_EQ(Json["configurationErrors"], nlohmann::json({"bad model file"}));
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
