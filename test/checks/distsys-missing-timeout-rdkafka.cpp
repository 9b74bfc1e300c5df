// RUN: %check_distlint %s distsys-missing-timeout %t -- -std=c++17
#include <librdkafka/rdkafka.h>
#include <librdkafka/rdkafkacpp.h>

constexpr int kForever = -1;

void producerC(rd_kafka_t *rk) {
  rd_kafka_poll(rk, -1);
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: 'rd_kafka_poll' with timeout -1 can block forever; pass a finite timeout in milliseconds and retry in a loop [distsys-missing-timeout]
  rd_kafka_flush(rk, kForever);
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: 'rd_kafka_flush' with timeout -1 can block forever
}

void consumerC(rd_kafka_t *rk, rd_kafka_topic_t *topic, rd_kafka_queue_t *queue) {
  rd_kafka_message_t *m = rd_kafka_consumer_poll(rk, -1);
  // CHECK-MESSAGES: :[[@LINE-1]]:54: warning: 'rd_kafka_consumer_poll' with timeout -1 can block forever
  rd_kafka_message_destroy(m);
  m = rd_kafka_consume(topic, 0, -1);
  // CHECK-MESSAGES: :[[@LINE-1]]:34: warning: 'rd_kafka_consume' with timeout -1 can block forever
  rd_kafka_event_t *ev = rd_kafka_queue_poll(queue, (-1));
  // CHECK-MESSAGES: :[[@LINE-1]]:53: warning: 'rd_kafka_queue_poll' with timeout -1 can block forever
  rd_kafka_event_destroy(ev);
}

void producerCpp(RdKafka::Producer *producer) {
  producer->poll(-1);
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: 'RdKafka::Handle::poll' with timeout -1 can block forever
  producer->flush(-1);
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: 'RdKafka::Producer::flush' with timeout -1 can block forever
}

void consumerCpp(RdKafka::KafkaConsumer *consumer, RdKafka::Consumer *legacy,
                 RdKafka::Topic *topic, RdKafka::Queue *queue) {
  RdKafka::Message *msg = consumer->consume(-1);
  // CHECK-MESSAGES: :[[@LINE-1]]:45: warning: 'RdKafka::KafkaConsumer::consume' with timeout -1 can block forever
  delete msg;
  msg = legacy->consume(topic, 0, -1);
  // CHECK-MESSAGES: :[[@LINE-1]]:35: warning: 'RdKafka::Consumer::consume' with timeout -1 can block forever
  delete msg;
  msg = legacy->consume(queue, -1);
  // CHECK-MESSAGES: :[[@LINE-1]]:32: warning: 'RdKafka::Consumer::consume' with timeout -1 can block forever
  delete msg;
}

// Templates: reported once, in the instantiation, at the template's line.
template <typename P> void drainAll(P *producer) { producer->flush(-1); }
// CHECK-MESSAGES: :[[@LINE-1]]:68: warning: 'RdKafka::Producer::flush' with timeout -1 can block forever
template void drainAll(RdKafka::Producer *);

// Negatives: finite and non-blocking timeouts, timeouts from variables, look-alikes.
void finite(rd_kafka_t *rk, rd_kafka_topic_t *topic, int configuredMs) {
  rd_kafka_poll(rk, 0);
  rd_kafka_poll(rk, 100);
  rd_kafka_flush(rk, 10 * 1000);
  rd_kafka_message_t *m = rd_kafka_consumer_poll(rk, configuredMs);
  rd_kafka_message_destroy(m);
  // The partition argument is -1 (RD_KAFKA_PARTITION_UA) here, not the timeout.
  m = rd_kafka_consume(topic, RD_KAFKA_PARTITION_UA, 500);
}

void finiteCpp(RdKafka::Producer *producer, RdKafka::KafkaConsumer *consumer) {
  while (producer->outq_len() > 0)
    producer->poll(100);
  producer->flush(5000);
  delete consumer->consume(1000);
}

struct Pool {
  void poll(int timeout_ms);
};
void lookAlike(Pool &pool) { pool.poll(-1); }

template <typename Handle> void templated(Handle *h, int timeoutMs) { h->poll(timeoutMs); }
template void templated(RdKafka::Producer *, int);

void suppressed(rd_kafka_t *rk) {
  rd_kafka_flush(rk, -1); // NOLINT(distsys-missing-timeout)
}
