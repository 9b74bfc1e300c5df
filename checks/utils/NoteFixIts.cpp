//===--- NoteFixIts.cpp ---------------------------------------------------===//
#include "NoteFixIts.h"

namespace clang::tidy::distsys {

namespace {
bool alwaysAllowed() { return true; }
bool (*Policy)() = alwaysAllowed;
} // namespace

bool noteFixItsAllowed() { return Policy(); }

void setNoteFixItPolicy(bool (*Allowed)()) { Policy = Allowed ? Allowed : alwaysAllowed; }

} // namespace clang::tidy::distsys
