// settimeofday(): move the host clock.
#include <sys/syscall.h>
#include <sys/time.h>
#include <unistd.h>
#include "hostile.h"
long SetTime() {
  timeval tv{0, 0};
  return syscall(SYS_settimeofday, &tv, nullptr);  // glibc would use clock_settime
}
int main() {
  Report("settimeofday_attack", SetTime());
  return 0;
}
