//===--- HardcodedTestResourceIdCheck.h - distsys-hardcoded-test-resource-id ---===//
#ifndef DISTLINT_CHECKS_HARDCODEDTESTRESOURCEIDCHECK_H
#define DISTLINT_CHECKS_HARDCODEDTESTRESOURCEIDCHECK_H

#include "clang-tidy/ClangTidyCheck.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/Support/Regex.h"
#include <memory>
#include <vector>

namespace clang::tidy::distsys {

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

  void collectRegisteredBody(const Expr *Registration, unsigned Arg,
                             const std::vector<std::string> &CalledMethods);

  const std::string ModelFiles;
  std::shared_ptr<const TestResourceModels> Models;

  ASTContext *Context = nullptr;
  llvm::DenseSet<const Decl *> TestBodies; // canonical declarations
  llvm::DenseSet<const FieldDecl *> WrittenFields;
  std::vector<Candidate> Candidates;
};

} // namespace clang::tidy::distsys

#endif
