// RUN: %check_distlint %s distsys-missing-timeout %t -- -std=c++17 -I%stubs
// redis-plus-plus leaves socket_timeout (and connect_timeout) at 0, which means no timeout: a
// command waits for its reply as long as the server or the network takes. On our stub of
// sw/redis++/redis++.h (Debian 12 does not package the library).
#include <sw/redis++/redis++.h>
#include <chrono>

using namespace std::chrono_literals;

void optionsWithoutTimeout() {
  sw::redis::ConnectionOptions opts;
  opts.host = "cache.internal";
  opts.port = 6379;
  opts.connect_timeout = 100ms;
  sw::redis::Redis redis(opts);
  // CHECK-MESSAGES: :[[@LINE-1]]:26: warning: 'sw::redis::Redis' connects with 'opts', which has no socket_timeout: every command can wait forever for a reply; set opts.socket_timeout (and connect_timeout) [distsys-missing-timeout]
  // CHECK-MESSAGES: :[[@LINE-6]]:32: note: 'opts' is declared here
  redis.set("k", "v");
}

void uriWithoutTimeout() {
  sw::redis::Redis redis("tcp://cache.internal:6379");
  // CHECK-MESSAGES: :[[@LINE-1]]:26: warning: URI passed to 'sw::redis::Redis' has no socket_timeout: every command can wait forever for a reply; add socket_timeout=<duration> (and connect_timeout)
  // CHECK-MESSAGES: :[[@LINE-2]]:26: note: add socket_timeout to the connection string
  sw::redis::Redis withQuery("redis://cache.internal/0?keep_alive=true");
  // CHECK-MESSAGES: :[[@LINE-1]]:30: warning: URI passed to 'sw::redis::Redis' has no socket_timeout
  // CHECK-MESSAGES: :[[@LINE-2]]:30: note: add socket_timeout to the connection string
}

// --- negatives ---------------------------------------------------------------------------------

void optionsWithTimeout() {
  sw::redis::ConnectionOptions opts;
  opts.host = "cache.internal";
  opts.socket_timeout = std::chrono::milliseconds(200);
  sw::redis::Redis redis(opts);
}

void uriWithTimeout() {
  sw::redis::Redis redis("tcp://cache.internal:6379?socket_timeout=50ms&connect_timeout=1s");
}

void configure(sw::redis::ConnectionOptions &opts);

void optionsConfiguredElsewhere(const sw::redis::ConnectionOptions &given) {
  sw::redis::Redis fromParameter(given);
  sw::redis::ConnectionOptions opts;
  configure(opts);
  sw::redis::Redis configured(opts);
}

void uriBuiltAtRunTime(const std::string &uri) { sw::redis::Redis redis(uri); }
