// RUN: %check_distlint %s distsys-missing-timeout %t -- -std=c++17
#include <boost/asio.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl.hpp>
#include <chrono>
#include <memory>
#include <string>

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = asio::ip::tcp;

// Synchronous I/O on a plain socket can never time out.
std::string syncFetch(asio::io_context &io, const tcp::resolver::results_type &endpoints) {
  tcp::socket socket(io);
  asio::connect(socket, endpoints);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: synchronous 'boost::asio::connect' on socket 'socket' can never time out; use the async operation on a boost::beast::tcp_stream with expires_after [distsys-missing-timeout]
  asio::write(socket, asio::buffer(std::string("PING\r\n")));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: synchronous 'boost::asio::write' on socket 'socket'
  asio::streambuf buf;
  asio::read_until(socket, buf, "\r\n");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: synchronous 'boost::asio::read_until' on socket 'socket'
  char raw[64];
  socket.read_some(asio::buffer(raw));
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: synchronous 'boost::asio::basic_stream_socket::read_some' on socket 'socket'
  return {};
}

void syncMembers(tcp::socket &socket, const tcp::endpoint &ep) {
  socket.connect(ep);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: synchronous 'boost::asio::basic_stream_socket::connect' on socket 'socket'
  socket.send(asio::buffer("x", 1));
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: synchronous 'boost::asio::basic_stream_socket::send' on socket 'socket'
}

void syncBeastOnSocket(tcp::socket &socket) {
  http::request<http::string_body> req{http::verb::get, "/items", 11};
  http::write(socket, req);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: synchronous 'boost::beast::http::write' on socket 'socket'
  beast::flat_buffer buffer;
  http::response<http::string_body> res;
  http::read(socket, buffer, res);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: synchronous 'boost::beast::http::read' on socket 'socket'
}

// A beast::tcp_stream's expiry bounds asynchronous operations only: synchronous ones on it wait
// forever, armed or not (seen in Beast's own synchronous client examples).
void syncOnTcpStream(asio::io_context &io, const tcp::resolver::results_type &endpoints,
                     http::request<http::string_body> &req) {
  beast::tcp_stream stream(io);
  stream.expires_after(std::chrono::seconds(30));
  stream.connect(endpoints);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: synchronous 'boost::beast::basic_stream::connect' on stream 'stream' ignores its expiry and can never time out (a beast::tcp_stream times out asynchronous operations only); use the async operation with expires_after [distsys-missing-timeout]
  http::write(stream, req);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: synchronous 'boost::beast::http::write' on stream 'stream' ignores its expiry
  beast::flat_buffer buffer;
  http::response<http::string_body> res;
  http::read(stream, buffer, res);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: synchronous 'boost::beast::http::read' on stream 'stream' ignores its expiry
  // The asynchronous form with an expiry is the correct one.
  http::async_read(stream, buffer, res, [](beast::error_code, std::size_t) {});
}

// Asynchronous operations on a beast::tcp_stream time out only after expires_after.
void asyncNoExpiry(asio::io_context &io, const tcp::resolver::results_type &endpoints) {
  beast::tcp_stream stream(io);
  stream.async_connect(endpoints, [](beast::error_code, const tcp::endpoint &) {});
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: asynchronous 'boost::beast::basic_stream::async_connect' on stream 'stream' has no deadline; call expires_after(...) on the stream before it [distsys-missing-timeout]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: arm the stream's timer
}

void expiryOnlyAfter(asio::io_context &io, http::request<http::string_body> &req) {
  beast::tcp_stream stream(io);
  http::async_write(stream, req, [](beast::error_code, std::size_t) {});
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: asynchronous 'boost::beast::http::async_write' on stream 'stream' has no deadline
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: arm the stream's timer
  stream.expires_after(std::chrono::seconds(5));
}

void sslNoExpiry(asio::io_context &io, asio::ssl::context &tls) {
  beast::ssl_stream<beast::tcp_stream> stream(io, tls);
  stream.async_handshake(asio::ssl::stream_base::client, [](beast::error_code) {});
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: asynchronous 'boost::beast::ssl_stream::async_handshake' on stream 'stream' has no deadline
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: arm the stream's timer
}

