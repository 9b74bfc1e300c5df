// RUN: %check_distlint %s distsys-unpropagated-trace-context %t -- -std=c++17
#include <httplib.h>
#include <librdkafka/rdkafka.h>
#include <librdkafka/rdkafkacpp.h>
#include <string>

RdKafka::Producer *producer;
rd_kafka_t *rk;

void publishOrder(const httplib::Request &req, httplib::Response &res) {
  producer->produce("orders", RdKafka::Topic::PARTITION_UA, RdKafka::Producer::RK_MSG_COPY,
                    const_cast<char *>(req.body.data()), req.body.size(), nullptr, 0, 0, nullptr,
                    nullptr);
  // CHECK-MESSAGES: :[[@LINE-3]]:13: warning: message produced by 'RdKafka::Producer::produce' in handler 'publishOrder' does not propagate trace context; add a 'traceparent' header to its RdKafka::Headers or inject the current context into them [distsys-unpropagated-trace-context]
  // CHECK-MESSAGES: :[[@LINE-5]]:43: note: the incoming request's trace context arrives here
  rd_kafka_producev(rk, RD_KAFKA_V_TOPIC("orders"),
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: message produced by 'rd_kafka_producev' in handler 'publishOrder' does not propagate trace context
  // CHECK-MESSAGES: :[[@LINE-8]]:43: note: the incoming request's trace context arrives here
                    RD_KAFKA_V_VALUE(const_cast<char *>(req.body.data()), req.body.size()),
                    RD_KAFKA_V_END);
}

void publishTraced(const httplib::Request &req, httplib::Response &res) {
  RdKafka::Headers *headers = RdKafka::Headers::create();
  headers->add("traceparent", req.get_header_value("traceparent"));
  producer->produce("orders", RdKafka::Topic::PARTITION_UA, RdKafka::Producer::RK_MSG_COPY,
                    const_cast<char *>(req.body.data()), req.body.size(), nullptr, 0, 0, headers,
                    nullptr);
  std::string tp = req.get_header_value("traceparent");
  rd_kafka_producev(rk, RD_KAFKA_V_TOPIC("orders"),
                    RD_KAFKA_V_HEADER("traceparent", tp.data(), (ssize_t)tp.size()),
                    RD_KAFKA_V_END);
  rd_kafka_headers_t *hdrs = rd_kafka_headers_new(1);
  rd_kafka_header_add(hdrs, "traceparent", -1, tp.data(), (ssize_t)tp.size());
  rd_kafka_producev(rk, RD_KAFKA_V_TOPIC("orders"), RD_KAFKA_V_HEADERS(hdrs), RD_KAFKA_V_END);
}
