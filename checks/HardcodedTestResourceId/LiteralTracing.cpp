//===--- LiteralTracing.cpp - following a value back to a fixed literal ---===//
//
// distsys-hardcoded-test-resource-id's literal tracing: the string literal a value always has,
// through conversions, constants, locals no code modifies and fixture members that keep their
// in-class initialiser; and which member accesses write a member (so it is not fixed).
//
//===----------------------------------------------------------------------===//
#include "HardcodedTestResourceIdAnalysis.h"
#include "utils/ValueWrappers.h"

#include "clang/Analysis/Analyses/ExprMutationAnalyzer.h"

namespace clang::tidy::distsys::test_resource_id {
namespace {

/// Whether the member \p Field keeps its in-class initialiser: it is const, or no constructor
/// initialises it otherwise and no code writes it.
bool fieldKeepsInitializer(const FieldDecl *Field, const Tracing &T) {
  if (!Field->hasInClassInitializer())
    return false;
  if (Field->getType().isConstQualified())
    return true;
  if (T.WrittenFields.contains(Field) || T.AssignedFields.count(Field))
    return false;
  const auto *Record = dyn_cast<CXXRecordDecl>(Field->getParent());
  if (!Record)
    return true;
  for (const CXXConstructorDecl *Ctor : Record->ctors())
    if (const auto *Definition = dyn_cast_or_null<CXXConstructorDecl>(Ctor->getDefinition()))
      for (const CXXCtorInitializer *Init : Definition->inits())
        if (Init->isWritten() && Init->getMember() == Field)
          return false;
  return true;
}

} // namespace

const Expr *stripWrappers(const Expr *E) {
  static constexpr llvm::StringRef Accessors[] = {"c_str", "data"};
  static const ValueWrappers StringWrappers = [] {
    ValueWrappers W;
    W.ConversionOperators = true;
    W.Accessors = Accessors;
    return W;
  }();
  return stripValueWrappers(E, StringWrappers);
}

bool keepsInitialValue(const VarDecl *Var, ASTContext &Context) {
  if (!Var->getInit() || isa<ParmVarDecl>(Var))
    return false;
  QualType Type = Var->getType();
  if (Type->isReferenceType())
    Type = Type->getPointeeType();
  if (Var->isConstexpr() || Type.isConstQualified())
    return true;
  if (!Var->hasLocalStorage())
    return Type->isPointerType() && Type->getPointeeType().isConstQualified();
  const auto *Function = dyn_cast_or_null<FunctionDecl>(Var->getParentFunctionOrMethod());
  if (!Function || !Function->getBody())
    return false;
  return !ExprMutationAnalyzer(*Function->getBody(), Context).isMutated(Var);
}

const StringLiteral *fixedLiteral(const Expr *E, const Tracing &T, const ValueDecl *&Via,
                                  unsigned Depth) {
  E = stripWrappers(E);
  if (!E || Depth > MaxDepth)
    return nullptr;
  if (const auto *Literal = dyn_cast<StringLiteral>(E))
    return Literal->isOrdinary() || Literal->isUTF8() ? Literal : nullptr;
  const ValueDecl *Decl = nullptr;
  if (const auto *Ref = dyn_cast<DeclRefExpr>(E))
    Decl = Ref->getDecl();
  else if (const auto *Member = dyn_cast<MemberExpr>(E))
    Decl = Member->getMemberDecl();
  if (!Decl)
    return nullptr;
  const Expr *Init = nullptr;
  if (const auto *Var = dyn_cast<VarDecl>(Decl)) {
    // A variable of static storage that is not const (`static std::string kTable = "orders";`)
    // is as fixed as a constant when no code of the translation unit writes it and no other
    // file can: internal linkage (or a static local) in the main file.
    bool Internal = Var->isStaticLocal() || Var->getStorageClass() == SC_Static ||
                    Var->isInAnonymousNamespace();
    bool UnwrittenStatic = Var->hasGlobalStorage() && Internal && !T.WrittenStatics.contains(Var) &&
                           T.Context.getSourceManager().isInMainFile(
                               T.Context.getSourceManager().getExpansionLoc(Var->getLocation()));
    if (!keepsInitialValue(Var, T.Context) && !UnwrittenStatic)
      return nullptr;
    Init = Var->getInit();
  } else if (const auto *Field = dyn_cast<FieldDecl>(Decl)) {
    // A member is fixed when it keeps its initialiser, or when every write to it assigns the same
    // fixed literal (`table_ = "orders";` in SetUp()).
    if (fieldKeepsInitializer(Field, T)) {
      Init = Field->getInClassInitializer();
    } else if (auto It = T.AssignedFields.find(Field);
               It != T.AssignedFields.end() && !T.WrittenFields.contains(Field)) {
      const StringLiteral *Same = nullptr;
      for (const Expr *Value : It->second) {
        const ValueDecl *Ignored = nullptr;
        const StringLiteral *Literal = fixedLiteral(Value, T, Ignored, Depth + 1);
        if (!Literal || (Same && Same->getString() != Literal->getString()))
          return nullptr;
        Same = Same ? Same : Literal;
      }
      if (Same)
        Via = Decl;
      return Same;
    }
  }
  if (!Init)
    return nullptr;
  const StringLiteral *Literal = fixedLiteral(Init, T, Via, Depth + 1);
  if (Literal)
    Via = Decl; // the outermost variable: the one named where the value is used
  return Literal;
}

const StringLiteral *fixedString(const Expr *E, const Tracing &T, std::string &Value,
                                 const ValueDecl *&Via) {
  std::vector<SqlPiece> Pieces;
  sqlPieces(E, T, Pieces);
  if (Pieces.empty() || !llvm::all_of(Pieces, [](const SqlPiece &P) { return P.Literal; }))
    return nullptr;
  Value.clear();
  for (const SqlPiece &Piece : Pieces)
    Value += Piece.Literal->getString();
  Via = Pieces.size() == 1 ? Pieces[0].Via : nullptr;
  return Pieces[0].Literal;
}

const ParmVarDecl *parameterValue(const Expr *E, ASTContext &Context, unsigned Depth) {
  const auto *Ref = dyn_cast_or_null<DeclRefExpr>(stripWrappers(E));
  if (!Ref || Depth > MaxDepth)
    return nullptr;
  if (const auto *Param = dyn_cast<ParmVarDecl>(Ref->getDecl())) {
    const auto *Function = dyn_cast_or_null<FunctionDecl>(Param->getDeclContext());
    if (!Function || !Function->getBody())
      return nullptr;
    return ExprMutationAnalyzer(*Function->getBody(), Context).isMutated(Param) ? nullptr : Param;
  }
  if (const auto *Var = dyn_cast<VarDecl>(Ref->getDecl());
      Var && Var->hasLocalStorage() && keepsInitialValue(Var, Context))
    return parameterValue(Var->getInit(), Context, Depth + 1);
  return nullptr;
}

bool writesValue(const Expr &Use, ASTContext &Context, const Expr **AssignedValue) {
  const Expr *Current = &Use;
  DynTypedNodeList Parents = Context.getParents(Use);
  while (!Parents.empty()) {
    if (const auto *Cast = Parents[0].get<ImplicitCastExpr>();
        Cast && Cast->getCastKind() == CK_NoOp) {
      Current = Cast;
    } else if (const auto *Paren = Parents[0].get<ParenExpr>()) {
      Current = Paren;
    } else {
      break;
    }
    Parents = Context.getParents(*Current);
  }
  if (Parents.empty())
    return false;
  if (const auto *Op = Parents[0].get<BinaryOperator>()) {
    bool Assigns = Op->isAssignmentOp() && Op->getLHS()->IgnoreParenImpCasts() == &Use;
    if (Assigns && AssignedValue && Op->getOpcode() == BO_Assign)
      *AssignedValue = Op->getRHS();
    return Assigns;
  }
  if (const auto *Var = Parents[0].get<VarDecl>())
    return Var->getType()->isReferenceType() &&
           !Var->getType()->getPointeeType().isConstQualified();
  if (const auto *Op = Parents[0].get<UnaryOperator>())
    return Op->isIncrementDecrementOp() || Op->getOpcode() == UO_AddrOf;
  if (const auto *Member = Parents[0].get<MemberExpr>()) {
    const auto *Method = dyn_cast<CXXMethodDecl>(Member->getMemberDecl());
    return Method && !Method->isConst() && !Method->isStatic();
  }
  if (const auto *Op = Parents[0].get<CXXOperatorCallExpr>()) {
    if (Op->getNumArgs() > 0 && Op->getArg(0)->IgnoreParenImpCasts() == &Use)
      if (const auto *Method = dyn_cast_or_null<CXXMethodDecl>(Op->getDirectCallee())) {
        // std::string's operator= from one value: a plain assignment.
        if (AssignedValue && Op->getOperator() == OO_Equal && Op->getNumArgs() == 2)
          *AssignedValue = Op->getArg(1);
        return !Method->isConst();
      }
    return false;
  }
  if (const auto *Call = Parents[0].get<CallExpr>()) {
    const FunctionDecl *Callee = Call->getDirectCallee();
    for (unsigned I = 0; Callee && I < Call->getNumArgs() && I < Callee->getNumParams(); ++I)
      if (Call->getArg(I) == Current) {
        QualType Type = Callee->getParamDecl(I)->getType();
        return Type->isReferenceType() && !Type->getPointeeType().isConstQualified();
      }
  }
  return false;
}

} // namespace clang::tidy::distsys::test_resource_id
