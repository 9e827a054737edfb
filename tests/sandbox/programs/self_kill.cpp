// Kills itself with SIGKILL: a runtime error, never a limit.
#include <signal.h>
#include <unistd.h>
int main() { kill(getpid(), SIGKILL); return 0; }
