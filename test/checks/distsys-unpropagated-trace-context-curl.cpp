// RUN: %check_distlint %s distsys-unpropagated-trace-context %t -- -std=c++17
#include <curl/curl.h>
#include <httplib.h>
#include <string>

void notifyShipping(const httplib::Request &req, httplib::Response &res) {
  CURL *h = curl_easy_init();
  curl_easy_setopt(h, CURLOPT_URL, "http://shipping.internal/notify");
  curl_easy_setopt(h, CURLOPT_TIMEOUT_MS, 2000L);
  struct curl_slist *headers = nullptr;
  headers = curl_slist_append(headers, "Content-Type: application/json");
  curl_easy_setopt(h, CURLOPT_HTTPHEADER, headers);
  res.status = curl_easy_perform(h) == CURLE_OK ? 200 : 502;
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: outgoing curl transfer 'curl_easy_perform' in handler 'notifyShipping' does not propagate trace context; add a 'traceparent' header to CURLOPT_HTTPHEADER or inject the current context into the header list [distsys-unpropagated-trace-context]
  // CHECK-MESSAGES: :[[@LINE-9]]:45: note: the incoming request's trace context arrives here
  curl_slist_free_all(headers);
  curl_easy_cleanup(h);
}

#define DISTLINT_HANDLER [[clang::annotate("distlint::handler")]]

// A handler of an in-house framework, marked with the annotation.
DISTLINT_HANDLER int onMessage(const std::string &payload) {
  CURL *h = curl_easy_init();
  curl_easy_setopt(h, CURLOPT_POSTFIELDS, payload.c_str());
  int rc = curl_easy_perform(h);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: outgoing curl transfer 'curl_easy_perform' in handler 'onMessage' does not propagate
  // CHECK-MESSAGES: :[[@LINE-5]]:22: note: 'onMessage' handles an incoming request
  curl_easy_cleanup(h);
  return rc;
}

// Negatives: the correct versions.
void forwardsTraceparent(const httplib::Request &req, httplib::Response &res) {
  CURL *h = curl_easy_init();
  struct curl_slist *headers = nullptr;
  headers = curl_slist_append(headers, ("traceparent: " + req.get_header_value("traceparent")).c_str());
  curl_easy_setopt(h, CURLOPT_HTTPHEADER, headers);
  res.status = curl_easy_perform(h) == CURLE_OK ? 200 : 502;
  curl_slist_free_all(headers);
  curl_easy_cleanup(h);
}

void headerBuiltFirst(const httplib::Request &req, httplib::Response &res) {
  CURL *h = curl_easy_init();
  std::string line = "TRACEPARENT: " + req.get_header_value("traceparent");
  struct curl_slist *headers = curl_slist_append(nullptr, line.c_str());
  curl_easy_setopt(h, CURLOPT_HTTPHEADER, headers);
  curl_easy_perform(h);
}

// The handle comes from elsewhere: whoever configured it may have set the headers.
void performPrepared(const httplib::Request &req, httplib::Response &res, CURL *prepared) {
  curl_easy_perform(prepared);
}

// Not a handler: a batch job.
int nightlySync() {
  CURL *h = curl_easy_init();
  curl_easy_setopt(h, CURLOPT_URL, "http://warehouse.internal/sync");
  int rc = curl_easy_perform(h);
  curl_easy_cleanup(h);
  return rc;
}

// A parameter named like a span of time is not trace context.
int refreshCache(int lifespan) {
  CURL *h = curl_easy_init();
  curl_easy_setopt(h, CURLOPT_TIMEOUT, static_cast<long>(lifespan));
  return curl_easy_perform(h);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: outgoing curl transfer 'curl_easy_perform' in handler 'refreshHandler' does not propagate trace context
}

// A parameter named for the trace context is.
int forward(const std::string &traceparent) {
  CURL *h = curl_easy_init();
  return curl_easy_perform(h);
}

void refreshHandler(const httplib::Request &req, httplib::Response &res) {
  res.status = refreshCache(30) == 0 ? 200 : 502;
  // CHECK-MESSAGES: :[[@LINE-1]]:16: note: 'refreshHandler' calls 'refreshCache' here without passing the request's trace context
  // CHECK-MESSAGES: :[[@LINE-3]]:45: note: the incoming request's trace context arrives here
  forward(req.get_header_value("traceparent"));
}
