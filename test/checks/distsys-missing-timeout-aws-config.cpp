// RUN: %check_distlint %s distsys-missing-timeout %t -- -std=c++17 -isystem %stubs
// The AWS SDK's client timeouts are finite by default (requestTimeoutMs 3000, connectTimeoutMs
// 1000): only a configuration that turns them off is reported. requestTimeoutMs = 0 disables the
// SDK's stalled-transfer limit (curl's low-speed time); with httpRequestTimeoutMs left at 0 as
// well, nothing bounds the request. On our stub of aws/core/client/ClientConfiguration.h.
#include <aws/core/client/ClientConfiguration.h>

Aws::Client::ClientConfiguration noTimeout() {
  Aws::Client::ClientConfiguration config;
  config.region = "eu-west-1";
  config.requestTimeoutMs = 0;
  // CHECK-MESSAGES: :[[@LINE-1]]:29: warning: 'config.requestTimeoutMs = 0' turns off the AWS SDK's stalled-transfer timeout and nothing sets httpRequestTimeoutMs on 'config': a request can wait forever; keep requestTimeoutMs positive (the default is 3000) or set httpRequestTimeoutMs [distsys-missing-timeout]
  return config;
}

void throughPointer(Aws::Client::ClientConfiguration *config) {
  constexpr long kNoLimit = 0;
  config->requestTimeoutMs = kNoLimit;
  // CHECK-MESSAGES: :[[@LINE-1]]:30: warning: 'config->requestTimeoutMs = 0' turns off
  config->httpRequestTimeoutMs = 0; // no bound either
}

// The bound is on another configuration.
void otherObject(Aws::Client::ClientConfiguration &a, Aws::Client::ClientConfiguration &b) {
  b.httpRequestTimeoutMs = 60000;
  a.requestTimeoutMs = 0;
  // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: 'a.requestTimeoutMs = 0' turns off
}

// --- negatives ---------------------------------------------------------------------------------

void finite(Aws::Client::ClientConfiguration &config) {
  config.requestTimeoutMs = 30000;
  config.connectTimeoutMs = 0; // curl then uses its own 300 s connect timeout: bounded
}

void totalBoundInstead(Aws::Client::ClientConfiguration &config) {
  config.requestTimeoutMs = 0; // long transfers allowed to stall briefly ...
  config.httpRequestTimeoutMs = 120000; // ... but the whole request is bounded
}

void fromSettings(Aws::Client::ClientConfiguration &config, long configured) {
  config.requestTimeoutMs = configured;
}

