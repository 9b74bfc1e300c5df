// Does not compile: distlint cannot analyse it and must say so (exit code 3).
#include <curl/curl.h>

int fetchBroken() {
  CURL *h = curl_easy_init();
  return curl_easy_perform(h) + undeclared_identifier;
}
