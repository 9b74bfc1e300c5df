// RUN: %check_distlint %s distsys-unpropagated-trace-context %t -- -std=c++17
#include <cpprest/http_client.h>
#include <cpprest/http_listener.h>

using namespace web::http;
using web::http::client::http_client;
using web::http::experimental::listener::http_listener;

void serve(http_listener &listener) {
  listener.support(methods::POST, [](http_request request) {
    http_client inventory(U("http://inventory.internal"));
    inventory.request(methods::POST, U("/reserve"));
    // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: outgoing HTTP request 'web::http::client::http_client::request' in handler 'POST listener' does not propagate trace context; send an http_request whose headers carry the incoming 'traceparent' or inject the current context into them [distsys-unpropagated-trace-context]
    // CHECK-MESSAGES: :[[@LINE-4]]:51: note: the incoming request's trace context arrives here
    request.reply(status_codes::Accepted);
  });

  listener.support(methods::PUT, [](http_request request) {
    http_client inventory(U("http://inventory.internal"));
    http_request out(methods::PUT);
    out.set_request_uri(U("/reserve"));
    if (request.headers().has(U("traceparent")))
      out.headers().add(U("traceparent"), request.headers()[U("traceparent")]);
    inventory.request(out);
    request.reply(status_codes::Accepted);
  });
}

// Not a handler.
int main() {
  http_client inventory(U("http://inventory.internal"));
  inventory.request(methods::GET, U("/health")).wait();
  return 0;
}
