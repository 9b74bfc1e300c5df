// RUN: %check_distlint %s distsys-missing-timeout %t -- -std=c++17 -I%stubs
// Many calls on one handle without a timeout are one missing setting: one finding, at the first
// use, with the other uses as notes. Different handles, and creations, stay separate findings.
#include <cpr/cpr.h>
#include <curl/curl.h>
#include <hiredis/hiredis.h>

// A member session used by several methods, defined out of order: the finding is at the first use
// in the file, the others are its notes.
class CatalogClient {
public:
  cpr::Response items() {
    session_.SetUrl(cpr::Url{"http://catalog.internal/items"});
    return session_.Get();
    // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: cpr request 'Get' on session 'session_' has no timeout
    // CHECK-MESSAGES: :[[@LINE-2]]:5: note: set a total request timeout
  }
  cpr::Response prices();
  cpr::Response stock() {
    session_.SetUrl(cpr::Url{"http://catalog.internal/stock"});
    return session_.Get();
    // CHECK-MESSAGES: :[[@LINE-1]]:21: note: 'Get' also uses 'session_'
  }

private:
  cpr::Session session_;
};

cpr::Response CatalogClient::prices() {
  session_.SetUrl(cpr::Url{"http://catalog.internal/prices"});
  return session_.Post();
  // CHECK-MESSAGES: :[[@LINE-1]]:19: note: 'Post' also uses 'session_'
}

// Two handles in one function: two findings, each with its own notes.
void twoHandles() {
  CURL *orders = curl_easy_init();
  CURL *billing = curl_easy_init();
  curl_easy_perform(orders);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: curl transfer on 'orders' has no timeout
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: set a total transfer timeout
  curl_easy_perform(orders);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: 'curl_easy_perform' also uses 'orders'
  curl_easy_perform(billing);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: curl transfer on 'billing' has no timeout
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: set a total transfer timeout
  curl_easy_perform(billing);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: 'curl_easy_perform' also uses 'billing'
}

// Look-alike: one of the two handles has a timeout; only the other is reported, once.
void oneConfigured() {
  CURL *fast = curl_easy_init();
  curl_easy_setopt(fast, CURLOPT_TIMEOUT_MS, 500L);
  CURL *slow = curl_easy_init();
  curl_easy_perform(fast);
  curl_easy_perform(slow);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: curl transfer on 'slow' has no timeout
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: set a total transfer timeout
  curl_easy_perform(fast);
  curl_easy_perform(slow);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: 'curl_easy_perform' also uses 'slow'
}

// Look-alike: every creation of a connection needs its own fix, so each is its own finding even
// when both are stored in one variable.
void reconnect(bool primary) {
  redisContext *c = nullptr;
  if (primary)
    c = redisConnect("primary.cache.internal", 6379);
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: redis connection 'c' opened with 'redisConnect' has no timeout
  else
    c = redisConnect("replica.cache.internal", 6379);
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: redis connection 'c' opened with 'redisConnect' has no timeout
  redisCommand(c, "GET stock");
  redisFree(c);
}
