// kill(1, SIGKILL): the box init; must fail (another uid, and pid 1 ignores default signals).
#include <signal.h>
#include "hostile.h"
int main() {
  Report("kill_init", kill(1, SIGKILL));
  return 0;
}
