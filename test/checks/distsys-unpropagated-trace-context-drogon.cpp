// RUN: %check_distlint %s distsys-unpropagated-trace-context %t -- -std=c++17 -isystem %stubs
// The same with the framework's headers on a -I path (a FetchContent or submodule build): their
// bodiless factories (HttpRequest::newHttpRequest) must not pass for propagating helpers. (A call
// into a header that is not a system header is named as the project's own: HttpClient::….)
// RUN: %check_distlint %s distsys-unpropagated-trace-context %t -- -std=c++17 -I %stubs
// Drogon handlers take the incoming request as a HttpRequestPtr and answer through a callback:
// controller methods (HttpController, routed with METHOD_ADD / ADD_METHOD_TO) and lambdas given
// to app().registerHandler. Outgoing calls: HttpClient::sendRequest / sendRequestCoro, whose
// request carries the headers. On our stubs of Drogon's headers.
#include <drogon/drogon.h>

using namespace drogon;

class Orders : public HttpController<Orders> {
public:
  METHOD_LIST_BEGIN
  ADD_METHOD_TO(Orders::create, "/orders", Post);
  ADD_METHOD_TO(Orders::forward, "/orders/forward", Post);
  ADD_METHOD_TO(Orders::relay, "/orders/relay", Post);
  METHOD_LIST_END

  void create(const HttpRequestPtr &req, std::function<void(const HttpResponsePtr &)> &&callback) {
    auto reserve = HttpRequest::newHttpRequest();
    reserve->setMethod(Post);
    reserve->setPath("/reserve");
    inventory_->sendRequest(reserve, [callback](ReqResult, const HttpResponsePtr &resp) {
      callback(resp);
    }, 5.0);
    // CHECK-MESSAGES: :[[@LINE-3]]:17: warning: outgoing HTTP request '{{(drogon::)?}}HttpClient::sendRequest' in handler 'Orders::create' does not propagate trace context; set the incoming 'traceparent' header on the request (addHeader) or inject the current context into its headers [distsys-unpropagated-trace-context]
    // CHECK-MESSAGES: :[[@LINE-8]]:37: note: the incoming request's trace context arrives here
  }

  // Negatives: the header copied from the incoming request; the incoming request itself relayed.
  void forward(const HttpRequestPtr &req,
               std::function<void(const HttpResponsePtr &)> &&callback) {
    auto reserve = HttpRequest::newHttpRequest();
    reserve->setPath("/reserve");
    reserve->addHeader("traceparent", req->getHeader("traceparent"));
    inventory_->sendRequest(reserve, [callback](ReqResult, const HttpResponsePtr &resp) {
      callback(resp);
    }, 5.0);
  }

  void relay(const HttpRequestPtr &req, std::function<void(const HttpResponsePtr &)> &&callback) {
    inventory_->sendRequest(req, [callback](ReqResult, const HttpResponsePtr &resp) {
      callback(resp);
    }, 5.0);
  }

private:
  HttpClientPtr inventory_ = HttpClient::newHttpClient("http://inventory.internal:8080");
};

void routes(const HttpClientPtr &pricing) {
  app().registerHandler(
      "/quote",
      [pricing](const HttpRequestPtr &req, std::function<void(const HttpResponsePtr &)> &&callback) {
        auto ask = HttpRequest::newHttpRequest();
        ask->setPath("/price");
        auto [result, resp] = pricing->sendRequest(ask, 2.0);
        // CHECK-MESSAGES: :[[@LINE-1]]:40: warning: outgoing HTTP request '{{(drogon::)?}}HttpClient::sendRequest' in handler '/quote' does not propagate trace context
        // CHECK-MESSAGES: :[[@LINE-5]]:39: note: the incoming request's trace context arrives here
        callback(resp);
      },
      {Get});

  // Negative: the trace headers copied over.
  app().registerHandler(
      "/stock",
      [pricing](const HttpRequestPtr &req, std::function<void(const HttpResponsePtr &)> &&callback) {
        auto ask = HttpRequest::newHttpRequest();
        ask->addHeader("traceparent", req->getHeader("traceparent"));
        ask->addHeader("tracestate", req->getHeader("tracestate"));
        auto [result, resp] = pricing->sendRequest(ask, 2.0);
        callback(resp);
      },
      {Get});
}

// A client-side function: it builds and sends a request, but handles none.
void refreshPrices(const HttpClientPtr &pricing) {
  auto ask = HttpRequest::newHttpRequest();
  ask->setPath("/prices");
  pricing->sendRequest(ask, [](ReqResult, const HttpResponsePtr &) {}, 3.0);
}
