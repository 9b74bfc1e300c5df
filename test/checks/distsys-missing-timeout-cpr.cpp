// RUN: %check_distlint %s distsys-missing-timeout %t -- -std=c++17 -I%stubs
// cpr sets no timeout unless told (curl's default: a transfer may take forever). Requests made in
// one call take their options as arguments; a cpr::Session takes them through setters. On our
// stub of cpr/cpr.h (Debian 12 does not package cpr).
#include <cpr/cpr.h>
#include <chrono>
#include <memory>

using namespace std::chrono_literals;

cpr::Response oneCallWithoutTimeout() {
  return cpr::Get(cpr::Url{"http://inventory.internal/items"}, cpr::Header{{"accept", "json"}});
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: 'cpr::Get' has no cpr::Timeout argument: cpr sets no timeout by default, so the request can wait forever; pass cpr::Timeout{...} [distsys-missing-timeout]
  // CHECK-MESSAGES: :[[@LINE-2]]:95: note: pass a total request timeout
}

void asyncAndCallbackForms(const cpr::Url &url) {
  auto pending = cpr::PostAsync(url, cpr::Body{"{}"});
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: 'cpr::PostAsync' has no cpr::Timeout argument
  // CHECK-MESSAGES: :[[@LINE-2]]:53: note: pass a total request timeout
  auto done = cpr::GetCallback([](cpr::Response r) { return r.status_code; }, url);
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: 'cpr::GetCallback' has no cpr::Timeout argument
  // CHECK-MESSAGES: :[[@LINE-2]]:82: note: pass a total request timeout
}

void connectTimeoutOnly(const cpr::Url &url) {
  // A ConnectTimeout is a Timeout by inheritance, but bounds only the connection.
  cpr::Delete(url, cpr::ConnectTimeout{2000});
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'cpr::Delete' has no cpr::Timeout argument
  // CHECK-MESSAGES: :[[@LINE-2]]:45: note: pass a total request timeout
}

void zeroMeansForever(const cpr::Url &url) {
  cpr::Put(url, cpr::Timeout{0});
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: 'cpr::Put' with cpr::Timeout{0} has no timeout: 0 means wait forever; pass a positive duration
}

int sessionWithoutTimeout() {
  cpr::Session session;
  session.SetUrl(cpr::Url{"http://inventory.internal/items"});
  session.SetConnectTimeout(cpr::ConnectTimeout{1000});
  session.SetOption(cpr::Header{{"accept", "json"}});
  cpr::Response r = session.Get();
  // CHECK-MESSAGES: :[[@LINE-1]]:29: warning: cpr request 'Get' on session 'session' has no timeout (cpr sets none by default); call session.SetTimeout(...) before it
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: set a total request timeout
  return static_cast<int>(r.status_code);
}

void sharedSessionWithoutTimeout() {
  auto session = std::make_shared<cpr::Session>();
  session->SetUrl(cpr::Url{"http://inventory.internal/items"});
  session->PostAsync();
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: cpr request 'PostAsync' on session 'session' has no timeout
}

void sessionWithZeroTimeout() {
  // 0 is curl's "no timeout": setting it is not setting one.
  cpr::Session session;
  session.SetTimeout(cpr::Timeout{0});
  session.Get();
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: cpr request 'Get' on session 'session' has no timeout
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: set a total request timeout
  cpr::Session other;
  other.SetOption(cpr::Timeout{std::chrono::milliseconds{0}});
  other.Post();
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: cpr request 'Post' on session 'other' has no timeout
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: set a total request timeout
}

// --- negatives ---------------------------------------------------------------------------------

cpr::Response oneCallWithTimeout(const cpr::Url &url) {
  cpr::Get(url, cpr::Timeout{std::chrono::seconds(5)});
  const cpr::Timeout budget{2500};
  cpr::Post(url, cpr::Body{"{}"}, budget);
  return cpr::Head(cpr::Timeout{750ms}, url);
}

int sessionWithTimeout() {
  cpr::Session session;
  session.SetUrl(cpr::Url{"http://inventory.internal/items"});
  session.SetTimeout(cpr::Timeout{3000});
  return static_cast<int>(session.Get().status_code);
}

void sessionWithTimeoutOption() {
  cpr::Session session;
  session.SetOption(cpr::Timeout{3s});
  session.Delete();
}

void configure(cpr::Session &session);

void sessionConfiguredByHelper() {
  cpr::Session session;
  configure(session);
  session.Patch();
}

void sessionFromCaller(cpr::Session &session) { session.Get(); }

// A wrapper forwarding its caller's options: judged where it is called with concrete ones.
template <typename... Options> cpr::Response fetch(Options &&...options) {
  return cpr::Get(std::forward<Options>(options)...);
}

void callsWrapper(const cpr::Url &url) { fetch(url, cpr::Timeout{1000}); }
