// RUN: %check_distlint %s distsys-missing-timeout %t -- -std=c++17 -I%stubs
// Drogon's HttpClient::sendRequest takes its timeout, in seconds, as its last argument; the default
// 0 disables it, so a request left to the default can wait forever. On our stubs of Drogon's
// headers (Debian 12 does not package the framework).
#include <drogon/drogon.h>

using namespace drogon;

void asyncWithoutTimeout(const HttpClientPtr &client) {
  auto req = HttpRequest::newHttpRequest();
  req->setPath("/inventory");
  client->sendRequest(req, [](ReqResult result, const HttpResponsePtr &resp) {});
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: 'drogon::HttpClient::sendRequest' without a timeout argument can wait forever: its default, 0, disables the timeout; pass a timeout in seconds [distsys-missing-timeout]
  // CHECK-MESSAGES: :[[@LINE-2]]:80: note: pass a timeout in seconds
}

int syncWithoutTimeout() {
  auto client = HttpClient::newHttpClient("http://inventory.internal:8080");
  auto req = HttpRequest::newHttpRequest();
  auto [result, resp] = client->sendRequest(req);
  // CHECK-MESSAGES: :[[@LINE-1]]:33: warning: 'drogon::HttpClient::sendRequest' without a timeout argument can wait forever
  // CHECK-MESSAGES: :[[@LINE-2]]:48: note: pass a timeout in seconds
  return result == ReqResult::Ok ? 0 : 1;
}

void explicitZero(HttpClient &client, const HttpRequestPtr &req) {
  client.sendRequest(req, [](ReqResult, const HttpResponsePtr &) {}, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:70: warning: 'drogon::HttpClient::sendRequest' with timeout 0 can wait forever: Drogon reads 0 as no timeout; pass a timeout in seconds
  constexpr double kNoTimeout = 0.0;
  client.sendRequest(req, kNoTimeout);
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: 'drogon::HttpClient::sendRequest' with timeout 0 can wait forever
}

// --- negatives ---------------------------------------------------------------------------------

void withTimeouts(const HttpClientPtr &client, const HttpRequestPtr &req, double configured) {
  client->sendRequest(req, [](ReqResult, const HttpResponsePtr &) {}, 5.0);
  client->sendRequest(req, 2);
  client->sendRequest(req, 0.5);
  // A value known only at run time: the configuration decides.
  client->sendRequest(req, configured);
}
