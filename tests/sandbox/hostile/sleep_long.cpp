// Sleeps for an hour: no CPU, only wall time.
#include <unistd.h>
int main() { return static_cast<int>(sleep(3600)); }
