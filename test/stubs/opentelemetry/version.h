#pragma once
// Stand-in for opentelemetry/version.h: the API lives in an inline ABI namespace.
#define OPENTELEMETRY_BEGIN_NAMESPACE namespace opentelemetry { inline namespace v1 {
#define OPENTELEMETRY_END_NAMESPACE }}
