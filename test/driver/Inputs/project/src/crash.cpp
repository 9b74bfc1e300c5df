// Makes clang crash on purpose: distlint must report the file as not analysed (exit code 3) and
// still analyse the others.
#pragma clang __debug crash
int crashed() { return 0; }
