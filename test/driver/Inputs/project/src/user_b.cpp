// Includes inventory_client.h, as user_a.cpp does.
#include "inventory_client.h"

int user_b() { return fetchFromHeader(); }
