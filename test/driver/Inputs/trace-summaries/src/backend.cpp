#include "clients.h"

void sendToBackend(const std::string &body) {
  httplib::Client backend("http://backend.internal");
  backend.Post("/events", body, "application/json");
}
