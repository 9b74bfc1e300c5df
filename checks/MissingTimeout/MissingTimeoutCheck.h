//===--- MissingTimeoutCheck.h - distsys-missing-timeout ------------------===//
#ifndef DISTLINT_CHECKS_MISSINGTIMEOUTCHECK_H
#define DISTLINT_CHECKS_MISSINGTIMEOUTCHECK_H

#include "clang-tidy/ClangTidyCheck.h"
#include "utils/HandleTracking.h"
#include "utils/Summaries.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/MapVector.h"
#include <memory>
#include <string>
#include <vector>

namespace clang::tidy::distsys {

struct TimeoutModels;
struct HandleModel;

/// Finds network or blocking calls that can wait forever because nothing on the object they use
/// set a timeout or deadline.
///
/// For the user-facing documentation see docs/checks/distsys-missing-timeout.md.
class MissingTimeoutCheck : public ClangTidyCheck {
public:
  static constexpr llvm::StringLiteral RuleId = "distsys-missing-timeout";
  MissingTimeoutCheck(StringRef Name, ClangTidyContext *Context);
  ~MissingTimeoutCheck() override;
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;
  void registerMatchers(ast_matchers::MatchFinder *Finder) override;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) override;
  void onEndOfTranslationUnit() override;

private:
  // Each family of APIs has its own analysis, in its own file; see MissingTimeoutFamilies.h.
  void checkHandleCall(const ast_matchers::MatchFinder::MatchResult &Result, const CallExpr *Call,
                       bool AtCreation);
  /// One finding per unconfigured handle, at its first use, with the other uses as notes
  /// (many calls on one client are one missing setting, not many).
  void reportUnconfiguredHandles();
  void summariseParameters(const FunctionDecl &Function, ASTContext &Context);
  void registerFamilyMatchers(ast_matchers::MatchFinder *Finder);
  void checkConnectionString(const ast_matchers::MatchFinder::MatchResult &Result,
                             const Expr *Call);
  void checkInfiniteArgument(const ast_matchers::MatchFinder::MatchResult &Result,
                             const CallExpr *Call);
  void checkInfiniteField(const ast_matchers::MatchFinder::MatchResult &Result,
                          const BinaryOperator *Assignment);
  void checkOptionArguments(const ast_matchers::MatchFinder::MatchResult &Result,
                            const CallExpr *Call);
  void checkUnboundedOperation(const ast_matchers::MatchFinder::MatchResult &Result,
                               const CallExpr *Call);
  void checkStreamOperation(const ast_matchers::MatchFinder::MatchResult &Result,
                            const CallExpr *Call);
  /// A note offering \p FixArgument as an argument appended after the first \p Written ones of
  /// \p Call (the suggested timeout of InfiniteArguments.cpp and OptionArguments.cpp); none when
  /// one of those is itself defaulted, or the call is spelled in a macro.
  /// Emits \p Note with the suggested \p Fix, or with its code in the text where the front-end
  /// would apply a note's fix-it unasked (utils/NoteFixIts.h).
  void suggestOnNote(SourceLocation At, const std::string &Note, const FixItHint &Fix);
  void offerAppendedArgument(const CallExpr *Call, unsigned Written, llvm::StringRef FixNote,
                             llvm::StringRef FixArgument);
  bool memberHasCall(const FieldDecl *Field, const std::vector<std::string> &Methods,
                     const std::vector<std::string> &Accessors, ASTContext &Context);

  const std::string ModelFiles;
  const bool FlagLibraryDefaults;
  const bool FlagUnboundedWaits;
  const std::string SummaryFile;
  std::shared_ptr<const TimeoutModels> Models;
  std::shared_ptr<const SummarySet> LoadedSummaries; // from SummaryFile, when set
  /// A handle's fate, and the helpers elsewhere whose summaries must agree when it is Unconfigured.
  struct TracedHandle {
    HandleFate Fate;
    std::vector<ParamRef> Condition;
  };
  llvm::DenseMap<const ValueDecl *, TracedHandle> HandleFates;
  /// The calls on each unconfigured handle, reported together at the end of the translation unit
  /// (keyed by the handle and, for a creator reported where it is called, by that call: each
  /// creation needs its own fix).
  struct UnconfiguredUse {
    const CallExpr *Call;
    const HandleModel *Model;
    std::string Message;
  };
  llvm::MapVector<std::pair<const ValueDecl *, const CallExpr *>, std::vector<UnconfiguredUse>>
      UnconfiguredUses;
  ASTContext *UsesContext = nullptr;
  const TracedHandle &tracedHandle(const HandleModel &Model, const ValueDecl *Handle,
                                   ASTContext &Context);
  /// The type a model's creator returns in this translation unit (looked up once per TU).
  QualType creatorType(const HandleModel &Model, ASTContext &Context);
  llvm::DenseMap<const HandleModel *, QualType> CreatorTypes;
  TracedHandle tracedParameter(const HandleModel &Model, const ParmVarDecl *Param,
                               ASTContext &Context, const HandleUsePolicy &Policy);
  // Whether some method of the class calls one of a model's methods (keyed by that list) on a
  // member: stream_.expires_after(...) anywhere arms it, socket_.non_blocking(true) anywhere.
  llvm::DenseMap<std::pair<const FieldDecl *, const void *>, bool> MemberExpiries;
};

} // namespace clang::tidy::distsys

#endif
