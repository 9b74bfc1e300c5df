#include "fetcher.h"
#include <transfer_defaults.h>

CURLcode Fetcher::fetch(const char *url) {
  curl_easy_setopt(curl_, CURLOPT_URL, url);
  return curl_easy_perform(curl_);
}

CURLcode LooseFetcher::fetch(const char *url) {
  curl_easy_setopt(curl_, CURLOPT_URL, url);
  return curl_easy_perform(curl_);
}

CURLcode boundByProjectHelper() {
  CURL *h = curl_easy_init();
  boundTransfer(h);
  return curl_easy_perform(h);
}

CURLcode boundBySystemHelper() {
  CURL *h = curl_easy_init();
  defaultTimeouts(h);
  return curl_easy_perform(h);
}

CURLcode unbounded() {
  CURL *h = curl_easy_init();
  return curl_easy_perform(h);
}

#include "factory.h"

CURLcode fromProjectFactory(const char *url) {
  CURL *h = makeHandle(url);
  return curl_easy_perform(h);
}
