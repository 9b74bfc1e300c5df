//===--- NoteFixIts.h - whether a note may carry its suggested fix-it ----===//
//
// Fix-its on notes are suggestions (a timeout's value is a judgement call): never applied unless
// the user asks. distlint (--fix, --export-fixes) and clangd (a quick fix the user picks) keep
// that promise themselves. clang-tidy does not: its --export-fixes writes a note's fix-it, and
// clang-apply-replacements (run-clang-tidy -fix) applies it, --fix-notes or not. The clang-tidy
// plugin therefore installs a policy that, in that case, puts the suggestion into the note's text
// instead of a fix-it.
//
//===----------------------------------------------------------------------===//
#ifndef DISTLINT_CHECKS_UTILS_NOTEFIXITS_H
#define DISTLINT_CHECKS_UTILS_NOTEFIXITS_H

namespace clang::tidy::distsys {

/// Whether the front-end running the checks applies a note's fix-it only when asked.
bool noteFixItsAllowed();

/// Installed once by a front-end, before any check runs; the default allows them.
void setNoteFixItPolicy(bool (*Allowed)());

} // namespace clang::tidy::distsys

#endif