class Session : public std::enable_shared_from_this<Session> {
public:
  explicit Session(asio::io_context &io) : stream_(io), idle_(io) {}
  void read() {
    http::async_read(stream_, buffer_, res_, [](beast::error_code, std::size_t) {});
  }
  void readIdle() {
    http::async_read(idle_, buffer_, res_, [](beast::error_code, std::size_t) {});
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: asynchronous 'boost::beast::http::async_read' on stream 'idle_' has no deadline
    // CHECK-MESSAGES: :[[@LINE-2]]:5: note: arm the stream's timer
  }
  void arm();

private:
  beast::tcp_stream stream_;
  beast::tcp_stream idle_;
  beast::flat_buffer buffer_;
  http::response<http::string_body> res_;
};
// Another method of the class arms stream_ (precision first for members).
void Session::arm() { stream_.expires_after(std::chrono::seconds(30)); }

// Negatives: the correct versions of the pattern and look-alikes.
void asyncWithExpiry(asio::io_context &io, http::request<http::string_body> &req,
                     const tcp::resolver::results_type &endpoints) {
  beast::tcp_stream stream(io);
  stream.expires_after(std::chrono::seconds(5));
  stream.async_connect(endpoints, [&](beast::error_code, const tcp::endpoint &) {
    http::async_write(stream, req, [](beast::error_code, std::size_t) {});
  });
}

void sslWithLowestLayerExpiry(asio::io_context &io, asio::ssl::context &tls,
                              http::request<http::string_body> &req) {
  beast::ssl_stream<beast::tcp_stream> stream(io, tls);
  beast::get_lowest_layer(stream).expires_after(std::chrono::seconds(10));
  stream.async_handshake(asio::ssl::stream_base::client, [](beast::error_code) {});
  http::async_write(stream, req, [](beast::error_code, std::size_t) {});
}

void expiresAt(asio::io_context &io) {
  beast::tcp_stream stream(io);
  stream.expires_at(std::chrono::steady_clock::now() + std::chrono::seconds(3));
  char raw[16];
  stream.async_read_some(asio::buffer(raw), [](beast::error_code, std::size_t) {});
}

void armedByCaller(beast::tcp_stream &stream, http::request<http::string_body> &req) {
  http::async_write(stream, req, [](beast::error_code, std::size_t) {});
}

void configure(beast::tcp_stream &stream);
void escapesToHelper(asio::io_context &io, http::request<http::string_body> &req) {
  beast::tcp_stream stream(io);
  configure(stream); // may arm the timer: precision first
  http::async_write(stream, req, [](beast::error_code, std::size_t) {});
}

void asyncOnPlainSocket(tcp::socket &socket) {
  // Asio's own async operations are bounded by the caller's timers; not this check's business.
  char raw[16];
  socket.async_read_some(asio::buffer(raw), [](boost::system::error_code, std::size_t) {});
}

void nonBlockingSocket(tcp::socket &socket) {
  socket.non_blocking(true);
  char raw[16];
  boost::system::error_code ec;
  socket.read_some(asio::buffer(raw), ec); // returns would_block instead of waiting
}

class PollingReader {
public:
  explicit PollingReader(asio::io_context &io) : socket_(io) { socket_.non_blocking(true); }
  std::size_t poll(char *out, std::size_t n, boost::system::error_code &ec) {
    return socket_.read_some(asio::buffer(out, n), ec); // non-blocking member: fine
  }

private:
  tcp::socket socket_;
};

class BlockingReader {
public:
  explicit BlockingReader(asio::io_context &io) : socket_(io) {}
  std::size_t read(char *out, std::size_t n) { return socket_.read_some(asio::buffer(out, n)); }
  // CHECK-MESSAGES: :[[@LINE-1]]:63: warning: synchronous 'boost::asio::basic_stream_socket::read_some' on socket 'socket_' can never time out

private:
  tcp::socket socket_;
};

void syncOnStreamParameter(beast::tcp_stream &stream, http::request<http::string_body> &req) {
  // Wherever the stream comes from, its expiry cannot bound a synchronous write.
  http::write(stream, req);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: synchronous 'boost::beast::http::write' on stream 'stream' ignores its expiry
}

template <typename Stream> void writeAll(Stream &s, const std::string &data) {
  asio::write(s, asio::buffer(data));
}
template void writeAll(asio::posix::stream_descriptor &, const std::string &);

void suppressed(tcp::socket &socket) {
  socket.connect(tcp::endpoint()); // NOLINT(distsys-missing-timeout)
}
