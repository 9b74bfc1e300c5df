// Non-ASCII text before a finding on its line: SARIF columns count UTF-16 code units.
#include <curl/curl.h>

int fetchCafé() {
  CURL *h = curl_easy_init();
  /* café 𝄞 */ return curl_easy_perform(h);
}
