// A third-party header, included as a system header: its handlers are not analysed.
#pragma once
#include <httplib.h>
inline void vendorRoutes(httplib::Server &svr) {
  svr.Get("/vendor", [](const httplib::Request &req, httplib::Response &res) {
    httplib::Client cli("http://vendor.internal");
    cli.Get("/status");
  });
}
