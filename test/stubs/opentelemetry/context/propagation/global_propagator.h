#pragma once
#include "opentelemetry/context/propagation/text_map_propagator.h"
#include "opentelemetry/nostd/shared_ptr.h"
OPENTELEMETRY_BEGIN_NAMESPACE
namespace context {
namespace propagation {
class GlobalTextMapPropagator {
public:
  static nostd::shared_ptr<TextMapPropagator> GetGlobalPropagator() noexcept { return nullptr; }
  static void SetGlobalPropagator(const nostd::shared_ptr<TextMapPropagator> &prop) noexcept {}
};
} // namespace propagation
} // namespace context
OPENTELEMETRY_END_NAMESPACE
