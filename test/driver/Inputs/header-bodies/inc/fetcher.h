// Bodies in a project header: a constructor and a helper that bound the handle.
#pragma once
#include <curl/curl.h>

inline void boundTransfer(CURL *h) { curl_easy_setopt(h, CURLOPT_TIMEOUT_MS, 3000L); }

class Fetcher {
public:
  Fetcher() : curl_(curl_easy_init()) { curl_easy_setopt(curl_, CURLOPT_TIMEOUT, 10L); }
  CURLcode fetch(const char *url);

private:
  CURL *curl_;
};

class LooseFetcher {
public:
  LooseFetcher() : curl_(curl_easy_init()) { curl_easy_setopt(curl_, CURLOPT_VERBOSE, 1L); }
  CURLcode fetch(const char *url);

private:
  CURL *curl_;
};
