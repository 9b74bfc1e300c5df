#pragma once
#include "opentelemetry/context/runtime_context.h"
#include "opentelemetry/nostd/shared_ptr.h"
#include "opentelemetry/trace/span.h"
OPENTELEMETRY_BEGIN_NAMESPACE
namespace trace {
// Makes a span the active one of RuntimeContext until the scope ends.
class Scope final {
public:
  Scope(const nostd::shared_ptr<Span> &span) noexcept {}
};
} // namespace trace
OPENTELEMETRY_END_NAMESPACE
