// orders-server: serves OrdersService on :50051.
#include "orders/orders_service.h"

#include <grpcpp/grpcpp.h>

#include <cstdlib>
#include <iostream>

namespace {

std::string env(const char *name, const char *fallback) {
  const char *value = std::getenv(name);
  return value ? value : fallback;
}

} // namespace

int main() {
  orders::InventoryClient inventory(grpc::CreateChannel(
      env("INVENTORY_ADDR", "inventory:50051"), grpc::InsecureChannelCredentials()));
  orders::PaymentClient payments(env("PAYMENTS_URL", "https://api.payments.example"));
  orders::ShippingClient shipping(env("SHIPPING_URL", "http://shipping.internal"));
  orders::OrdersServiceImpl service(inventory, payments, shipping,
                                    {env("REDIS_HOST", "127.0.0.1"), 6379});

  grpc::ServerBuilder builder;
  builder.AddListeningPort("0.0.0.0:50051", grpc::InsecureServerCredentials());
  builder.RegisterService(&service);
  std::unique_ptr<grpc::Server> server = builder.BuildAndStart();
  if (!server)
    return 1;
  std::cout << "orders-server listening on :50051" << std::endl;
  server->Wait();
  return 0;
}
