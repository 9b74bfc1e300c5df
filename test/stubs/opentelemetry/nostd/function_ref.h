#pragma once
#include <functional>
#include "opentelemetry/version.h"
OPENTELEMETRY_BEGIN_NAMESPACE
namespace nostd {
template <class Sig> using function_ref = std::function<Sig>;
} // namespace nostd
OPENTELEMETRY_END_NAMESPACE
