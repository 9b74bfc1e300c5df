//===--- ProgressTest.cpp - progress lines on standard error --------------===//
#include "Progress.h"

#include "gtest/gtest.h"

namespace distlint {
namespace {

TEST(Progress, ATerminalLineIsRedrawnAfterEveryFileAndErasedAtTheEnd) {
  std::string Out;
  llvm::raw_string_ostream OS(Out);
  double Clock = 100;
  Progress P(3, OS, /*Terminal=*/true, SourceRoot{"/src"}, 5.0, [&] { return Clock; });
  Clock = 101;
  P.fileDone("/src/a.cpp", 0.5);
  Clock = 104;
  P.fileDone("/src/b.cpp", 2.25);
  P.finish();
  EXPECT_EQ(Out, "\rdistlint: 1/3 file(s) analysed, 1 s, slowest a.cpp (0.5 s)\x1b[K"
                 "\rdistlint: 2/3 file(s) analysed, 4 s, slowest b.cpp (2.2 s)\x1b[K"
                 "\r\x1b[K");
}

TEST(Progress, ALogGetsALineAtMostEveryIntervalAndNoneForAShortRun) {
  std::string Out;
  llvm::raw_string_ostream OS(Out);
  double Clock = 0;
  Progress P(4, OS, /*Terminal=*/false, SourceRoot{"/src"}, 5.0, [&] { return Clock; });
  Clock = 2;
  P.fileDone("/src/a.cpp", 2); // within the first interval: nothing
  EXPECT_EQ(Out, "");
  Clock = 6;
  P.fileDone("/src/slow.cpp", 4);
  EXPECT_EQ(Out, "distlint: 2/4 file(s) analysed, 6 s, slowest slow.cpp (4.0 s)\n");
  Clock = 8;
  P.fileDone("/src/c.cpp", 1); // 2 s after the last line: nothing
  Clock = 20;
  P.fileDone("/src/d.cpp", 1); // the last file: the closing summary says it
  P.finish();
  EXPECT_EQ(Out, "distlint: 2/4 file(s) analysed, 6 s, slowest slow.cpp (4.0 s)\n");
}

} // namespace
} // namespace distlint
