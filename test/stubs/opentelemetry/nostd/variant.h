#pragma once
#include <variant>
#include "opentelemetry/version.h"
OPENTELEMETRY_BEGIN_NAMESPACE
namespace nostd {
using std::variant;
} // namespace nostd
OPENTELEMETRY_END_NAMESPACE
