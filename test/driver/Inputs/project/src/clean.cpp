// A transfer with a timeout: nothing to report. The unused variable is compiler noise (-Wall)
// that must never reach distlint's output.
#include <curl/curl.h>

int fetchWithTimeout() {
  int unused = 0;
  CURL *h = curl_easy_init();
  curl_easy_setopt(h, CURLOPT_TIMEOUT_MS, 500L);
  return curl_easy_perform(h);
}
