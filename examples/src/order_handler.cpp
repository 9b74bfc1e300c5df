// distsys-unpropagated-trace-context: the orders service's REST front door (cpp-httplib) calls the
// inventory service (cpp-httplib client) and the shipping service (libcurl) while handling a
// request. POST /orders drops the caller's trace context on both calls; POST /v2/orders forwards
// the W3C 'traceparent' and 'tracestate' headers, so the trace continues downstream.
#include <curl/curl.h>
#include <httplib.h>

#include <string>

namespace {

httplib::Headers traceHeaders(const httplib::Request &incoming) {
  httplib::Headers headers;
  for (const char *name : {"traceparent", "tracestate"})
    if (incoming.has_header(name))
      headers.emplace(name, incoming.get_header_value(name));
  return headers;
}

// Finding: nothing of the incoming request reaches this helper, so its call starts a new trace.
bool notifyShipping(const std::string &orderId) {
  CURL *curl = curl_easy_init();
  if (!curl)
    return false;
  std::string url = "http://shipping.internal/notify/" + orderId;
  curl_easy_setopt(curl, CURLOPT_URL, url.c_str());
  curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, 2000L);
  bool ok = curl_easy_perform(curl) == CURLE_OK; // distlint-expect: distsys-unpropagated-trace-context
  curl_easy_cleanup(curl);
  return ok;
}

// Correct: the helper is handed the incoming request and forwards its trace context.
bool notifyShippingTraced(const httplib::Request &incoming, const std::string &orderId) {
  CURL *curl = curl_easy_init();
  if (!curl)
    return false;
  std::string url = "http://shipping.internal/notify/" + orderId;
  curl_easy_setopt(curl, CURLOPT_URL, url.c_str());
  curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, 2000L);
  std::string traceparent = "traceparent: " + incoming.get_header_value("traceparent");
  struct curl_slist *headers = curl_slist_append(nullptr, traceparent.c_str());
  curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
  bool ok = curl_easy_perform(curl) == CURLE_OK;
  curl_slist_free_all(headers);
  curl_easy_cleanup(curl);
  return ok;
}

} // namespace

void registerOrderRoutes(httplib::Server &server) {
  server.Post("/orders", [](const httplib::Request &req, httplib::Response &res) {
    httplib::Client inventory("http://inventory.internal:8080");
    inventory.set_read_timeout(2, 0);
    // Finding: the reservation request carries no trace context.
    auto reserved = inventory.Post("/reserve", req.body, "application/json"); // distlint-expect: distsys-unpropagated-trace-context
    if (!reserved || reserved->status != 200) {
      res.status = 409;
      return;
    }
    res.status = notifyShipping(reserved->body) ? 201 : 502;
  });

  server.Post("/v2/orders", [](const httplib::Request &req, httplib::Response &res) {
    httplib::Client inventory("http://inventory.internal:8080");
    inventory.set_read_timeout(2, 0);
    auto reserved = inventory.Post("/reserve", traceHeaders(req), req.body, "application/json");
    if (!reserved || reserved->status != 200) {
      res.status = 409;
      return;
    }
    res.status = notifyShippingTraced(req, reserved->body) ? 201 : 502;
  });
}
