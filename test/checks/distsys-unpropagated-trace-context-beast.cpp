// RUN: %check_distlint %s distsys-unpropagated-trace-context %t -- -std=c++17
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <string>

namespace beast = boost::beast;
namespace http = beast::http;
using tcp = boost::asio::ip::tcp;

// A synchronous Beast server's handler calls the pricing service over another Beast connection.
http::response<http::string_body> handlePrice(const http::request<http::string_body> &req,
                                              tcp::socket &pricing) {
  http::request<http::string_body> out{http::verb::get, "/price", 11};
  out.set(http::field::host, "pricing.internal");
  http::write(pricing, out);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: outgoing Boost.Beast request 'boost::beast::http::write' in handler 'handlePrice' does not propagate trace context; set the incoming 'traceparent' on the request or inject the current context into its fields [distsys-unpropagated-trace-context]
  // CHECK-MESSAGES: :[[@LINE-6]]:87: note: the incoming request's trace context arrives here
  http::response<http::string_body> res{http::status::ok, req.version()};
  // Writing the response back to the caller is not an outgoing request.
  return res;
}

void handleStock(const http::request<http::string_body> &req, http::response<http::string_body> &res,
                 tcp::socket &stock) {
  http::request<http::string_body> out{http::verb::get, "/stock", 11};
  out.set("traceparent", req["traceparent"]);
  http::write(stock, out);
  res.result(http::status::ok);
}

void respond(const http::request<http::string_body> &req, http::response<http::string_body> &res,
             tcp::socket &client) {
  http::write(client, res);
}

// Not a handler: a client's own entry point.
int main() {
  boost::asio::io_context ioc;
  tcp::socket socket(ioc);
  http::request<http::string_body> req{http::verb::get, "/health", 11};
  http::write(socket, req);
  return 0;
}
