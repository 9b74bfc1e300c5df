#include "orders/http_client.h"

#include <curl/curl.h>

namespace orders::http {
namespace {

size_t appendToString(char *data, size_t size, size_t count, void *out) {
  static_cast<std::string *>(out)->append(data, size * count);
  return size * count;
}

} // namespace

Response Client::send(const Request &request) {
  Response response;
  CURL *curl = curl_easy_init();
  if (!curl)
    return response;
  curl_slist *headers = nullptr;
  for (const std::string &line : request.headers())
    headers = curl_slist_append(headers, line.c_str());
  curl_easy_setopt(curl, CURLOPT_URL, request.url().c_str());
  curl_easy_setopt(curl, CURLOPT_CUSTOMREQUEST, request.method().c_str());
  curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
  if (!request.body().empty())
    curl_easy_setopt(curl, CURLOPT_POSTFIELDS, request.body().c_str());
  curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, appendToString);
  curl_easy_setopt(curl, CURLOPT_WRITEDATA, &response.body);
  // The caller's timeout (0 = none) is passed through; whether callers set one is checked at the
  // call sites, through the in-house model.
  curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, static_cast<long>(request.timeout().count()));
  if (curl_easy_perform(curl) == CURLE_OK)
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &response.status);
  curl_slist_free_all(headers);
  curl_easy_cleanup(curl);
  return response;
}

} // namespace orders::http
