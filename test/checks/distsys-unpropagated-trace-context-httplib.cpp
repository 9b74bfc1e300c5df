// RUN: %check_distlint %s distsys-unpropagated-trace-context %t -- -std=c++17 -isystem %stubs
#include <httplib.h>
#include <string>

#include "opentelemetry/context/propagation/global_propagator.h"
#include "opentelemetry/context/propagation/text_map_propagator.h"
#include "opentelemetry/context/runtime_context.h"
#include "opentelemetry/trace/propagation/http_trace_context.h"

namespace otel = opentelemetry;

// Writes propagated fields into outgoing cpp-httplib headers.
class HeadersCarrier : public otel::context::propagation::TextMapCarrier {
public:
  explicit HeadersCarrier(httplib::Headers &headers) : headers_(headers) {}
  otel::nostd::string_view Get(otel::nostd::string_view) const noexcept override { return ""; }
  void Set(otel::nostd::string_view key, otel::nostd::string_view value) noexcept override {
    headers_.emplace(std::string(key), std::string(value));
  }

private:
  httplib::Headers &headers_;
};

httplib::Client inventory("http://inventory.internal:8080");

void handleOrder(const httplib::Request &req, httplib::Response &res) {
  auto reply = inventory.Post("/reserve", req.body, "application/json");
  // CHECK-MESSAGES: :[[@LINE-1]]:26: warning: outgoing HTTP request 'httplib::Client::Post' in handler 'handleOrder' does not propagate trace context; pass headers with the incoming 'traceparent' or inject the current context into them [distsys-unpropagated-trace-context]
  // CHECK-MESSAGES: :[[@LINE-3]]:42: note: the incoming request's trace context arrives here
  res.status = reply ? reply->status : 502;
}

// Only used while handling a request, but handed nothing that carries its context.
std::string lookupPrice(const std::string &sku) {
  httplib::Client pricing("http://pricing.internal");
  httplib::Headers headers = {{"x-request-source", "orders"}};
  auto reply = pricing.Get("/price/" + sku, headers);
  // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: outgoing HTTP request 'httplib::Client::Get' in handler 'GET /quote' does not propagate trace context
  return reply ? reply->body : "";
}

// Handed the incoming request: not where the context got lost.
std::string lookupStock(const httplib::Request &req, const std::string &sku) {
  httplib::Client stock("http://stock.internal");
  return stock.Get("/stock/" + sku, {{"traceparent", req.get_header_value("traceparent")}})->body;
}

httplib::Headers traceHeaders(const httplib::Request &req) {
  return {{"traceparent", req.get_header_value("traceparent")}};
}

httplib::Headers jsonHeaders() { return {{"Accept", "application/json"}}; }

void routes(httplib::Server &svr) {
  svr.Get("/quote", [](const httplib::Request &req, httplib::Response &res) {
    res.set_content(lookupPrice(req.get_param_value("sku")), "text/plain");
    // CHECK-MESSAGES: :[[@LINE-1]]:21: note: 'GET /quote' calls 'lookupPrice' here without passing the request's trace context
    // CHECK-MESSAGES: :[[@LINE-3]]:48: note: the incoming request's trace context arrives here
  });

  svr.Post("/orders", [](const httplib::Request &req, httplib::Response &res) {
    httplib::Client cli("http://inventory.internal");
    cli.set_connection_timeout(2);
    if (auto r = cli.Delete("/holds/" + req.get_param_value("id")))
    // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: outgoing HTTP request 'httplib::Client::Delete' in handler 'POST /orders' does not propagate
    // CHECK-MESSAGES: :[[@LINE-5]]:50: note: the incoming request's trace context arrives here
      res.status = r->status;
  });

  // Negatives: the correct versions.
  svr.Post("/forward", [](const httplib::Request &req, httplib::Response &res) {
    httplib::Client cli("http://inventory.internal");
    httplib::Headers headers = {{"traceparent", req.get_header_value("traceparent")},
                                {"tracestate", req.get_header_value("tracestate")}};
    cli.Post("/reserve", headers, req.body, "application/json");
  });

  svr.Post("/emplace", [](const httplib::Request &req, httplib::Response &res) {
    httplib::Client cli("http://inventory.internal");
    httplib::Headers headers;
    headers.emplace(otel::trace::propagation::kTraceParent, req.get_header_value("traceparent"));
    cli.Post("/reserve", headers, req.body, "application/json");
  });

  svr.Post("/inject", [](const httplib::Request &req, httplib::Response &res) {
    httplib::Client cli("http://inventory.internal");
    httplib::Headers headers;
    HeadersCarrier carrier(headers);
    otel::context::propagation::GlobalTextMapPropagator::GetGlobalPropagator()->Inject(
        carrier, otel::context::RuntimeContext::GetCurrent());
    cli.Post("/reserve", headers, req.body, "application/json");
  });

  svr.Get("/defaults", [](const httplib::Request &req, httplib::Response &res) {
    httplib::Client cli("http://inventory.internal");
    cli.set_default_headers({{"traceparent", req.get_header_value("traceparent")}});
    cli.Get("/stock");
  });

  svr.Get("/stock", [](const httplib::Request &req, httplib::Response &res) {
    res.set_content(lookupStock(req, req.get_param_value("sku")), "text/plain");
  });

  svr.Get("/inline", [](const httplib::Request &req, httplib::Response &res) {
    httplib::Client cli("http://inventory.internal");
    cli.Get("/stock", {{"Traceparent", req.get_header_value("traceparent")}});
  });

  svr.Post("/json", [](const httplib::Request &req, httplib::Response &res) {
    httplib::Client cli("http://inventory.internal");
    httplib::Headers headers = jsonHeaders();
    cli.Post("/reserve", headers, req.body, "application/json");
    // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: outgoing HTTP request 'httplib::Client::Post' in handler 'POST /json' does not propagate
    // CHECK-MESSAGES: :[[@LINE-5]]:48: note: the incoming request's trace context arrives here
  });

  // Negatives: headers built by a helper that forwards the context, or copied wholesale.
  svr.Post("/helper-headers", [](const httplib::Request &req, httplib::Response &res) {
    httplib::Client cli("http://inventory.internal");
    cli.Post("/reserve", traceHeaders(req), req.body, "application/json");
  });
  svr.Get("/copy", [](const httplib::Request &req, httplib::Response &res) {
    httplib::Client cli("http://inventory.internal");
    cli.Get("/stock", req.headers);
  });
}

// Outside any handler: a client's own entry point starts its own trace.
int main() {
  auto health = inventory.Get("/health");
  httplib::Server svr;
  routes(svr);
  svr.Post("/orders/v1", handleOrder);
  return health && health->status == 200 ? svr.listen("0.0.0.0", 8080) : 1;
}
