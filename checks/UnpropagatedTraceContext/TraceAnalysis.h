//===--- TraceAnalysis.h - analysis of distsys-unpropagated-trace-context -===//
//
// Private to checks/UnpropagatedTraceContext/. The Analysis one translation unit gets: the
// handlers, the outgoing calls and call edges it indexed, and the questions the check asks of
// them. Its members are defined by concern in Handlers.cpp, Outgoing.cpp, Propagation.cpp,
// Spans.cpp and Threads.cpp; the shared type and name helpers in TraceAnalysis.cpp.
//
//===----------------------------------------------------------------------===//
#ifndef DISTLINT_CHECKS_UNPROPAGATEDTRACECONTEXT_TRACEANALYSIS_H
#define DISTLINT_CHECKS_UNPROPAGATEDTRACECONTEXT_TRACEANALYSIS_H

#include "UnpropagatedTraceContextModels.h"
#include "utils/Summaries.h"

#include "clang-tidy/ClangTidyCheck.h"
#include "clang/AST/ASTContext.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/Support/Regex.h"
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace clang::tidy::distsys::trace_context {

constexpr unsigned MaxCallerDepth = 4;
constexpr unsigned MaxHelperDepth = 2;

bool inSystemHeader(const Decl *D, const SourceManager &SM);

/// Whether \p Type (through references, one pointer and sugar) names \p Name: a typedef or alias
/// on the way (httplib::Headers) or the class itself (templates by their template's name).
bool typeMatches(QualType Type, llvm::StringRef Name);

bool derivesFrom(const CXXRecordDecl *Record, const std::vector<std::string> &Bases);

/// "Class::method" for user code (namespaces dropped), the qualified name for library code.
std::string displayName(const FunctionDecl &F, const SourceManager &SM);

struct OutgoingSite {
  const CallExpr *Call;
  const FunctionDecl *Function; // innermost, a lambda's call operator inside lambdas
  const OutgoingCallModel *Model;
};

struct CallerSite {
  const FunctionDecl *Caller;
  const CallExpr *Call;
};

/// How an outgoing call's function is reached from a handler.
struct Reach {
  const FunctionDecl *Handler = nullptr;
  const CallExpr *LostAt = nullptr; // the handler's call into the helper chain, if any
};

class Analysis {
public:
  Analysis(ASTContext &Context, const TraceModels &Models, const std::optional<llvm::Regex> &Name,
           const std::vector<std::string> &ExtraPropagators)
      : Context(Context), SM(Context.getSourceManager()), Models(Models), HandlerName(Name),
        ExtraPropagators(ExtraPropagators) {}

  // Outgoing.cpp: outgoing calls, and reaching them from a handler.

  const OutgoingCallModel *outgoingModel(const CallExpr *Call) const;

  /// Records outgoing calls, call edges and lambda nesting in \p F's body.
  void index(const FunctionDecl *F);

  /// Whether \p F is handed request context by its callers: a parameter of a context type, a
  /// carrier, or a name that says so ('traceparent', 'span').
  bool receivesContext(const FunctionDecl *F) const;

  std::optional<Reach> reach(const FunctionDecl *F, unsigned Depth,
                             llvm::SmallPtrSetImpl<const FunctionDecl *> &Seen) const;

  // Helpers.cpp: functions defined in other translation units, through summaries.

  /// The topic of the summaries: whether a function makes an outgoing call without context.
  static constexpr llvm::StringLiteral Topic = "distsys-unpropagated-trace-context/outgoing";

  /// Reports the calls a handler makes (directly or through helpers here) without context to
  /// functions defined elsewhere whose summary says they call out without it.
  void checkHelpersElsewhere(ClangTidyCheck &Check, const SummarySet *Loaded,
                             llvm::DenseSet<SourceLocation> &Reported) const;

  /// The summaries of this file's functions that, called without context, make an outgoing call
  /// that carries none.
  void summarise(SummarySet &Into) const;

  // Handlers.cpp: which functions handle a request, and what the findings call them.

  /// The parameter through which \p F receives request context when it is a handler (or \p F
  /// itself, with a null parameter, for handlers marked by annotation or name).
  bool isHandler(const FunctionDecl *F, const ParmVarDecl *&Param) const;

  std::string handlerName(const FunctionDecl *F) const;

  // Propagation.cpp: whether trace context reaches an outgoing call.

  bool isPropagationCall(const FunctionDecl *Callee) const;

  bool isHeaderName(llvm::StringRef Text) const;

  /// Whether \p S contains something that carries trace context onto a request: a propagation
  /// call, a 'traceparent' literal (or a variable initialised with one), a carrier object.
  bool containsEvidence(const Stmt *S, bool FollowVars = true) const;

  /// Whether the body of user function \p F (or what it calls) puts trace context on a request.
  bool helperPropagates(const FunctionDecl *F, unsigned Depth) const;

  bool helperBodyPropagates(const FunctionDecl *Def, unsigned Depth) const;

  /// containsEvidence, or a call to a user function that builds the context (a helper returning
  /// headers, a ClientContext factory).
  bool derivesContext(const Stmt *S) const;

  bool propagates(const OutgoingSite &Site) const;

  // Shared: calls in a statement, and model names (namedAny in TraceAnalysis.cpp).

  template <typename Fn> static void forEachCall(const Stmt *S, Fn &&Visit) {
    if (!S)
      return;
    if (const auto *Call = dyn_cast<CallExpr>(S))
      Visit(Call);
    for (const Stmt *Child : S->children())
      forEachCall(Child, Visit);
  }

  static bool namedAny(const FunctionDecl *F, const std::vector<std::string> &Names);

  // Threads.cpp: work handed to a new thread.

  /// The class or function (std::thread, std::async) that runs lambda \p Op on a new thread.
  const NamedDecl *spawnerOf(const FunctionDecl *Op) const;

  void checkThread(ClangTidyCheck &Check, const OutgoingSite &Site, const Reach &R,
                   llvm::DenseSet<SourceLocation> &Reported) const;

  // Spans.cpp: spans started without the extracted parent.

  void checkSpans(ClangTidyCheck &Check, const FunctionDecl *Handler, const Stmt *Body,
                  llvm::DenseSet<SourceLocation> &Reported) const;

  // UnpropagatedTraceContextCheck.cpp: the unpropagated-call finding and its notes.

  void report(ClangTidyCheck &Check, const OutgoingSite &Site, const Reach &R,
              llvm::DenseSet<SourceLocation> &Reported) const;
  void noteHandler(ClangTidyCheck &Check, const FunctionDecl *Handler) const;

  ASTContext &Context;
  const SourceManager &SM;
  const TraceModels &Models;
  const std::optional<llvm::Regex> &HandlerName;
  const std::vector<std::string> &ExtraPropagators;
  std::vector<OutgoingSite> Outgoing;
  llvm::DenseMap<const FunctionDecl *, std::vector<CallerSite>> Callers;
  /// Calls to user functions without a body here (their definitions are elsewhere).
  std::vector<CallerSite> CallsElsewhere;
  llvm::DenseMap<const FunctionDecl *, const FunctionDecl *> LexicalParent;
  llvm::DenseMap<const FunctionDecl *, const LambdaExpr *> LambdaOf;
  mutable std::map<std::pair<const FunctionDecl *, unsigned>, bool> HelperCache;
};

} // namespace clang::tidy::distsys::trace_context

#endif
