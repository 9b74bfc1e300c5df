#include "clients.h"

void routes(httplib::Server &server) {
  server.Post("/orders", [](const httplib::Request &req, httplib::Response &res) {
    notifyShipping(req.body);
    notifyBilling(req.body);
    notifyWithHeader(req.body);
    forwardRequest(req);
    audit(req.body);
    notifyNowhere(req.body);
    notifyViaBackend(req.body);
    auditViaBackend(req.body);
    res.status = 201;
  });
}

// Not a handler: nothing to propagate.
void nightly() { notifyShipping("{}"); }

// Through a helper of this file that is handed nothing of the request.
static void notifyAll(const std::string &order) { notifyShipping(order); }

void handleRefund(const httplib::Request &req, httplib::Response &res) {
  notifyAll(req.body);
  res.status = 200;
}

void refunds(httplib::Server &server) { server.Post("/refunds", handleRefund); }
