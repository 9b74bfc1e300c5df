// RUN: %check_distlint %s distsys-missing-timeout %t -- -std=c++17
#include <curl/curl.h>

void configure(CURL *h) { curl_easy_setopt(h, CURLOPT_TIMEOUT_MS, 500L); }
void configureDeeper(CURL *h) { configure(h); }
void opaque(CURL *h);

int noTimeout() {
  CURL *h = curl_easy_init();
  curl_easy_setopt(h, CURLOPT_URL, "http://inventory.internal/items");
  CURLcode rc = curl_easy_perform(h);
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: curl transfer on 'h' has no timeout; set CURLOPT_TIMEOUT_MS [distsys-missing-timeout]
  curl_easy_cleanup(h);
  return rc;
}

int connectTimeoutOnly() {
  CURL *h = curl_easy_init();
  // A connect timeout bounds the handshake, not the transfer.
  curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT_MS, 200L);
  return curl_easy_perform(h);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: curl transfer on 'h' has no timeout
}

int assignedLater() {
  CURL *handle = nullptr;
  handle = curl_easy_init();
  return curl_easy_perform(handle);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: curl transfer on 'handle' has no timeout
}

// Negatives: the correct versions of the pattern.
int withTimeout() {
  CURL *h = curl_easy_init();
  curl_easy_setopt(h, CURLOPT_TIMEOUT, 5L);
  return curl_easy_perform(h);
}

int withTimeoutMs() {
  CURL *h = curl_easy_init();
  curl_easy_setopt(h, CURLOPT_TIMEOUT_MS, 5000L);
  return curl_easy_perform(h);
}

int configuredInHelper() {
  CURL *h = curl_easy_init();
  configureDeeper(h);
  return curl_easy_perform(h);
}

int escapesToUnknownCode() {
  CURL *h = curl_easy_init();
  opaque(h);
  return curl_easy_perform(h);
}

int parameterConfiguredByCaller(CURL *h) { return curl_easy_perform(h); }

int optionFromVariable(CURLoption option) {
  CURL *h = curl_easy_init();
  curl_easy_setopt(h, option, 5L); // could be a timeout: precision first
  return curl_easy_perform(h);
}

int suppressed() {
  CURL *h = curl_easy_init();
  return curl_easy_perform(h); // NOLINT(distsys-missing-timeout)
}

// The multi interface: an easy handle added to a multi handle is transferred by the multi loop,
// bounded only by its own CURLOPT_TIMEOUT.
void multiNoTimeout(CURLM *multi) {
  CURL *h = curl_easy_init();
  curl_easy_setopt(h, CURLOPT_URL, "http://inventory.internal/items");
  curl_multi_add_handle(multi, h);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: curl transfer on 'h' has no timeout; set CURLOPT_TIMEOUT_MS
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: set a total transfer timeout
  int running = 0;
  curl_multi_perform(multi, &running);
}

void multiWithTimeout(CURLM *multi) {
  CURL *h = curl_easy_init();
  curl_easy_setopt(h, CURLOPT_TIMEOUT_MS, 3000L);
  curl_multi_add_handle(multi, h);
}

// Unevaluated operands (libcurl's type-checking macros expand to sizeof and typeof of the value)
// and a cast to callback data do not let the handle escape.
struct Tracker {
  CURL *easy;
};
size_t onData(char *, size_t size, size_t n, void *) { return size * n; }

CURLcode handleAsCallbackData() {
  CURL *h = curl_easy_init();
  static_assert(sizeof(h) == sizeof(void *), "a pointer");
  curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, onData);
  curl_easy_setopt(h, CURLOPT_WRITEDATA, static_cast<void *>(h));
  return curl_easy_perform(h);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: curl transfer on 'h' has no timeout
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: set a total transfer timeout
}

CURLcode handleStoredThroughCast(Tracker &t) {
  CURL *h = curl_easy_init();
  t.easy = static_cast<CURL *>(static_cast<void *>(h)); // stored: configured elsewhere, maybe
  return curl_easy_perform(h);
}

// Arrays of handles: an element stands for the array (a timeout on one element counts for all).
void multiArrayNoTimeout(CURLM *multi) {
  CURL *handles[2];
  for (int i = 0; i < 2; i++)
    handles[i] = curl_easy_init();
  curl_easy_setopt(handles[0], CURLOPT_URL, "http://inventory.internal/a");
  for (int i = 0; i < 2; i++)
    curl_multi_add_handle(multi, handles[i]);
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: curl transfer on 'handles' has no timeout
}

void multiArrayWithTimeout(CURLM *multi) {
  CURL *handles[2];
  for (int i = 0; i < 2; i++) {
    handles[i] = curl_easy_init();
    curl_easy_setopt(handles[i], CURLOPT_TIMEOUT_MS, 2000L);
  }
  for (int i = 0; i < 2; i++)
    curl_multi_add_handle(multi, handles[i]);
}

// A handle parameter of a function only this file can call: judged from its callers.
static CURLcode upload(CURL *h, const char *url) {
  curl_easy_setopt(h, CURLOPT_URL, url);
  curl_easy_setopt(h, CURLOPT_UPLOAD, 1L);
  return curl_easy_perform(h);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: curl transfer on 'h' has no timeout
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: set a total transfer timeout
}

int uploadBoth() {
  CURL *first = curl_easy_init();
  CURL *second = curl_easy_init();
  return upload(first, "ftp://files.internal/a") + upload(second, "ftp://files.internal/b");
}

static CURLcode download(CURL *h) { return curl_easy_perform(h); }

int downloadBounded() {
  CURL *h = curl_easy_init();
  curl_easy_setopt(h, CURLOPT_TIMEOUT, 20L);
  return download(h);
}

namespace {
CURLcode transfer(CURL *h) { return curl_easy_perform(h); }
} // namespace

// One caller we can see passes an unbounded handle, another a bounded one: not reported.
int transferMixed() {
  CURL *bounded = curl_easy_init();
  curl_easy_setopt(bounded, CURLOPT_TIMEOUT, 20L);
  CURL *unbounded = curl_easy_init();
  return transfer(bounded) + transfer(unbounded);
}

// Its address is taken: other callers may exist.
static CURLcode viaPointer(CURL *h) { return curl_easy_perform(h); }
CURLcode (*const TransferHook)(CURL *) = viaPointer;
int callViaPointer() { return viaPointer(curl_easy_init()); }

// Callable from other files: its callers are out of sight.
CURLcode performShared(CURL *h) { return curl_easy_perform(h); }
