//===--- TidyPluginPolicy.cpp - the plugin's note fix-it policy -----------===//
//
// Loaded into clang-tidy-19 (-load), whose options are registered in the same llvm::cl registry
// and parsed before any check runs. With --export-fixes and without --fix-notes, a note's fix-it
// would be exported and then applied by clang-apply-replacements: see utils/NoteFixIts.h.
//
//===----------------------------------------------------------------------===//
#include "utils/NoteFixIts.h"

#include "llvm/Support/CommandLine.h"

namespace {

bool givenToClangTidy(llvm::StringRef Flag) {
  llvm::cl::Option *Option = llvm::cl::getRegisteredOptions().lookup(Flag);
  return Option && Option->getNumOccurrences() > 0;
}

bool noteFixItsUnderClangTidy() {
  return !givenToClangTidy("export-fixes") || givenToClangTidy("fix-notes");
}

const bool Installed = (clang::tidy::distsys::setNoteFixItPolicy(noteFixItsUnderClangTidy), true);

} // namespace
