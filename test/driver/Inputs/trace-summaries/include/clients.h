#pragma once
#include <httplib.h>
#include <string>

void notifyShipping(const std::string &order);
void notifyBilling(const std::string &order);
void notifyWithHeader(const std::string &order);
void forwardRequest(const httplib::Request &incoming);
void audit(const std::string &order);
void notifyNowhere(const std::string &order);
void notifyViaBackend(const std::string &order);
void auditViaBackend(const std::string &order);
void sendToBackend(const std::string &body);
