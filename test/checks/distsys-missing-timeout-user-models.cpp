// A user model file (CheckOptions ModelFiles) teaches the check an in-house HTTP client.
// RUN: echo "CheckOptions: {distsys-missing-timeout.ModelFiles: '%S/Inputs/missing-timeout-acme-models.json'}" > %t.clang-tidy
// RUN: %check_distlint --config-file=%t.clang-tidy %s distsys-missing-timeout %t -- -std=c++17 -I%S/Inputs
// Without the model file the wrapper is unknown: nothing is reported.
// RUN: %distlint --checks=-*,distsys-missing-timeout %s -- -std=c++17 -I%S/Inputs 2>&1 \
// RUN:   | FileCheck --check-prefix=BUILTIN --implicit-check-not=warning: %s
// BUILTIN: 1 file(s) analysed, 0 finding(s)
#include "acme/http_client.h"

void configure(acme::HttpClient &client) { client.setDeadline(std::chrono::milliseconds(250)); }

int noDeadline() {
  acme::HttpClient client("http://inventory.internal");
  client.setHeader("x-tenant", "acme");
  return client.get("/items").status;
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: acme::HttpClient request on 'client' has no deadline; call client.setDeadline(...) first [distsys-missing-timeout]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: set a deadline on the client
}

// Negatives.
int withDeadline() {
  acme::HttpClient client("http://inventory.internal");
  client.setDeadline(std::chrono::seconds(2));
  return client.post("/items", "{}").status;
}

int deadlineInHelper() {
  acme::HttpClient client("http://inventory.internal");
  configure(client);
  return client.get("/items").status;
}

int clientFromCaller(acme::HttpClient &client) { return client.get("/items").status; }
