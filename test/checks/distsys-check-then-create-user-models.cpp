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

// A user naming convention: every Acme::<Svc>::<Svc>Api's Fetch<X> probes what Make<X> creates.
#include "acme/cloud_api.h"

void makeSafe(const Acme::Vault::VaultApi &vault, const std::string &key) {
  Acme::Vault::FetchSafeRequest fetch;
  fetch.SetSafeKey(key);
  if (vault.FetchSafe(fetch).Ok())
    return;
  Acme::Vault::MakeSafeRequest make;
  make.SetSafeKey(key);
  vault.MakeSafe(make);
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'MakeSafe' of the safe checked by 'FetchSafe' at line [[@LINE-5]] can race with another instance; call MakeSafe with SetRequestToken [distsys-check-then-create]
  // CHECK-MESSAGES: :[[@LINE-6]]:13: note: 'FetchSafe' checks the safe here
}

void makeSafeWithToken(const Acme::Vault::VaultApi &vault, const std::string &key) {
  Acme::Vault::FetchSafeRequest fetch;
  fetch.SetSafeKey(key);
  if (vault.FetchSafe(fetch).Ok())
    return;
  Acme::Vault::MakeSafeRequest make;
  make.SetSafeKey(key);
  make.SetRequestToken(key + "-v1");
  vault.MakeSafe(make);
}

void makeSafeHandled(const Acme::Vault::VaultApi &vault, const std::string &key) {
  Acme::Vault::FetchSafeRequest fetch;
  fetch.SetSafeKey(key);
  if (vault.FetchSafe(fetch).Ok())
    return;
  Acme::Vault::MakeSafeRequest make;
  make.SetSafeKey(key);
  if (vault.MakeSafe(make).error() == Acme::Error::TAKEN)
    return;
}

void makeWhereFound(const Acme::Vault::VaultApi &vault, const std::string &key) {
  Acme::Vault::FetchSafeRequest fetch;
  fetch.SetSafeKey(key);
  if (!vault.FetchSafe(fetch).Ok())
    return;
  Acme::Vault::MakeSafeRequest make;
  make.SetSafeKey(key);
  vault.MakeSafe(make);
}
