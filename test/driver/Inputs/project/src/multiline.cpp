// The statement starts a line above the call: the fix note is a second site (relatedLocations,
// codeFlows in SARIF).
#include <curl/curl.h>

int fetchSplit() {
  CURL *h = curl_easy_init();
  return
      curl_easy_perform(h);
}
