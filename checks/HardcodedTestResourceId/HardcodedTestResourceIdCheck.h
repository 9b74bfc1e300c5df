//===--- HardcodedTestResourceIdCheck.h - distsys-hardcoded-test-resource-id ---===//
#ifndef DISTLINT_CHECKS_HARDCODEDTESTRESOURCEIDCHECK_H
#define DISTLINT_CHECKS_HARDCODEDTESTRESOURCEIDCHECK_H

#include "clang-tidy/ClangTidyCheck.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/Support/Regex.h"
#include <memory>
#include <vector>

namespace clang::tidy::distsys {
class SummarySet;
namespace test_resource_id {
struct SinkName;
struct Tracing;
} // namespace test_resource_id

struct TestResourceModels;

/// Finds string literals that a test body passes as the name of a resource in a shared system
/// (table, bucket, queue, key, topic, znode, file, tenant), so tests running in parallel collide.
///
/// For the user-facing documentation see docs/checks/distsys-hardcoded-test-resource-id.md.
class HardcodedTestResourceIdCheck : public ClangTidyCheck {
public:
  HardcodedTestResourceIdCheck(StringRef Name, ClangTidyContext *Context);
  ~HardcodedTestResourceIdCheck() override;
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;
  void registerMatchers(ast_matchers::MatchFinder *Finder) override;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) override;
  void onEndOfTranslationUnit() override;

private:
  /// A call or construction that passes an identifier argument, seen anywhere in the TU; whether
  /// it is in a test body is known only once the whole TU has been matched.
  struct Candidate {
    const Expr *Call;
    const FunctionDecl *Enclosing;
  };

  /// Reports the fixed names \p Args pass to parameters of \p Callee, which has no body here,
  /// that the summaries say hand them on to a resource operation.
  void reportThroughSummaries(const FunctionDecl &Callee, llvm::ArrayRef<const Expr *> Args,
                              const test_resource_id::Tracing &T,
                              llvm::function_ref<void(const test_resource_id::SinkName &,
                                                      const test_resource_id::SinkName *)>
                                  Report);
  void collectRegisteredBody(const Expr *Registration, unsigned Arg,
                             const std::vector<std::string> &CalledMethods);

  const std::string ModelFiles;
  const std::string SummaryFile;
  std::shared_ptr<const TestResourceModels> Models;
  std::shared_ptr<const SummarySet> Loaded; // the SummaryFile option's summaries

  ASTContext *Context = nullptr;
  llvm::DenseSet<const Decl *> TestBodies; // canonical declarations
  llvm::DenseSet<const FieldDecl *> WrittenFields;
  llvm::DenseMap<const FieldDecl *, std::vector<const Expr *>> AssignedFields;
  llvm::DenseSet<const VarDecl *> WrittenStatics;
  std::vector<Candidate> Candidates;
};

} // namespace clang::tidy::distsys

#endif
