// Includes inventory_client.h, as user_b.cpp does.
#include "inventory_client.h"

int user_a() { return fetchFromHeader(); }
