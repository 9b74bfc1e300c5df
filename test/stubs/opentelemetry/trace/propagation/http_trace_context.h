#pragma once
#include "opentelemetry/context/propagation/text_map_propagator.h"
#include "opentelemetry/nostd/string_view.h"
OPENTELEMETRY_BEGIN_NAMESPACE
namespace trace {
namespace propagation {
static const nostd::string_view kTraceParent = "traceparent";
static const nostd::string_view kTraceState = "tracestate";
// The W3C Trace Context propagator.
class HttpTraceContext : public context::propagation::TextMapPropagator {
public:
  void Inject(context::propagation::TextMapCarrier &carrier,
              const context::Context &context) noexcept override {}
  context::Context Extract(const context::propagation::TextMapCarrier &carrier,
                           context::Context &context) noexcept override {
    return context;
  }
  bool Fields(nostd::function_ref<bool(nostd::string_view)> callback) const noexcept override {
    return true;
  }
};
} // namespace propagation
} // namespace trace
OPENTELEMETRY_END_NAMESPACE
