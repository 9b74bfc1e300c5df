#pragma once
#include "opentelemetry/context/context.h"
#include "opentelemetry/nostd/unique_ptr.h"
OPENTELEMETRY_BEGIN_NAMESPACE
namespace context {
class Token {
public:
  ~Token() = default;
};
class RuntimeContext {
public:
  static Context GetCurrent() noexcept { return Context(); }
  static nostd::unique_ptr<Token> Attach(const Context &context) noexcept {
    return nostd::unique_ptr<Token>(new Token());
  }
  static bool Detach(Token &token) noexcept { return true; }
};
} // namespace context
OPENTELEMETRY_END_NAMESPACE
