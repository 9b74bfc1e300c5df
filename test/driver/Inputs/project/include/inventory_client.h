// A header included by two translation units: its finding is reported once.
#pragma once
#include <curl/curl.h>

inline int fetchFromHeader() {
  CURL *h = curl_easy_init();
  return curl_easy_perform(h);
}
