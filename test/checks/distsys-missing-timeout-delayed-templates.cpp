// RUN: %check_distlint %s distsys-missing-timeout %t -- -std=c++17 -fdelayed-template-parsing
// A command with -fdelayed-template-parsing (clang-cl, MSVC-compatible builds) would leave the
// bodies of templates nobody instantiates unparsed, so nothing in them would be analysed: the
// driver parses them anyway. The configured look-alike stays silent.
#include <curl/curl.h>

template <typename T> long fetchAll(T Items) {
  CURL *h = curl_easy_init();
  CURLcode rc = curl_easy_perform(h);
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: curl transfer on 'h' has no timeout; set CURLOPT_TIMEOUT_MS [distsys-missing-timeout]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: set a total transfer timeout
  return rc;
}

template <typename T> long fetchAllBounded(T Items) {
  CURL *h = curl_easy_init();
  curl_easy_setopt(h, CURLOPT_TIMEOUT_MS, 2000L);
  return curl_easy_perform(h);
}
