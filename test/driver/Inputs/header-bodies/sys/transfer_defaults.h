// A helper in a header found through -isystem.
#pragma once
#include <curl/curl.h>

inline void defaultTimeouts(CURL *h) { curl_easy_setopt(h, CURLOPT_TIMEOUT, 30L); }
