// Clients whose library default timeout is finite are reported only with FlagLibraryDefaults.
// Default: nothing at all (check_distlint needs at least one expectation, so count directly).
// RUN: %distlint --checks=-*,distsys-missing-timeout %s -- -std=c++17 2>&1 \
// RUN:   | FileCheck --check-prefix=DEFAULT --implicit-check-not=warning: %s
// DEFAULT: 1 file(s) analysed, 0 finding(s)
// RUN: %check_distlint --check-suffix=DEFAULTS \
// RUN:   --config-file=%S/Inputs/missing-timeout-library-defaults.clang-tidy \
// RUN:   %s distsys-missing-timeout %t -- -std=c++17
#include <chrono>
#include <cpprest/http_client.h>
#include <httplib.h>

using web::http::methods;
using web::http::client::http_client;
using web::http::client::http_client_config;

int httplibDefaults() {
  httplib::Client cli("http://inventory.internal");
  auto res = cli.Get("/items");
  // CHECK-MESSAGES-DEFAULTS: :[[@LINE-1]]:18: warning: httplib request on 'cli' relies on the library's default timeouts; call cli.set_read_timeout(...) and cli.set_connection_timeout(...) [distsys-missing-timeout]
  return res ? res->status : -1;
}

void httplibPost() {
  httplib::Client cli("inventory.internal", 8080);
  cli.Post("/items", "{}", "application/json");
  // CHECK-MESSAGES-DEFAULTS: :[[@LINE-1]]:7: warning: httplib request on 'cli' relies on the library's default timeouts
}

void cpprestDefaults() {
  http_client client(U("http://inventory.internal"));
  client.request(methods::GET, U("/items")).wait();
  // CHECK-MESSAGES-DEFAULTS: :[[@LINE-1]]:10: warning: http_client request on 'client' relies on the library's default timeout; pass an http_client_config with set_timeout(...) to its constructor
}

void cpprestConfigWithoutTimeout() {
  http_client_config config;
  config.set_validate_certificates(true);
  http_client client(U("https://inventory.internal"), config);
  client.request(methods::GET).wait();
  // CHECK-MESSAGES-DEFAULTS: :[[@LINE-1]]:10: warning: http_client request on 'client' relies on the library's default timeout
}

// Negatives, also with the option: explicit timeouts and clients we cannot see.
int httplibExplicit() {
  httplib::Client cli("http://inventory.internal");
  cli.set_connection_timeout(0, 300000);
  cli.set_read_timeout(std::chrono::seconds(2));
  auto res = cli.Get("/items");
  return res ? res->status : -1;
}

void httplibFromCaller(httplib::Client &cli) { cli.Get("/items"); }

void cpprestExplicit() {
  http_client_config config;
  config.set_timeout(std::chrono::seconds(3));
  http_client client(U("http://inventory.internal"), config);
  client.request(methods::GET).wait();
}

void cpprestConfigFromCaller(const http_client_config &config) {
  http_client client(U("http://inventory.internal"), config);
  client.request(methods::GET).wait();
}

void cpprestClientFromCaller(http_client &client) { client.request(methods::GET).wait(); }
