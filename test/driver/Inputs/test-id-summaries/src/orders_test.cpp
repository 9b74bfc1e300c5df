#include "fixtures.h"
#include <gtest/gtest.h>

TEST(Orders, Create) {
  PGconn *conn = testDb();
  createOrdersTable(conn, "orders");
  createEventsTable(conn);
  PQexec(conn, "INSERT INTO events VALUES (1, 'created')");
  PQexec(conn, "INSERT INTO audit VALUES (1)");
  EXPECT_EQ(0, lastInsertId(conn, "orders"));
  createDeclaredNowhere("orders");
}
