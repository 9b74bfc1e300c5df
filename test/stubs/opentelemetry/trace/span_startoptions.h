#pragma once
#include "opentelemetry/context/context.h"
#include "opentelemetry/nostd/variant.h"
#include "opentelemetry/trace/span_context.h"
OPENTELEMETRY_BEGIN_NAMESPACE
namespace trace {
enum class SpanKind { kInternal, kServer, kClient, kProducer, kConsumer };
struct StartSpanOptions {
  // An invalid SpanContext means "the current span of RuntimeContext, if any".
  nostd::variant<SpanContext, context::Context> parent = SpanContext::GetInvalid();
  SpanKind kind = SpanKind::kInternal;
};
} // namespace trace
OPENTELEMETRY_END_NAMESPACE
