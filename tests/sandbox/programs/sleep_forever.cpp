// Sleeps without using CPU.
#include <unistd.h>
int main() { for (;;) sleep(100); }
