// A Latin-1 byte (not UTF-8) in a comment on a reported line.
#include <curl/curl.h>
int f() {
  CURL *h = curl_easy_init();
  /* café */ return curl_easy_perform(h);
}
