// RUN: %check_distlint %s distsys-unpropagated-trace-context %t -- -std=c++17 -isystem %stubs
// Handlers of opentelemetry-cpp's example HTTP server (ext/http/server/http_server.h): overrides of
// HttpRequestCallback::onHttpRequest, and callback functions, taking an HttpRequest and an
// HttpResponse. On our stub of that header.
#include <httplib.h>
#include <string>

#include "opentelemetry/context/propagation/global_propagator.h"
#include "opentelemetry/context/propagation/text_map_propagator.h"
#include "opentelemetry/context/runtime_context.h"
#include "opentelemetry/ext/http/server/http_server.h"
#include "opentelemetry/trace/context.h"
#include "opentelemetry/trace/provider.h"
#include "opentelemetry/trace/span_startoptions.h"
#include "opentelemetry/trace/tracer.h"

namespace otel = opentelemetry;
using otel::context::propagation::GlobalTextMapPropagator;
using otel::context::RuntimeContext;

class MapCarrier : public otel::context::propagation::TextMapCarrier {
public:
  explicit MapCarrier(std::map<std::string, std::string> &headers) : headers_(headers) {}
  otel::nostd::string_view Get(otel::nostd::string_view key) const noexcept override {
    auto it = headers_.find(std::string(key));
    return it == headers_.end() ? "" : otel::nostd::string_view(it->second);
  }
  void Set(otel::nostd::string_view key, otel::nostd::string_view value) noexcept override {
    headers_[std::string(key)] = std::string(value);
  }

private:
  std::map<std::string, std::string> &headers_;
};

otel::nostd::shared_ptr<otel::trace::Tracer> tracer() {
  return otel::trace::Provider::GetTracerProvider()->GetTracer("orders");
}

class OrdersHandler : public testing::HttpRequestCallback {
public:
  int onHttpRequest(testing::HttpRequest const &request, testing::HttpResponse &response) override {
    httplib::Client inventory("http://inventory.internal");
    auto reply = inventory.Post("/reserve", request.content, "application/json");
    // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: outgoing HTTP request 'httplib::Client::Post' in handler 'OrdersHandler::onHttpRequest' does not propagate trace context
    // CHECK-MESSAGES: :[[@LINE-4]]:49: note: the incoming request's trace context arrives here
    response.code = reply ? reply->status : 502;
    return response.code;
  }
};

// Extracted, but the span is started without it: a new trace.
int onStatus(testing::HttpRequest const &request, testing::HttpResponse &response) {
  auto &headers = const_cast<std::map<std::string, std::string> &>(request.headers);
  MapCarrier carrier(headers);
  auto current = RuntimeContext::GetCurrent();
  auto extracted = GlobalTextMapPropagator::GetGlobalPropagator()->Extract(carrier, current);
  auto span = tracer()->StartSpan("status");
  // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: span started by 'opentelemetry::trace::Tracer::StartSpan' in handler 'onStatus' has no parent and starts a new trace
  // CHECK-MESSAGES: :[[@LINE-3]]:68: note: the incoming context is extracted here
  span->End();
  return 200;
}

// Negative: the shape of the project's own example server, which extracts the incoming context
// and starts its span under it.
class TracedHandler : public testing::HttpRequestCallback {
public:
  int onHttpRequest(testing::HttpRequest const &request, testing::HttpResponse &response) override {
    auto &headers = const_cast<std::map<std::string, std::string> &>(request.headers);
    MapCarrier carrier(headers);
    auto current = RuntimeContext::GetCurrent();
    auto extracted = GlobalTextMapPropagator::GetGlobalPropagator()->Extract(carrier, current);
    otel::trace::StartSpanOptions options;
    options.parent = otel::trace::GetSpan(extracted)->GetContext();
    auto span = tracer()->StartSpan(request.uri, options);
    span->End();
    return 200;
  }
};
