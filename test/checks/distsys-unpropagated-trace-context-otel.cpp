// RUN: %check_distlint %s distsys-unpropagated-trace-context %t -- -std=c++17 -isystem %stubs
// OpenTelemetry in handlers: spans that start a new trace although the incoming context was
// extracted, and work on new threads that injects the thread's empty context.
#include <httplib.h>
#include <future>
#include <string>
#include <thread>

#include "opentelemetry/context/propagation/global_propagator.h"
#include "opentelemetry/context/propagation/text_map_propagator.h"
#include "opentelemetry/context/runtime_context.h"
#include "opentelemetry/trace/context.h"
#include "opentelemetry/trace/provider.h"
#include "opentelemetry/trace/scope.h"
#include "opentelemetry/trace/span_startoptions.h"
#include "opentelemetry/trace/tracer.h"

namespace otel = opentelemetry;
using otel::context::propagation::GlobalTextMapPropagator;
using otel::context::RuntimeContext;

// Reads and writes cpp-httplib headers for the propagator.
class HeaderCarrier : public otel::context::propagation::TextMapCarrier {
public:
  explicit HeaderCarrier(httplib::Headers &headers) : headers_(headers) {}
  otel::nostd::string_view Get(otel::nostd::string_view key) const noexcept override {
    auto it = headers_.find(std::string(key));
    return it == headers_.end() ? "" : otel::nostd::string_view(it->second);
  }
  void Set(otel::nostd::string_view key, otel::nostd::string_view value) noexcept override {
    headers_.emplace(std::string(key), std::string(value));
  }

private:
  httplib::Headers &headers_;
};

otel::nostd::shared_ptr<otel::trace::Tracer> tracer() {
  return otel::trace::Provider::GetTracerProvider()->GetTracer("orders");
}

void send(httplib::Headers &headers) {
  HeaderCarrier carrier(headers);
  GlobalTextMapPropagator::GetGlobalPropagator()->Inject(carrier, RuntimeContext::GetCurrent());
}

void routes(httplib::Server &svr) {
  svr.Post("/orders", [](const httplib::Request &req, httplib::Response &res) {
    httplib::Headers incoming = req.headers;
    HeaderCarrier in(incoming);
    auto current = RuntimeContext::GetCurrent();
    auto extracted = GlobalTextMapPropagator::GetGlobalPropagator()->Extract(in, current);
    auto span = tracer()->StartSpan("place-order");
    // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: span started by 'opentelemetry::trace::Tracer::StartSpan' in handler 'POST /orders' has no parent and starts a new trace; set StartSpanOptions::parent from the extracted context or attach that context with RuntimeContext::Attach first [distsys-unpropagated-trace-context]
    // CHECK-MESSAGES: :[[@LINE-3]]:70: note: the incoming context is extracted here
    otel::trace::StartSpanOptions options;
    options.kind = otel::trace::SpanKind::kServer;
    auto child = tracer()->StartSpan("reserve", options);
    // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: span started by 'opentelemetry::trace::Tracer::StartSpan' in handler 'POST /orders' has no parent
    // CHECK-MESSAGES: :[[@LINE-8]]:70: note: the incoming context is extracted here
  });

  // Negatives: the extracted context becomes the parent, or is made current first.
  svr.Post("/parent", [](const httplib::Request &req, httplib::Response &res) {
    httplib::Headers incoming = req.headers;
    HeaderCarrier in(incoming);
    auto current = RuntimeContext::GetCurrent();
    auto extracted = GlobalTextMapPropagator::GetGlobalPropagator()->Extract(in, current);
    otel::trace::StartSpanOptions options;
    options.parent = otel::trace::GetSpan(extracted)->GetContext();
    auto span = tracer()->StartSpan("place-order", options);
  });

  svr.Post("/attach", [](const httplib::Request &req, httplib::Response &res) {
    httplib::Headers incoming = req.headers;
    HeaderCarrier in(incoming);
    auto current = RuntimeContext::GetCurrent();
    auto extracted = GlobalTextMapPropagator::GetGlobalPropagator()->Extract(in, current);
    auto token = RuntimeContext::Attach(extracted);
    auto span = tracer()->StartSpan("place-order");
  });

  // No extraction here: the span's parent is whatever is current (an instrumented server).
  svr.Post("/plain", [](const httplib::Request &req, httplib::Response &res) {
    auto span = tracer()->StartSpan("place-order");
  });

  // Work on a new thread injects that thread's (empty) current context.
  svr.Post("/async", [](const httplib::Request &req, httplib::Response &res) {
    std::thread worker([] {
      httplib::Client cli("http://inventory.internal");
      httplib::Headers headers;
      HeaderCarrier out(headers);
      GlobalTextMapPropagator::GetGlobalPropagator()->Inject(out, RuntimeContext::GetCurrent());
      cli.Post("/reserve", headers, "{}", "application/json");
      // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: outgoing call 'httplib::Client::Post' runs on a thread started by 'std::thread' in handler 'POST /async' and injects that thread's empty context; capture RuntimeContext::GetCurrent() in the handler and attach it in the thread [distsys-unpropagated-trace-context]
      // CHECK-MESSAGES: :[[@LINE-7]]:24: note: the thread's work starts here
      // CHECK-MESSAGES: :[[@LINE-9]]:49: note: the incoming request's trace context arrives here
    });
    worker.detach();
    auto done = std::async(std::launch::async, [] {
      httplib::Client cli("http://inventory.internal");
      return cli.Get("/stock");
      // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: outgoing HTTP request 'httplib::Client::Get' in handler 'POST /async' does not propagate trace context
      // CHECK-MESSAGES: :[[@LINE-16]]:49: note: the incoming request's trace context arrives here
    });
  });

  // Negatives: the handler's context is captured and attached in the thread, or injected with it.
  svr.Post("/async-ok", [](const httplib::Request &req, httplib::Response &res) {
    auto ctx = RuntimeContext::GetCurrent();
    std::thread attached([ctx] {
      auto token = RuntimeContext::Attach(ctx);
      httplib::Client cli("http://inventory.internal");
      httplib::Headers headers;
      HeaderCarrier out(headers);
      GlobalTextMapPropagator::GetGlobalPropagator()->Inject(out, RuntimeContext::GetCurrent());
      cli.Post("/reserve", headers, "{}", "application/json");
    });
    attached.join();
    std::thread captured([ctx] {
      httplib::Client cli("http://inventory.internal");
      httplib::Headers headers;
      HeaderCarrier out(headers);
      GlobalTextMapPropagator::GetGlobalPropagator()->Inject(out, ctx);
      cli.Post("/reserve", headers, "{}", "application/json");
    });
    captured.join();
  });
}

// Not a handler: a span of its own is right for a batch job.
void nightly() {
  httplib::Headers incoming;
  HeaderCarrier in(incoming);
  auto current = RuntimeContext::GetCurrent();
  auto extracted = GlobalTextMapPropagator::GetGlobalPropagator()->Extract(in, current);
  auto span = tracer()->StartSpan("nightly");
}
