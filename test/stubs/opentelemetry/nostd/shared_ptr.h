#pragma once
#include <memory>
#include "opentelemetry/version.h"
OPENTELEMETRY_BEGIN_NAMESPACE
namespace nostd {
using std::shared_ptr;
} // namespace nostd
OPENTELEMETRY_END_NAMESPACE
