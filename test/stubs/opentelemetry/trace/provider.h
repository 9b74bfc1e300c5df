#pragma once
#include "opentelemetry/nostd/shared_ptr.h"
#include "opentelemetry/trace/tracer_provider.h"
OPENTELEMETRY_BEGIN_NAMESPACE
namespace trace {
class Provider {
public:
  static nostd::shared_ptr<TracerProvider> GetTracerProvider() noexcept { return nullptr; }
  static void SetTracerProvider(const nostd::shared_ptr<TracerProvider> &tp) noexcept {}
};
} // namespace trace
OPENTELEMETRY_END_NAMESPACE
