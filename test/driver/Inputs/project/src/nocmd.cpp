// Not in the compilation database.
int nothing() { return 0; }
