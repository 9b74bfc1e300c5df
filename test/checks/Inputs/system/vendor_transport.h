// A third-party header included as a system header: its code is not the user's to fix.
#pragma once
#include <curl/curl.h>
#include <hiredis/hiredis.h>
#include <librdkafka/rdkafka.h>

inline int vendorFetch() {
  CURL *h = curl_easy_init();
  return curl_easy_perform(h);
}
inline redisContext *vendorRedis() {
  redisContext *c = redisConnect("localhost", 6379);
  redisFree(c);
  return nullptr;
}
inline void vendorFlush(rd_kafka_t *rk) { rd_kafka_flush(rk, -1); }
