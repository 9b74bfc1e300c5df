//===--- Posix.cpp - flags and modes of a create (check-then-create) ------===//
//
// Whether a create is atomic-if-absent: the flag names it is written with (O_CREAT | O_EXCL, also
// std::ofstream's noreplace and zoo_create's sequential flags), fopen modes ("wx"), and the AWS
// atomic request setters; and the fix-its that add O_EXCL or the 'x' mode.
//
//===----------------------------------------------------------------------===//
#include "CheckThenCreateAnalysis.h"
#include "utils/Calls.h"

#include "clang/AST/ExprCXX.h"
#include "clang/Lex/Lexer.h"

namespace clang::tidy::distsys::check_then_create {
namespace {

/// The names a flag set is written with, such as O_CREAT | O_EXCL whatever their values: the
/// identifiers spelled in its source, the macros its operands expand from (also through macros
/// such as CREATE(p) that hide the flags), and the declarations it names. A local variable is
/// followed to its initialiser.
void collectFlagNames(const Expr *E, const ASTContext &Context,
                      llvm::SmallVectorImpl<std::string> &Out, unsigned Depth = 0) {
  if (!E || Depth > 3)
    return;
  if (const auto *Ref = dyn_cast<DeclRefExpr>(E->IgnoreParenImpCasts()))
    if (const auto *Var = dyn_cast<VarDecl>(Ref->getDecl());
        Var && Var->hasLocalStorage() && Var->getInit())
      return collectFlagNames(Var->getInit(), Context, Out, Depth + 1);
  const SourceManager &SM = Context.getSourceManager();
  CharSourceRange Range = SM.getExpansionRange(E->getSourceRange());
  llvm::StringRef Text = Lexer::getSourceText(Range, SM, Context.getLangOpts());
  while (!Text.empty()) {
    Text = Text.drop_while([](char C) { return !llvm::isAlpha(C) && C != '_'; });
    llvm::StringRef Word = Text.take_while([](char C) { return llvm::isAlnum(C) || C == '_'; });
    if (!Word.empty())
      Out.push_back(Word.str());
    Text = Text.drop_front(Word.size());
  }
  llvm::SmallVector<const Stmt *, 16> Work{E};
  while (!Work.empty()) {
    const Stmt *S = Work.pop_back_val();
    if (!S)
      continue;
    if (const auto *Ref = dyn_cast<DeclRefExpr>(S); Ref && Ref->getDecl()->getIdentifier())
      Out.push_back(Ref->getDecl()->getName().str());
    if (const auto *Member = dyn_cast<MemberExpr>(S);
        Member && Member->getMemberDecl()->getIdentifier())
      Out.push_back(Member->getMemberDecl()->getName().str());
    for (SourceLocation Loc = S->getBeginLoc(); Loc.isMacroID();
         Loc = SM.getImmediateMacroCallerLoc(Loc)) {
      llvm::StringRef Macro = Lexer::getImmediateMacroName(Loc, SM, Context.getLangOpts());
      if (!Macro.empty())
        Out.push_back(Macro.str());
    }
    for (const Stmt *Child : S->children())
      Work.push_back(Child);
  }
}

llvm::SmallVector<std::string, 8> spelledIdentifiers(const Expr *E, const ASTContext &Context) {
  llvm::SmallVector<std::string, 8> Out;
  collectFlagNames(E, Context, Out);
  return Out;
}

bool mentionsAny(const llvm::SmallVector<std::string, 8> &Words,
                 const std::vector<std::string> &Names) {
  return llvm::any_of(Words, [&](const std::string &W) { return llvm::is_contained(Names, W); });
}

} // namespace

bool Analysis::createAttributes(const ResourceCall &Model, const Expr *E, Operation &Op) const {
  const LangOptions &LangOpts = Context.getLangOpts();
  if (Model.FlagsArg >= 0 || !Model.AtomicFlags.empty()) {
    llvm::SmallVector<std::string, 8> Words;
    if (Model.FlagsArg >= 0) {
      Words = spelledIdentifiers(argumentAt(E, Model.FlagsArg), Context);
    } else {
      for (unsigned I = 0, N = callArguments(E).size(); I < N; ++I)
        if (!llvm::is_contained(Model.KeyArgs, static_cast<int>(I)) &&
            !isa<CXXDefaultArgExpr>(argumentAt(E, I)))
          Words.append(spelledIdentifiers(argumentAt(E, I), Context));
    }
    if (!Model.RequiredFlags.empty() && !mentionsAny(Words, Model.RequiredFlags))
      return false;
    Op.Atomic = mentionsAny(Words, Model.AtomicFlags);
    const Expr *Flags = argumentAt(E, Model.FlagsArg);
    CharSourceRange Range =
        Flags ? Lexer::makeFileCharRange(CharSourceRange::getTokenRange(Flags->getSourceRange()),
                                         SM, LangOpts)
              : CharSourceRange();
    if (!Op.Atomic && Range.isValid() && !Model.FixAddFlag.empty() &&
        !Model.RequiredFlags.empty()) {
      // Append the atomic flag right after the required one: O_CREAT -> O_CREAT | O_EXCL.
      llvm::StringRef Text = Lexer::getSourceText(Range, SM, LangOpts);
      const std::string &Required = Model.RequiredFlags.front();
      for (size_t Pos = Text.find(Required); Pos != llvm::StringRef::npos;
           Pos = Text.find(Required, Pos + 1)) {
        size_t End = Pos + Required.size();
        auto IsWord = [](char C) { return llvm::isAlnum(C) || C == '_'; };
        if ((Pos > 0 && IsWord(Text[Pos - 1])) || (End < Text.size() && IsWord(Text[End])))
          continue;
        Op.Fix = FixItHint::CreateInsertion(Range.getBegin().getLocWithOffset(End),
                                            " | " + Model.FixAddFlag);
        break;
      }
    }
  }
  if (Model.ModeArg >= 0) {
    const Expr *ModeExpr = argumentAt(E, Model.ModeArg);
    auto Mode = stringValue(ModeExpr);
    if (!Mode || Mode->empty() || !llvm::StringRef(Model.CreateModes).contains((*Mode)[0]))
      return false;
    Op.Atomic = Op.Atomic || llvm::StringRef(*Mode).find_first_of(Model.AtomicModeChars) !=
                                 llvm::StringRef::npos;
    const auto *Literal = dyn_cast<StringLiteral>(stripName(ModeExpr));
    if (!Op.Atomic && Literal && !Model.FixModeChar.empty() &&
        llvm::StringRef(Model.FixModes).contains((*Mode)[0]) &&
        Literal->getNumConcatenated() == 1 && Literal->getBeginLoc().isFileID()) {
      CharSourceRange Range = CharSourceRange::getTokenRange(Literal->getSourceRange());
      llvm::StringRef Text = Lexer::getSourceText(Range, SM, LangOpts);
      if (Text == "\"" + *Mode + "\"")
        Op.Fix = FixItHint::CreateInsertion(
            Literal->getBeginLoc().getLocWithOffset(Text.size() - 1), Model.FixModeChar);
    }
  }
  const Expr *Request = argumentAt(E, Model.RequestArg);
  for (const std::string &Setter : Model.AtomicSetters)
    if (Request && !setterCalls(Request, E, Setter).empty())
      Op.Atomic = true;
  return true;
}

} // namespace clang::tidy::distsys::check_then_create
