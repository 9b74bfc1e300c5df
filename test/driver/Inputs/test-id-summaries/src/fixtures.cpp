#include "fixtures.h"

void createOrdersTable(PGconn *conn, const std::string &table) {
  PQexec(conn, ("CREATE TABLE " + table + " (id int)").c_str());
}
// Each test's session gets its own events table.
void createEventsTable(PGconn *conn) {
  PQexec(conn, "CREATE TEMP TABLE events (id int, name text)");
}
long lastInsertId(PGconn *conn, const std::string &table) {
  PQexec(conn, ("SELECT max(id) FROM " + table).c_str());
  return 0;
}
