//===--- Progress.cpp -----------------------------------------------------===//
#include "Progress.h"

#include "llvm/Support/Format.h"
#include <chrono>

namespace distlint {

namespace {
double steadySeconds() {
  using namespace std::chrono;
  return duration<double>(steady_clock::now().time_since_epoch()).count();
}
} // namespace

Progress::Progress(size_t Total, llvm::raw_ostream &OS, bool Terminal, SourceRoot Root,
                   double Interval, std::function<double()> Now)
    : Total(Total), OS(OS), Terminal(Terminal), Root(std::move(Root)), Interval(Interval),
      Now(Now ? std::move(Now) : steadySeconds) {
  Start = LastPrinted = this->Now();
}

std::string Progress::line() const {
  std::string Text;
  llvm::raw_string_ostream Out(Text);
  Out << "distlint: " << Done << "/" << Total << " file(s) analysed, "
      << llvm::format("%.0f", Now() - Start) << " s";
  if (!Slowest.empty())
    Out << ", slowest " << printable(Root.relative(Slowest)) << " ("
        << llvm::format("%.1f", SlowestSeconds) << " s)";
  return Text;
}

void Progress::fileDone(const std::string &File, double Seconds) {
  std::lock_guard<std::mutex> Guard(Lock);
  ++Done;
  if (Seconds > SlowestSeconds || Slowest.empty()) {
    Slowest = File;
    SlowestSeconds = Seconds;
  }
  if (Terminal) {
    OS << "\r" << line() << "\x1b[K"; // redrawn in place, the rest of the old line cleared
    OS.flush();
    Drawn = true;
    return;
  }
  double At = Now();
  if (At - LastPrinted < Interval || Done == Total)
    return; // the closing summary reports the end
  LastPrinted = At;
  OS << line() << "\n";
  OS.flush();
}

void Progress::finish() {
  std::lock_guard<std::mutex> Guard(Lock);
  if (Drawn)
    OS << "\r\x1b[K";
  OS.flush();
  Drawn = false;
}

} // namespace distlint
