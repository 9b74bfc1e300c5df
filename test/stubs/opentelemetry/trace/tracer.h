#pragma once
#include "opentelemetry/nostd/shared_ptr.h"
#include "opentelemetry/nostd/string_view.h"
#include "opentelemetry/trace/scope.h"
#include "opentelemetry/trace/span.h"
#include "opentelemetry/trace/span_startoptions.h"
OPENTELEMETRY_BEGIN_NAMESPACE
namespace trace {
class Tracer {
public:
  virtual ~Tracer() = default;
  virtual nostd::shared_ptr<Span> StartSpan(nostd::string_view name,
                                            const StartSpanOptions &options = {}) noexcept = 0;
  static nostd::shared_ptr<Span> GetCurrentSpan() noexcept { return nullptr; }
  static Scope WithActiveSpan(nostd::shared_ptr<Span> &span) noexcept { return Scope(span); }
};
} // namespace trace
OPENTELEMETRY_END_NAMESPACE
