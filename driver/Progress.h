//===--- Progress.h - a long run is never silent ---------------------------===//
#ifndef DISTLINT_DRIVER_PROGRESS_H
#define DISTLINT_DRIVER_PROGRESS_H

#include "Report.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/Support/raw_ostream.h"
#include <functional>
#include <mutex>
#include <string>

namespace distlint {

/// Reports on standard error how far the analysis is: files done of the total, time elapsed and
/// the slowest file so far. On a terminal one line is redrawn after every file and erased at the
/// end; elsewhere (CI logs) a line is written at most every \p Interval seconds, so short runs
/// print nothing and long ones never go silent for long. Called from the analysis threads.
class Progress {
public:
  Progress(size_t Total, llvm::raw_ostream &OS, bool Terminal, SourceRoot Root,
           double Interval = 5.0, std::function<double()> Now = nullptr);
  void fileDone(const std::string &File, double Seconds);
  /// Erases the terminal line; the report follows on a clean line.
  void finish();

private:
  std::string line() const;

  size_t Total, Done = 0;
  llvm::raw_ostream &OS;
  bool Terminal;
  SourceRoot Root;
  double Interval, Start, LastPrinted;
  std::function<double()> Now;
  std::string Slowest;
  double SlowestSeconds = 0;
  bool Drawn = false;
  std::mutex Lock;
};

} // namespace distlint

#endif
