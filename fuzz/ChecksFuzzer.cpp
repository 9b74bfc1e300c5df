//===--- ChecksFuzzer.cpp - every distsys check on mutated C++ ------------===//
//
// The input is a C++ source file (seeds: the lit tests in test/checks). It is parsed with the
// test stubs on the include path and every distsys check runs on it through clang-tidy's
// ClangTidyASTConsumerFactory, with a ClangTidyContext set up as driver/Analysis.cpp does and the
// matchers restricted to the main file as there.
// What tooling::runToolOnCodeWithArgs does, spelled out: that function offers no way to pass a
// diagnostic consumer, and printing every parse error of every mutant would drown the output.
//
//===----------------------------------------------------------------------===//
#include "FuzzSupport.h"

#include "clang-tidy/ClangTidy.h"
#include "clang-tidy/ClangTidyDiagnosticConsumer.h"
#include "clang-tidy/ClangTidyModule.h"
#include "clang-tidy/ClangTidyOptions.h"
#include "clang/AST/ASTConsumer.h"
#include "clang/AST/ASTContext.h"
#include "clang/Basic/DiagnosticIDs.h"
#include "clang/Basic/FileManager.h"
#include "clang/Frontend/CompilerInstance.h"
#include "clang/Frontend/FrontendAction.h"
#include "clang/Frontend/MultiplexConsumer.h"
#include "clang/Tooling/Core/Diagnostic.h"
#include "clang/Tooling/Tooling.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/VirtualFileSystem.h"

// Keeps the distsys module (and its registration) in the link from the static archive.
extern volatile int DistsysModuleAnchorSource;
[[maybe_unused]] static int DistsysModuleAnchorDestination = DistsysModuleAnchorSource;

namespace {
using namespace clang;
using namespace clang::tidy;

/// Formats every diagnostic and asks about NOLINT, as the driver's FindingCollector does, so
/// the checks' message arguments and ranges are used, not just produced.
class Collector : public DiagnosticConsumer {
public:
  explicit Collector(ClangTidyContext &Context) : Context(Context) {}
  void HandleDiagnostic(DiagnosticsEngine::Level Level, const Diagnostic &Info) override {
    llvm::SmallString<256> Text;
    Info.FormatDiagnostic(Text);
    if (Context.getCheckName(Info.getID()).empty() || !Info.hasSourceManager() ||
        Info.getLocation().isInvalid() || Level == DiagnosticsEngine::Note)
      return;
    llvm::SmallVector<tooling::Diagnostic, 1> NoLintErrors;
    (void)Context.shouldSuppressDiagnostic(Level, Info, NoLintErrors);
    (void)Info.getSourceManager().getPresumedLoc(Info.getLocation());
  }

private:
  ClangTidyContext &Context;
};

/// Matches only the main file's declarations, as the driver's TraversalScopeConsumer does: the
/// checks then spend their time on the mutated code, not on the standard library.
class MainFileScope : public ASTConsumer {
public:
  void Initialize(ASTContext &Ctx) override { AST = &Ctx; }
  bool HandleTopLevelDecl(DeclGroupRef Group) override {
    for (Decl *D : Group)
      if (AST->getSourceManager().isInMainFile(
              AST->getSourceManager().getFileLoc(D->getLocation())))
        Scope.push_back(D);
    return true;
  }
  void HandleTranslationUnit(ASTContext &Ctx) override { Ctx.setTraversalScope(Scope); }

private:
  ASTContext *AST = nullptr;
  std::vector<Decl *> Scope;
};

class ChecksAction : public ASTFrontendAction {
public:
  explicit ChecksAction(ClangTidyContext &Context) : Factory(Context) {}
  std::unique_ptr<ASTConsumer> CreateASTConsumer(CompilerInstance &CI,
                                                 llvm::StringRef File) override {
    std::vector<std::unique_ptr<ASTConsumer>> Consumers;
    Consumers.push_back(std::make_unique<MainFileScope>());
    Consumers.push_back(Factory.createASTConsumer(CI, File));
    return std::make_unique<MultiplexConsumer>(std::move(Consumers));
  }

private:
  ClangTidyASTConsumerFactory Factory;
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  static const char *FileName = "/distlint-fuzz/input.cpp";
  ClangTidyOptions Defaults = ClangTidyOptions::getDefaults();
  Defaults.Checks = "-*,distsys-*";
  ClangTidyContext Context(
      std::make_unique<DefaultOptionsProvider>(ClangTidyGlobalOptions(), Defaults));
  Collector Diags(Context);
  DiagnosticsEngine Engine(new DiagnosticIDs(), new DiagnosticOptions(), &Diags,
                           /*ShouldOwnClient=*/false);
  Context.setDiagnosticsEngine(&Engine);

  auto Overlay =
      llvm::makeIntrusiveRefCnt<llvm::vfs::OverlayFileSystem>(llvm::vfs::getRealFileSystem());
  auto Memory = llvm::makeIntrusiveRefCnt<llvm::vfs::InMemoryFileSystem>();
  Overlay->pushOverlay(Memory);
  Memory->addFile(FileName, 0,
                  llvm::MemoryBuffer::getMemBufferCopy(distlint::fuzz::text(Data, Size)));
  auto Files = llvm::makeIntrusiveRefCnt<FileManager>(FileSystemOptions(), Overlay);
  std::vector<std::string> Args = {"distlint-fuzz-checks",
                                   "-fsyntax-only",
                                   "-resource-dir=" DISTLINT_CLANG_RESOURCE_DIR,
                                   "-std=c++17",
                                   "-isystem",
                                   DISTLINT_SOURCE_DIR "/test/stubs",
                                   "-I",
                                   DISTLINT_GRPC_GENERATED_DIR,
                                   "-w",
                                   "-fno-delayed-template-parsing",
                                   FileName};
  tooling::ToolInvocation Invocation(std::move(Args), std::make_unique<ChecksAction>(Context),
                                     Files.get());
  Invocation.setDiagnosticConsumer(&Diags);
  Invocation.run();
  return 0;
}
