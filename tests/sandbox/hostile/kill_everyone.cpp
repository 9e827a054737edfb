// kill(-1, SIGKILL): every process the caller may signal. Must reach nothing outside the box.
#include <signal.h>
#include "hostile.h"
int main() {
  Report("kill_all", kill(-1, SIGKILL));
  Report("kill_pgrp0", kill(0, SIGKILL) < 0 ? -1 : 0);
  return 0;
}
