//===--- ValueWrappers.h - look through what does not change a value ------===//
//
// A resource name or a policy string travels wrapped: in casts, temporaries, std::string or
// std::filesystem::path constructions, c_str() calls. Every check looks through those wrappers
// here, each choosing explicitly which kinds count as "the same value" for its question.
//
//===----------------------------------------------------------------------===//
#ifndef DISTLINT_CHECKS_UTILS_VALUEWRAPPERS_H
#define DISTLINT_CHECKS_UTILS_VALUEWRAPPERS_H

#include "clang/AST/Expr.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"

namespace clang::tidy::distsys {

/// Which wrappers stripValueWrappers looks through. Parentheses, implicit casts, temporaries
/// (materialised or bound) and full-expression cleanups are always looked through.
struct ValueWrappers {
  enum class Casts {
    /// Every explicit cast: static_cast, C-style, functional `T(x)`.
    All,
    /// Only functional casts `T(x)`, which are constructions spelled as casts.
    Functional,
  };
  Casts ExplicitCasts = Casts::All;
  /// A construction from one value, the other arguments defaulted (`std::string(p)`,
  /// `std::filesystem::path(s)`, `Aws::String(s)`).
  bool ConvertingConstructors = true;
  /// Copy and move constructions count among those constructions.
  bool CopyConstructors = true;
  /// `std::initializer_list` built from a braced list: the list itself.
  bool InitializerLists = false;
  /// Conversion operators (`operator std::string_view()`), called without arguments.
  bool ConversionOperators = false;
  /// No-argument member functions that return the object's own value (`c_str`, `data`).
  llvm::ArrayRef<llvm::StringRef> Accessors;
};

/// \p E with every wrapper \p Kinds allows removed, from the outside in; nullptr stays nullptr.
const Expr *stripValueWrappers(const Expr *E, const ValueWrappers &Kinds);

/// Whether \p S is itself one of those wrappers, for walks from a value up to its use.
bool isValueWrapper(const Stmt &S, const ValueWrappers &Kinds);

} // namespace clang::tidy::distsys

#endif
