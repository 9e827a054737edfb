// perf_event_open(): a side channel and a long list of kernel bugs.
#include <linux/perf_event.h>
#include <sys/syscall.h>
#include <unistd.h>
#include "hostile.h"
long Open() {
  perf_event_attr attr{};
  attr.size = sizeof(attr);
  attr.type = PERF_TYPE_SOFTWARE;
  attr.config = PERF_COUNT_SW_CPU_CLOCK;
  return syscall(SYS_perf_event_open, &attr, 0, -1, -1, 0);
}
int main() {
  Report("perf_event", Open());
  return 0;
}
