#include "orders/payment_client.h"

#include <curl/curl.h>

#include <cstdio>

namespace orders {
namespace {

size_t appendToString(char *data, size_t size, size_t count, void *out) {
  static_cast<std::string *>(out)->append(data, size * count);
  return size * count;
}

// Every call to the provider that must finish within a request goes through here.
void applyProviderTimeouts(CURL *curl) {
  curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS, 500L);
  curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, 3000L);
}

} // namespace

std::optional<std::string> PaymentClient::charge(const std::string &cardToken,
                                                 std::int64_t amountCents,
                                                 const std::string &idempotencyKey) {
  CURL *curl = curl_easy_init();
  if (!curl)
    return std::nullopt;
  std::string url = baseUrl_ + "/v1/charges";
  std::string body = "source=" + cardToken + "&amount=" + std::to_string(amountCents);
  std::string keyHeader = "Idempotency-Key: " + idempotencyKey;
  curl_slist *headers = curl_slist_append(nullptr, keyHeader.c_str());
  std::string response;
  curl_easy_setopt(curl, CURLOPT_URL, url.c_str());
  curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
  curl_easy_setopt(curl, CURLOPT_POSTFIELDS, body.c_str());
  curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, appendToString);
  curl_easy_setopt(curl, CURLOPT_WRITEDATA, &response);
  // Only the TCP/TLS handshake is bounded: a provider that accepts the connection and then stalls
  // holds this request thread (and the customer) forever.
  curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS, 500L);
  CURLcode rc = curl_easy_perform(curl); // distlint-expect: distsys-missing-timeout
  long status = 0;
  curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
  curl_slist_free_all(headers);
  curl_easy_cleanup(curl);
  if (rc != CURLE_OK || status != 200)
    return std::nullopt;
  return response; // the provider answers with the charge id
}

bool PaymentClient::refund(const std::string &chargeId) {
  CURL *curl = curl_easy_init();
  if (!curl)
    return false;
  std::string url = baseUrl_ + "/v1/charges/" + chargeId + "/refund";
  curl_easy_setopt(curl, CURLOPT_URL, url.c_str());
  curl_easy_setopt(curl, CURLOPT_POST, 1L);
  curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE, 0L);
  applyProviderTimeouts(curl); // correct: bounded through the shared helper
  CURLcode rc = curl_easy_perform(curl);
  curl_easy_cleanup(curl);
  return rc == CURLE_OK;
}

bool PaymentClient::healthy() {
  CURL *curl = curl_easy_init();
  if (!curl)
    return false;
  std::string url = baseUrl_ + "/health";
  curl_easy_setopt(curl, CURLOPT_URL, url.c_str());
  curl_easy_setopt(curl, CURLOPT_NOBODY, 1L);
  curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, 200L); // correct: a probe must answer quickly
  bool ok = curl_easy_perform(curl) == CURLE_OK;
  curl_easy_cleanup(curl);
  return ok;
}

bool PaymentClient::downloadSettlementReport(const std::string &date, const std::string &path) {
  std::FILE *out = std::fopen(path.c_str(), "wb");
  if (!out)
    return false;
  CURL *curl = curl_easy_init();
  if (!curl) {
    std::fclose(out);
    return false;
  }
  std::string url = baseUrl_ + "/v1/reports/settlement/" + date;
  curl_easy_setopt(curl, CURLOPT_URL, url.c_str());
  curl_easy_setopt(curl, CURLOPT_WRITEDATA, out);
  // A total timeout would cut off big reports; a stalled transfer is bounded instead by aborting
  // below 1 KiB/s for 30 s. The finding is reviewed and silenced (SARIF keeps it as suppressed).
  curl_easy_setopt(curl, CURLOPT_LOW_SPEED_LIMIT, 1024L);
  curl_easy_setopt(curl, CURLOPT_LOW_SPEED_TIME, 30L);
  CURLcode rc = curl_easy_perform(curl); // NOLINT(distsys-missing-timeout): low-speed limit
  curl_easy_cleanup(curl);
  std::fclose(out);
  return rc == CURLE_OK;
}

} // namespace orders
