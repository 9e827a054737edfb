// clock_settime(CLOCK_REALTIME): move the host clock (to fool wall-time checks).
#include <time.h>
#include "hostile.h"
long SetClock() {
  timespec ts{0, 0};
  return clock_settime(CLOCK_REALTIME, &ts);
}
int main() {
  Report("clock_settime_attack", SetClock());
  return 0;
}
