// RUN: %check_distlint %s distsys-missing-timeout %t -- -std=c++17
// The suggested timeout is attached to a note: --fix must not apply it (the value is a policy
// decision), but IDEs offer it as a quick fix.
#include <curl/curl.h>

int noTimeout() {
  CURL *h = curl_easy_init();
  return curl_easy_perform(h);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: curl transfer on 'h' has no timeout
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: set a total transfer timeout
  // CHECK-FIXES: {{^}}  return curl_easy_perform(h);{{$}}
}
