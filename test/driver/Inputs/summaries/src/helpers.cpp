#include "transfer.h"

void applyTimeout(CURL *h) { curl_easy_setopt(h, CURLOPT_TIMEOUT_MS, 1000L); }
void setUrl(CURL *h, const char *url) { curl_easy_setopt(h, CURLOPT_URL, url); }
void prepare(CURL *h, const char *url) {
  setUrl(h, url);
  applyDefaults(h);
}
static void setVerbose(CURL *h) { curl_easy_setopt(h, CURLOPT_VERBOSE, 1L); }
void prepareLoosely(CURL *h) {
  setVerbose(h);
  setUrl(h, "http://inventory.internal/items");
}
void hand(CURL *h) { registerHandle(h); }
