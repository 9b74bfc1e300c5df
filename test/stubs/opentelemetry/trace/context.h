#pragma once
#include "opentelemetry/context/context.h"
#include "opentelemetry/nostd/shared_ptr.h"
#include "opentelemetry/trace/span.h"
OPENTELEMETRY_BEGIN_NAMESPACE
namespace trace {
inline nostd::shared_ptr<Span> GetSpan(const context::Context &context) noexcept { return nullptr; }
inline context::Context SetSpan(context::Context &context, const nostd::shared_ptr<Span> &span) noexcept {
  return context;
}
} // namespace trace
OPENTELEMETRY_END_NAMESPACE
