// Test fixtures shared by the test files, defined in src/fixtures.cpp.
#pragma once
#include <libpq-fe.h>
#include <string>

PGconn *testDb();
void createOrdersTable(PGconn *conn, const std::string &table);
void createEventsTable(PGconn *conn);
long lastInsertId(PGconn *conn, const std::string &table);
void createDeclaredNowhere(const std::string &table);
