//===--- Summaries.h - what functions defined elsewhere do to a handle ----===//
//
// A handle passed to a helper defined in another translation unit is out of sight of that TU's
// checks. A summary says, per function (by USR) and parameter, what the body does to a handle
// passed there, for one topic ("<rule>/<api>", such as "distsys-missing-timeout/libcurl"):
// configures it, or only uses it, possibly depending on what further helpers do (`unless`); or,
// for a resource name ("distsys-check-then-create/<family>"), whether the function's result says
// the resource exists or its body creates the resource (not atomically); and for a function as a
// whole ("distsys-unpropagated-trace-context/outgoing"), whether it makes an outgoing call without
// trace context. What has no summary may do anything: precision first.
//
// distlint collects the summaries of every translation unit while it analyses them, and a
// finding that depends on helpers elsewhere is kept only once the merged summaries show that none
// of them configures or leaks the handle. The clang-tidy plugin and clangd read a file written by
// `distlint --export-summaries` (option SummaryFile) instead. The file format is in
// docs/summaries.md.
//
//===----------------------------------------------------------------------===//
#ifndef DISTLINT_CHECKS_UTILS_SUMMARIES_H
#define DISTLINT_CHECKS_UTILS_SUMMARIES_H

#include "HandleTracking.h"
#include "clang/AST/Decl.h"
#include "llvm/Support/Error.h"
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace clang::tidy::distsys {

/// Parameter \p Index of the function whose USR is \p Usr, for one topic; or the function as a
/// whole (Index == WholeFunction).
struct ParamRef {
  static constexpr unsigned WholeFunction = ~0u;
  std::string Topic;
  std::string Usr;
  unsigned Index = 0;
  friend bool operator<(const ParamRef &A, const ParamRef &B) {
    return std::tie(A.Topic, A.Usr, A.Index) < std::tie(B.Topic, B.Usr, B.Index);
  }
  friend bool operator==(const ParamRef &A, const ParamRef &B) {
    return std::tie(A.Topic, A.Usr, A.Index) == std::tie(B.Topic, B.Usr, B.Index);
  }
};

/// What a function's body does to a handle or resource name passed as one parameter.
struct ParamFact {
  /// Handles: some path of the body configures it (directly or through a helper with a body).
  bool Configures = false;
  /// When it does not: it only uses the handle if each of these, the helpers without a body
  /// that it hands the handle to, only uses it too.
  std::vector<ParamRef> Unless;
  /// Resource names: the function's result depends on whether the named resource exists.
  bool Checks = false;
  /// Resource names: the body creates the named resource without an atomic if-absent form and
  /// without handling "already exists" itself.
  bool Creates = false;
  /// The whole function: called without trace context, it makes an outgoing call that carries
  /// none (directly or through helpers in its file).
  bool CallsOut = false;
  /// When it does not: it does if one of these, functions without a body in its file that it
  /// calls without handing them context, does.
  std::vector<ParamRef> Via;
  /// SQL tables ("distsys-hardcoded-test-resource-id/session-tables", keyed by the lower-case
  /// table name instead of a USR): a statement of some file creates a temporary table of that
  /// name, private to its session.
  bool SessionLocal = false;
};

/// One thing a conditional finding needs a summary to say about a parameter.
struct Premise {
  /// NotSessionLocal is the only premise that holds where no summary says anything.
  enum class Needs { OnlyUses, Checks, Creates, CallsOut, NotSessionLocal };
  ParamRef Param;
  Needs What = Needs::OnlyUses;
};

/// The USR of \p Function, the key of its summaries.
std::string usrOf(const FunctionDecl &Function);

/// Summaries by parameter.
class SummarySet {
public:
  /// Adds \p Fact, or joins it to the fact \p Param already has from the same body.
  void add(const ParamRef &Param, ParamFact Fact);
  /// Adds \p Other's facts; for a parameter both have (an inline function seen by two
  /// translation units), the fact already here is kept. Merging in a fixed order is deterministic.
  void merge(const SummarySet &Other);
  /// Configured or Unconfigured after following every `unless` chain (up to \p Depth helpers
  /// deep); Escapes for a parameter without a summary, a chain too deep, or a cycle.
  HandleFate resolve(const ParamRef &Param, unsigned Depth = 8) const;
  /// Whether the summaries say what \p P needs: OnlyUses is resolve() == Unconfigured.
  bool holds(const Premise &P) const;
  bool empty() const { return Facts.empty(); }
  /// Every summarised parameter, in key order.
  std::vector<ParamRef> parameters() const;
  size_t size() const { return Facts.size(); }

  /// The versioned JSON of docs/summaries.md, keys sorted.
  std::string toJson() const;
  /// Reads toJson's format; an error naming \p What on anything else.
  static llvm::Expected<SummarySet> fromJson(llvm::StringRef Text, llvm::StringRef What);

private:
  HandleFate resolve(const ParamRef &Param, unsigned Depth, std::vector<ParamRef> &Path) const;
  bool callsOut(const ParamRef &Function, unsigned Depth, std::vector<ParamRef> &Path) const;
  std::map<ParamRef, ParamFact> Facts;
};

/// Where a translation unit's checks put the summaries of the functions its main file defines,
/// and the conditions of the findings they report. The distlint driver installs one on the
/// thread analysing each translation unit; elsewhere (clang-tidy, clangd) there is none.
struct SummaryCollector {
  SummarySet Produced;
  /// Set by a check around a finding that holds only if the summaries say what these premises
  /// need (see ConditionalFinding); read by the driver's diagnostic consumer.
  std::vector<Premise> PendingCondition;
};

/// The collector installed on this thread, or nullptr.
SummaryCollector *activeCollector();

/// Installs \p Collector on this thread for its lifetime.
class ActiveCollectorScope {
public:
  explicit ActiveCollectorScope(SummaryCollector &Collector);
  ~ActiveCollectorScope();
  ActiveCollectorScope(const ActiveCollectorScope &) = delete;
  ActiveCollectorScope &operator=(const ActiveCollectorScope &) = delete;

private:
  SummaryCollector *Previous;
};

/// Marks the findings a check reports during its lifetime as holding only under \p Condition
/// (nothing when it is empty or no collector is active).
class ConditionalFinding {
public:
  explicit ConditionalFinding(std::vector<Premise> Condition);
  ~ConditionalFinding();
  ConditionalFinding(const ConditionalFinding &) = delete;
  ConditionalFinding &operator=(const ConditionalFinding &) = delete;
};

/// How a check answers "what does \p Callee, which has no body here, do to a handle passed as
/// argument \p Index" for \p Topic: from \p Loaded (the SummaryFile option) when given; deferred
/// into \p Condition while the driver collects summaries; Escapes otherwise.
HandleFate externalFate(const FunctionDecl &Callee, unsigned Index, llvm::StringRef Topic,
                        const SummarySet *Loaded, std::vector<ParamRef> &Condition);

/// Whether \p P may hold of a function without a body here: what \p Loaded (the SummaryFile
/// option) says when given; while the driver collects summaries, yes, deferred into
/// \p Condition; otherwise no (yes for NotSessionLocal: nothing says the table is temporary).
bool mayHold(Premise P, const SummarySet *Loaded, std::vector<Premise> &Condition);

/// The premises that each of \p Helpers only uses the handle it receives.
std::vector<Premise> onlyUse(const std::vector<ParamRef> &Helpers);

/// The summaries of the SummaryFile option \p Option (a relative path is searched upwards from
/// \p MainFile's directory), read once per process and shared; none when the option is empty,
/// and an error message in \p Error when the file cannot be read or is no summary file.
std::shared_ptr<const SummarySet> loadSummaryFile(llvm::StringRef Option, llvm::StringRef MainFile,
                                                  std::string &Error);

} // namespace clang::tidy::distsys

#endif
