//===--- DistsysModule.cpp - the distsys clang-tidy module ----------------===//
//
// Registers one check per rules/*.json file; the registration lines are generated from the rule
// catalog so that adding a rule touches no shared source.
//
//===----------------------------------------------------------------------===//
#include "clang-tidy/ClangTidyModule.h"
#include "clang-tidy/ClangTidyModuleRegistry.h"

#include "CheckHeaders.inc"

namespace clang::tidy::distsys {

class DistsysModule : public ClangTidyModule {
public:
  void addCheckFactories(ClangTidyCheckFactories &Factories) override {
#include "CheckRegistry.inc"
  }
};

static ClangTidyModuleRegistry::Add<DistsysModule>
    Registration("distsys-module", "Checks for distributed-systems anti-patterns.");

} // namespace clang::tidy::distsys

// Referenced by front-ends that link the module from a static archive, so the registration above
// is not dropped by the linker.
volatile int DistsysModuleAnchorSource = 0;
