#include "arm.h"
#include <boost/beast/http.hpp>

namespace http = boost::beast::http;

void send(boost::asio::io_context &io, http::request<http::string_body> &req) {
  boost::beast::tcp_stream stream(io);
  armLowest(stream);
  http::async_write(stream, req, [](boost::beast::error_code, std::size_t) {});
}

void sendUnarmed(boost::asio::io_context &io, http::request<http::string_body> &req) {
  boost::beast::tcp_stream stream(io);
  http::async_write(stream, req, [](boost::beast::error_code, std::size_t) {});
}
