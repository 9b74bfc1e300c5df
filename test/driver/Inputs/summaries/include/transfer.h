// Helpers whose bodies live in other translation units: only their summaries say what they do.
#pragma once
#include <curl/curl.h>

void applyTimeout(CURL *h);      // helpers.cpp: sets CURLOPT_TIMEOUT_MS
void setUrl(CURL *h, const char *url); // helpers.cpp: only sets the URL
void prepare(CURL *h, const char *url); // helpers.cpp: setUrl, then defaults.cpp's applyDefaults
void prepareLoosely(CURL *h);    // helpers.cpp: setUrl only, through another helper
void registerHandle(CURL *h);    // declared, defined nowhere: may keep or configure the handle
void hand(CURL *h);              // helpers.cpp: hands it to registerHandle
void applyDefaults(CURL *h);     // defaults.cpp: sets a timeout, through a helper of its own

class Downloader {
public:
  Downloader();
  CURLcode fetch(const char *url);

private:
  CURL *curl_;
};
