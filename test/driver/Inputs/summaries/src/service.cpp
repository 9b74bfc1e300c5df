#include "transfer.h"

CURLcode unbounded(const char *url) {
  CURL *h = curl_easy_init();
  setUrl(h, url);
  return curl_easy_perform(h);
}

CURLcode unboundedThroughHelpers() {
  CURL *h = curl_easy_init();
  prepareLoosely(h);
  return curl_easy_perform(h);
}

CURLcode boundedElsewhere(const char *url) {
  CURL *h = curl_easy_init();
  setUrl(h, url);
  applyTimeout(h);
  return curl_easy_perform(h);
}

CURLcode boundedTwoFilesAway(const char *url) {
  CURL *h = curl_easy_init();
  prepare(h, url);
  return curl_easy_perform(h);
}

CURLcode outOfSight() {
  CURL *h = curl_easy_init();
  hand(h);
  return curl_easy_perform(h);
}

Downloader::Downloader() : curl_(curl_easy_init()) { setUrl(curl_, "http://inventory.internal"); }
CURLcode Downloader::fetch(const char *url) {
  setUrl(curl_, url);
  return curl_easy_perform(curl_);
}

// A file-local helper that bounds its handle parameter through a helper in another file.
static CURLcode performBounded(CURL *h) {
  applyTimeout(h);
  return curl_easy_perform(h);
}
CURLcode boundedInFileLocalHelper() {
  CURL *h = curl_easy_init();
  return performBounded(h);
}
