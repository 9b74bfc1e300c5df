// The distsys module loaded into Debian's clang-tidy as a plugin. LD_BIND_NOW makes the loader
// resolve every symbol the plugin needs from the host at load time, so a missing one fails here.
// RUN: env LD_BIND_NOW=1 %clang_tidy -load=%tidy_plugin -list-checks -checks='-*,distsys-*' \
// RUN:   | FileCheck %s --check-prefix=LIST
// LIST: Enabled checks:
// LIST: distsys-missing-timeout
//
// RUN: %clang_tidy -load=%tidy_plugin -checks='-*,distsys-*' --dump-config \
// RUN:   | FileCheck %s --check-prefix=CONFIG
// CONFIG: Checks: {{.*}}distsys-*
// CONFIG: distsys-missing-timeout.ModelFiles: ''
//
// RUN: env LD_BIND_NOW=1 %clang_tidy -load=%tidy_plugin -checks='-*,distsys-*' %s \
// RUN:   -- -std=c++17 2> %t.stderr | FileCheck %s --implicit-check-not='warning:'
// RUN: FileCheck %s --check-prefix=NOLINT --input-file=%t.stderr
// NOLINT: Suppressed 1 warnings (1 NOLINT)
//
// The fix-it is on a note (a timeout value is a judgement call), so it applies with --fix-notes.
// RUN: cp %s %t.cpp
// RUN: %clang_tidy -load=%tidy_plugin -checks='-*,distsys-*' --quiet --fix-notes %t.cpp \
// RUN:   -- -std=c++17 > /dev/null 2>&1
// RUN: FileCheck %s --check-prefix=FIXED --input-file=%t.cpp
#include <curl/curl.h>

int noTimeout() {
  CURL *h = curl_easy_init();
  curl_easy_setopt(h, CURLOPT_URL, "http://inventory.internal/items");
  return curl_easy_perform(h);
}
// CHECK: clang-tidy-plugin.cpp:[[@LINE-2]]:10: warning: curl transfer on 'h' has no timeout; set CURLOPT_TIMEOUT_MS [distsys-missing-timeout]
// CHECK: :[[@LINE-3]]:3: note: set a total transfer timeout
// FIXED: curl_easy_setopt(h, CURLOPT_TIMEOUT_MS, 30000L);
// FIXED-NEXT: return curl_easy_perform(h);

int withTimeout() {
  CURL *h = curl_easy_init();
  curl_easy_setopt(h, CURLOPT_TIMEOUT_MS, 5000L);
  return curl_easy_perform(h);
}

int suppressed() {
  CURL *h = curl_easy_init();
  return curl_easy_perform(h); // NOLINT(distsys-missing-timeout)
}
