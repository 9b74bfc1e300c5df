//===--- FingerprintTest.cpp - partialFingerprints ------------------------===//
#include "Report.h"

#include "gtest/gtest.h"

namespace distlint {
namespace {

Finding at(const std::string &File, unsigned Line, const std::string &Text,
           const std::string &Rule = "distsys-missing-timeout", const std::string &Function = "f") {
  Finding F;
  F.Function = Function;
  F.RuleId = Rule;
  F.Level = "warning";
  F.Message = "m";
  F.Primary.File = File;
  F.Primary.Line = F.Primary.EndLine = Line;
  F.Primary.Column = 3;
  F.Primary.EndColumn = 4;
  F.LineText = Text;
  return F;
}

std::vector<std::string> fingerprints(std::vector<Finding> Findings,
                                      const SourceRoot &Root = SourceRoot{"/repo"}) {
  AnalysisResult Result;
  Result.Findings = std::move(Findings);
  sortAndDeduplicate(Result);
  assignFingerprints(Result.Findings, Root);
  std::vector<std::string> Out;
  for (const Finding &F : Result.Findings)
    Out.push_back(F.Fingerprint);
  return Out;
}

TEST(Fingerprint, StableWhenLinesAreInsertedElsewhere) {
  auto Before = fingerprints({at("/repo/a.cpp", 10, "  return perform(h);"),
                              at("/repo/a.cpp", 20, "  perform(other);")});
  // Five lines inserted above both, and the indentation changed: same fingerprints.
  auto After = fingerprints({at("/repo/a.cpp", 15, "    return   perform(h);"),
                             at("/repo/a.cpp", 25, "\tperform(other);")});
  EXPECT_EQ(Before, After);
  EXPECT_NE(Before[0], Before[1]);
}

TEST(Fingerprint, IdenticalLinesAreToldApartByOccurrence) {
  auto Prints = fingerprints({at("/repo/a.cpp", 4, "  return perform(h);"),
                              at("/repo/a.cpp", 9, "  return perform(h);")});
  ASSERT_EQ(Prints.size(), 2u);
  EXPECT_NE(Prints[0], Prints[1]);
  EXPECT_EQ(Prints[0].substr(0, Prints[0].find(':')), Prints[1].substr(0, Prints[1].find(':')));
  EXPECT_EQ(Prints[0].substr(Prints[0].find(':')), ":1");
  EXPECT_EQ(Prints[1].substr(Prints[1].find(':')), ":2");
  // A second identical line appended below keeps the first one's fingerprint.
  EXPECT_EQ(fingerprints({at("/repo/a.cpp", 4, "  return perform(h);")})[0], Prints[0]);
}

TEST(Fingerprint, DependsOnRuleAndFileButNotOnTheCheckoutDirectory) {
  std::string Line = "  return perform(h);";
  std::string A = fingerprints({at("/repo/a.cpp", 4, Line)})[0];
  EXPECT_NE(A, fingerprints({at("/repo/b.cpp", 4, Line)})[0]);
  EXPECT_NE(A, fingerprints({at("/repo/a.cpp", 4, Line, "distsys-other")})[0]);
  EXPECT_NE(A, fingerprints({at("/repo/a.cpp", 4, "  return perform(g);")})[0]);
  EXPECT_EQ(A, fingerprints({at("/ci/work/a.cpp", 7, Line)}, SourceRoot{"/ci/work"})[0]);
}

TEST(Fingerprint, OccurrencesCountPerFunction) {
  std::string Line = "  return perform(h);";
  auto Before = fingerprints({at("/repo/a.cpp", 10, Line, "distsys-missing-timeout", "ns::B::g")});
  // The same line added in another function above: the finding in g keeps its fingerprint.
  auto After = fingerprints({at("/repo/a.cpp", 4, Line, "distsys-missing-timeout", "ns::A::f"),
                             at("/repo/a.cpp", 12, Line, "distsys-missing-timeout", "ns::B::g")});
  ASSERT_EQ(After.size(), 2u);
  EXPECT_EQ(After[1], Before[0]);
  EXPECT_NE(After[0].substr(0, After[0].find(':')), After[1].substr(0, After[1].find(':')));
  EXPECT_EQ(After[0].substr(After[0].find(':')), ":1");
}

TEST(Fingerprint, OccurrencesCountPerFileAndRule) {
  std::string Line = "perform(h);";
  auto Prints = fingerprints({at("/repo/a.cpp", 1, Line), at("/repo/b.cpp", 1, Line),
                              at("/repo/a.cpp", 2, Line, "distsys-other")});
  for (const std::string &P : Prints)
    EXPECT_EQ(P.substr(P.find(':')), ":1") << P;
}

} // namespace
} // namespace distlint
