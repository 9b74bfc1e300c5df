#pragma once
#include <string_view>
#include "opentelemetry/version.h"
OPENTELEMETRY_BEGIN_NAMESPACE
namespace nostd {
using std::string_view;
} // namespace nostd
OPENTELEMETRY_END_NAMESPACE
