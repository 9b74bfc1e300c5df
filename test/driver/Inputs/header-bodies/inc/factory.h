#pragma once
#include <curl/curl.h>

// Makes a handle and returns it, with no timeout.
inline CURL *makeHandle(const char *url) {
  CURL *h = curl_easy_init();
  if (!h)
    return nullptr;
  curl_easy_setopt(h, CURLOPT_URL, url);
  return h;
}
