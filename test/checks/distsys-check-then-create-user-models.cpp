// A user model file (CheckOptions ModelFiles) teaches the check an in-house storage client.
// RUN: echo "CheckOptions: {distsys-check-then-create.ModelFiles: '%S/Inputs/check-then-create-acme-models.json'}" > %t.clang-tidy
// RUN: %check_distlint --config-file=%t.clang-tidy %s distsys-check-then-create %t -- -std=c++17 -I%S/Inputs
// Without the model file the client is unknown: nothing is reported.
// RUN: %distlint --checks=-*,distsys-check-then-create %s -- -std=c++17 -I%S/Inputs 2>&1 \
// RUN:   | FileCheck --check-prefix=BUILTIN --implicit-check-not=warning: %s
// BUILTIN: 1 file(s) analysed, 0 finding(s)
#include "acme/blob_store.h"

void publish(acme::BlobStore &store, const std::string &key, const std::string &data) {
  if (!store.exists(key))
    store.put(key, data);
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: 'put' of the blob checked by 'exists' at line [[@LINE-2]] can race with another instance; call putIfAbsent and treat BlobExists as success [distsys-check-then-create]
  // CHECK-MESSAGES: :[[@LINE-3]]:14: note: 'exists' checks the blob here
}

void atomic(acme::BlobStore &store, const std::string &key, const std::string &data) {
  if (!store.exists(key))
    store.putIfAbsent(key, data);
}

void otherKey(acme::BlobStore &store, const std::string &key, const std::string &data) {
  if (!store.exists(key + ".lock"))
    store.put(key, data);
}
