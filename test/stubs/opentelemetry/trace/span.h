#pragma once
#include "opentelemetry/nostd/string_view.h"
#include "opentelemetry/trace/span_context.h"
OPENTELEMETRY_BEGIN_NAMESPACE
namespace trace {
class Span {
public:
  virtual ~Span() = default;
  virtual void SetAttribute(nostd::string_view key, nostd::string_view value) noexcept = 0;
  virtual void AddEvent(nostd::string_view name) noexcept = 0;
  virtual void End() noexcept = 0;
  virtual SpanContext GetContext() const noexcept = 0;
  virtual bool IsRecording() const noexcept = 0;
};
} // namespace trace
OPENTELEMETRY_END_NAMESPACE
