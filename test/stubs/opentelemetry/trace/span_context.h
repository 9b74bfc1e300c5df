#pragma once
#include "opentelemetry/version.h"
OPENTELEMETRY_BEGIN_NAMESPACE
namespace trace {
class SpanContext {
public:
  explicit SpanContext(bool sampled_flag, bool is_remote) noexcept {}
  static SpanContext GetInvalid() noexcept { return SpanContext(false, false); }
  bool IsValid() const noexcept { return false; }
  bool IsRemote() const noexcept { return false; }
};
} // namespace trace
OPENTELEMETRY_END_NAMESPACE
