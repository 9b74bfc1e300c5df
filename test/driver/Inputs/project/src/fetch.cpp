// Two transfers without a timeout, one of them silenced with NOLINT, and compiler noise.
#include <curl/curl.h>

int fetchInventory() {
  int unused = 0;
  CURL *h = curl_easy_init();
  curl_easy_setopt(h, CURLOPT_URL, "http://inventory.internal/items");
  return curl_easy_perform(h);
}

int fetchLegacy() {
  CURL *h = curl_easy_init();
  return curl_easy_perform(h); // NOLINT(distsys-missing-timeout)
}
