#include "transfer.h"

static void bound(CURL *h, long ms) { curl_easy_setopt(h, CURLOPT_TIMEOUT_MS, ms); }
void applyDefaults(CURL *h) { bound(h, 5000L); }
