#pragma once
#include <cstdint>
#include "opentelemetry/nostd/shared_ptr.h"
#include "opentelemetry/nostd/string_view.h"
#include "opentelemetry/version.h"
OPENTELEMETRY_BEGIN_NAMESPACE
namespace context {
class Context {
public:
  Context() = default;
  Context SetValue(nostd::string_view key, int64_t value) noexcept { return *this; }
  bool HasKey(nostd::string_view key) const noexcept { return false; }
};
} // namespace context
OPENTELEMETRY_END_NAMESPACE
