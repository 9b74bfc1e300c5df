#pragma once
#include "opentelemetry/context/context.h"
#include "opentelemetry/nostd/function_ref.h"
#include "opentelemetry/nostd/string_view.h"
OPENTELEMETRY_BEGIN_NAMESPACE
namespace context {
namespace propagation {
// Where a propagator reads and writes headers: HTTP headers, gRPC metadata, message headers.
class TextMapCarrier {
public:
  virtual nostd::string_view Get(nostd::string_view key) const noexcept = 0;
  virtual void Set(nostd::string_view key, nostd::string_view value) noexcept = 0;
  virtual bool Keys(nostd::function_ref<bool(nostd::string_view)>) const noexcept { return true; }
  virtual ~TextMapCarrier() = default;
};
class TextMapPropagator {
public:
  virtual context::Context Extract(const TextMapCarrier &carrier,
                                   context::Context &context) noexcept = 0;
  virtual void Inject(TextMapCarrier &carrier, const context::Context &context) noexcept = 0;
  virtual bool Fields(nostd::function_ref<bool(nostd::string_view)> callback) const noexcept = 0;
  virtual ~TextMapPropagator() = default;
};
} // namespace propagation
} // namespace context
OPENTELEMETRY_END_NAMESPACE
