#include "clients.h"

// Calls out without trace context, directly and through a helper of this file.
void notifyShipping(const std::string &order) {
  httplib::Client shipping("http://shipping.internal");
  shipping.Post("/ship", order, "application/json");
}

static void post(const std::string &path, const std::string &body) {
  httplib::Client billing("http://billing.internal");
  billing.Post(path, body, "application/json");
}

void notifyBilling(const std::string &order) { post("/bill", order); }

// Puts a traceparent on the request: propagates.
void notifyWithHeader(const std::string &order) {
  httplib::Client shipping("http://shipping.internal");
  httplib::Headers headers = {{"traceparent", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01"}};
  shipping.Post("/ship", headers, order, "application/json");
}

// Handed the incoming request, which carries the context.
void forwardRequest(const httplib::Request &incoming) {
  httplib::Client shipping("http://shipping.internal");
  shipping.Post("/ship", incoming.body, "application/json");
}

// No outgoing call.
void audit(const std::string &order) { std::puts(order.c_str()); }

// Calls out only through a function of a third file.
void notifyViaBackend(const std::string &order) { sendToBackend(order); }

// Reaches only a function of another file that does not call out.
void auditViaBackend(const std::string &order) { audit(order); }
